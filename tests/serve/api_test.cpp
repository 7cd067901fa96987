// What `claimgraph serve` answers, below HTTP (serve/api.h): pages of claims with their
// filters, a claim, a document with the spans it carries, errors as JSON with their
// status, and corrections guarded by the CSRF token and --read-only. Articles written here.
#include <memory>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "serve/api.h"
#include "store/store.h"
#include "test_support.h"

namespace claimgraph {

namespace {

using nlohmann::json;

constexpr const char* kToken = "0123456789abcdef0123456789abcdef";

// Three outlets over two days: the governor's toll, the union's, a revision, a relay.
std::string harbour_db() {
    return testing::ingest_articles(
        {{"a.txt",
          "title: Storm hits Port Alden\noutlet: Harbour Gazette\ndate: 2026-03-12\n\n"
          "Governor Jane Doe said that 14 people were killed in the storm in Port Alden.\n\n"
          "\u201CWe are still searching the harbour,\u201D Doe told reporters.\n"},
         {"b.txt",
          "title: Union disputes toll\noutlet: Coast Daily\ndate: 2026-03-12\n\n"
          "Union spokesman Tom Reed said that 11 people were killed in the storm in Port Alden.\n"},
         {"c.txt",
          "title: Toll revised\noutlet: Harbour Gazette\ndate: 2026-03-13\n\n"
          "Governor Jane Doe said that 14 people were killed in the storm in Port Alden.\n\n"
          "The ministry said that the harbour would reopen on Monday.\n"}});
}

serve::Api open_api(const std::string& path, bool read_only = false) {
    auto db = std::make_unique<store::Store>(path, read_only ? store::OpenMode::read_only : store::OpenMode::read_write);
    return serve::Api(std::move(db), {read_only, kToken});
}

serve::Response get(serve::Api& api, const std::string& path, std::map<std::string, std::string> params = {}) {
    return api.handle({"GET", path, std::move(params), ""});
}

serve::Response post(serve::Api& api, const std::string& path, std::map<std::string, std::string> params,
                     const std::string& csrf = kToken) {
    return api.handle({"POST", path, std::move(params), csrf});
}

json body(const serve::Response& r) { return json::parse(r.body); }

// the claim whose text contains `words`, from a page of every claim
json claim_with(serve::Api& api, const std::string& words) {
    const json all = body(get(api, "/api/claims", {{"per_page", "200"}}));
    for (const json& c : all["claims"])
        if (c["text"].get<std::string>().find(words) != std::string::npos) return c;
    ADD_FAILURE() << "no claim with '" << words << "'";
    return json();
}

}  // namespace

TEST(ServeApi, ClaimsComePagedFilteredAndSortedAsTheCommandLinePrintsThem) {
    const std::string path = harbour_db();
    serve::Api api = open_api(path);
    const json all = body(get(api, "/api/claims"));
    const std::size_t total = all["total"];
    ASSERT_GE(total, 4u);
    EXPECT_EQ(all["claims"].size(), total);
    EXPECT_EQ(all["page"], 1);

    // each claim as `claims --format json` prints it, in the same order
    const auto cli = testing::run_cli({"claims", "--db", path, "--format", "json"});
    std::istringstream lines(cli.out);
    std::string line;
    std::size_t i = 0;
    while (std::getline(lines, line)) EXPECT_EQ(json::parse(line), all["claims"][i++]) << line;
    EXPECT_EQ(i, total);

    const json second = body(get(api, "/api/claims", {{"per_page", "2"}, {"page", "2"}}));
    ASSERT_EQ(second["claims"].size(), 2u);
    EXPECT_EQ(second["claims"][0]["id"], all["claims"][2]["id"]);
    EXPECT_EQ(second["total"], total);

    const json killed = body(get(api, "/api/claims", {{"q", "killed"}}));
    EXPECT_EQ(killed["total"], 2);  // the governor's (two documents, one claim) and the union's
    const json coast = body(get(api, "/api/claims", {{"outlet", "coast daily"}}));
    ASSERT_EQ(coast["total"], 1);
    EXPECT_EQ(coast["claims"][0]["source"]["name"], "Tom Reed");
    const json later = body(get(api, "/api/claims", {{"since", "2026-03-13"}}));
    for (const json& c : later["claims"]) EXPECT_NE(c["text"].get<std::string>().find("harbour would reopen"), std::string::npos);
    EXPECT_EQ(later["total"], 1);
    EXPECT_EQ(body(get(api, "/api/claims", {{"until", "2026-03-12"}}))["total"].get<std::size_t>(), total - 1);
    const json direct = body(get(api, "/api/claims", {{"kind", "direct"}}));
    ASSERT_EQ(direct["total"], 1);
    EXPECT_EQ(direct["claims"][0]["kind"], "direct");
    const json disputed = body(get(api, "/api/claims", {{"disputed", "1"}}));
    EXPECT_EQ(disputed["total"], 2);  // 14 and 11 killed
    const json most = body(get(api, "/api/claims", {{"sort", "documents"}}));
    EXPECT_EQ(most["claims"][0]["documents"].size(), 2u);
    const json newest = body(get(api, "/api/claims", {{"sort", "newest"}}));
    EXPECT_NE(newest["claims"][0]["text"].get<std::string>().find("reopen"), std::string::npos);
}

TEST(ServeApi, AClaimComesWithItsSpeakerDocumentsDisputesAndTrace) {
    const std::string path = harbour_db();
    serve::Api api = open_api(path);
    const json governor = claim_with(api, "14 people");
    const std::string id = governor["id"];
    const json c = body(get(api, "/api/claims/" + id.substr(0, 8)));  // a prefix will do
    EXPECT_EQ(c["id"], id);
    EXPECT_EQ(c["speaker"]["name"], "Jane Doe");
    EXPECT_EQ(c["documents"].size(), 2u);
    ASSERT_EQ(c["disputes"].size(), 1u);
    const json& d = c["disputes"][0];
    EXPECT_TRUE(d["from"]["id"] == id || d["to"]["id"] == id);
    EXPECT_EQ(c["verdicts"].size(), 0u);
    const json t = body(get(api, "/api/trace/" + id));
    EXPECT_EQ(t["root"], id);
    EXPECT_EQ(t["documents"].size(), 2u);
    const serve::Response svg = get(api, "/api/graph", {{"focus", id}, {"depth", "1"}});
    EXPECT_EQ(svg.status, 200);
    EXPECT_EQ(svg.content_type, "image/svg+xml");
    EXPECT_GE(testing::xpath_count(svg.body, "//s:g[@id='" + id + "']"), 1);  // nodes carry their ids
}

TEST(ServeApi, ADocumentCarriesItsTextAndTheSpansOfTheWordsOfItsClaims) {
    serve::Api api = open_api(harbour_db());
    const json docs = body(get(api, "/api/documents"));
    ASSERT_EQ(docs.size(), 3u);
    for (const json& listed : docs) {
        const json d = body(get(api, "/api/documents/" + listed["id"].get<std::string>()));
        const std::string text = d["text"];
        ASSERT_FALSE(d["mentions"].empty());
        for (const json& m : d["mentions"]) {
            const std::size_t start = m["start"], end = m["end"];
            ASSERT_LE(end, text.size());
            // the span is the words of the claim as this document has them
            const json c = body(get(api, "/api/claims/" + m["statement"].get<std::string>()));
            bool found = false;
            for (const json& in : c["documents"])
                found = found || (in["id"] == listed["id"] && in["text"] == text.substr(start, end - start));
            EXPECT_TRUE(found) << text.substr(start, end - start);
        }
    }
}

TEST(ServeApi, BadIdsParametersAndPathsAreErrorsInJsonWithTheirStatus) {
    serve::Api api = open_api(harbour_db());
    const auto status_of = [&](const std::string& path, std::map<std::string, std::string> params = {}) {
        const serve::Response r = get(api, path, std::move(params));
        EXPECT_TRUE(body(r).contains("error")) << r.body;
        return r.status;
    };
    EXPECT_EQ(status_of("/api/claims/zz"), 400);
    EXPECT_EQ(status_of("/api/claims/../../etc/passwd"), 404);
    EXPECT_EQ(status_of("/api/claims/<script>"), 400);
    EXPECT_EQ(status_of("/api/claims/ffffffffffff"), 404);
    EXPECT_EQ(status_of("/api/sources/ffffffffffff"), 404);
    EXPECT_EQ(status_of("/api/claims", {{"page", "0"}}), 400);
    EXPECT_EQ(status_of("/api/claims", {{"per_page", "lots"}}), 400);
    EXPECT_EQ(status_of("/api/claims", {{"kind", "rumour"}}), 400);
    EXPECT_EQ(status_of("/api/claims", {{"sort", "random()"}}), 400);
    EXPECT_EQ(status_of("/api/claims", {{"since", "'; DROP TABLE statements"}}), 400);
    EXPECT_EQ(status_of("/api/claims", {{"disputed", "maybe"}}), 400);
    EXPECT_EQ(status_of("/api/graph", {{"depth", "99"}}), 400);
    EXPECT_EQ(status_of("/api/nothing"), 404);
    EXPECT_EQ(api.handle({"DELETE", "/api/claims", {}, kToken}).status, 405);
    // a document's id is not a claim's
    const std::string doc = body(get(api, "/api/documents"))[0]["id"];
    EXPECT_EQ(status_of("/api/claims/" + doc), 404);
    // the store untouched by any of it
    EXPECT_GE(body(get(api, "/api/claims"))["total"].get<int>(), 4);
}

TEST(ServeApi, WritesNeedTheCsrfTokenAndAReadOnlyServerRefusesThem) {
    const std::string path = harbour_db();
    serve::Api api = open_api(path);
    const json a = claim_with(api, "14 people"), b = claim_with(api, "harbour would reopen");
    const std::map<std::string, std::string> add{{"from", b["id"]}, {"to", a["id"]}, {"note", "checked"}};
    EXPECT_EQ(post(api, "/api/disputes", add, "").status, 403);
    EXPECT_EQ(post(api, "/api/disputes", add, "not-the-token").status, 403);
    EXPECT_EQ(body(get(api, "/api/claims/" + b["id"].get<std::string>()))["disputes"].size(), 0u);

    serve::Api reader = open_api(path, true);
    const serve::Response refused = post(reader, "/api/disputes", add);
    EXPECT_EQ(refused.status, 403);
    EXPECT_NE(refused.body.find("read-only"), std::string::npos);
    EXPECT_EQ(body(get(reader, "/api/version"))["read_only"], true);

    const std::string before = body(get(api, "/api/version"))["version"];
    const serve::Response ok = post(api, "/api/disputes", add);
    ASSERT_EQ(ok.status, 200) << ok.body;
    EXPECT_NE(body(get(api, "/api/version"))["version"].get<std::string>(), before);
    const json now = body(get(api, "/api/claims/" + b["id"].get<std::string>()));
    ASSERT_EQ(now["disputes"].size(), 1u);
    EXPECT_EQ(now["disputes"][0]["basis"], "curated");
    // and the command line reads the same record
    EXPECT_NE(testing::run_cli({"disputes", "--db", path}).out.find("curated"), std::string::npos);
    // another connection (the reader's) sees the change too
    EXPECT_EQ(body(get(reader, "/api/claims/" + b["id"].get<std::string>()))["disputes"].size(), 1u);
}

TEST(ServeApi, SourcesMergeAndSplitAndMatchesConfirmAndRejectAsOnTheCommandLine) {
    const std::string path = harbour_db();
    serve::Api api = open_api(path);
    const auto source_named = [&](const std::string& name) {
        const json all = body(get(api, "/api/sources"));
        for (const json& s : all)
            if (s["name"] == name) return s["id"].get<std::string>();
        ADD_FAILURE() << "no source " << name;
        return std::string();
    };
    const std::string doe = source_named("Jane Doe"), reed = source_named("Tom Reed");
    const std::string written = body(get(api, "/api/sources/" + reed))["mentions"][0]["words"];  // as the article has it
    EXPECT_EQ(post(api, "/api/sources/merge", {{"keep", doe}, {"other", doe}}).status, 400);
    EXPECT_EQ(post(api, "/api/sources/merge", {{"keep", doe}}).status, 400);
    ASSERT_EQ(post(api, "/api/sources/merge", {{"keep", doe}, {"other", reed}}).status, 200);
    EXPECT_EQ(body(get(api, "/api/claims", {{"source", doe}}))["total"], 3);
    EXPECT_EQ(get(api, "/api/sources/" + reed).status, 404);

    // the mentions written so become a source of their own again
    const serve::Response split = post(api, "/api/sources/split", {{"source", doe}, {"alias", written}});
    ASSERT_EQ(split.status, 200) << split.body;
    const std::string fresh = body(split)["source"];
    EXPECT_EQ(body(get(api, "/api/claims", {{"source", fresh}}))["total"], 1);
    EXPECT_EQ(post(api, "/api/sources/split", {{"source", doe}, {"alias", "Nobody Written"}}).status, 400);

    const json governor = claim_with(api, "14 people");
    const std::string second_doc = governor["documents"][1]["id"];
    const serve::Response confirmed =
        post(api, "/api/matches/confirm", {{"statement", governor["id"]}, {"document", second_doc}});
    ASSERT_EQ(confirmed.status, 200) << confirmed.body;
    EXPECT_EQ(body(get(api, "/api/claims/" + governor["id"].get<std::string>()))["documents"][1]["confirmed"], true);
    const serve::Response rejected =
        post(api, "/api/matches/reject", {{"statement", governor["id"]}, {"document", second_doc}});
    ASSERT_EQ(rejected.status, 200) << rejected.body;
    const std::string apart = body(rejected)["claim"];
    EXPECT_EQ(body(get(api, "/api/claims/" + governor["id"].get<std::string>()))["documents"].size(), 1u);
    EXPECT_EQ(body(get(api, "/api/claims/" + apart))["documents"][0]["id"], second_doc);
}

TEST(ServeApi, AProlificSpeakersDiagramIsCutToTheClaimsMostCarriedNotRefused) {
    // two long bulletins of the governor's, 170 announcements each
    std::map<std::string, std::string> articles;
    for (const std::string day : {"12", "13"}) {
        std::string text = "outlet: Harbour Gazette\ndate: 2026-03-" + day + "\n\n";
        for (int i = 0; i < 170; ++i)
            text += "Governor Jane Doe said that road " + day + "-" + std::to_string(i) +
                    " in Port Alden would close on Monday for repairs.\n\n";
        articles.emplace("bulletin-" + day + ".txt", text);
    }
    serve::Api api = open_api(testing::ingest_articles(articles));
    std::string doe;
    const json sources = body(get(api, "/api/sources"));
    for (const json& s : sources)
        if (s["name"] == "Jane Doe") doe = s["id"];
    ASSERT_FALSE(doe.empty());
    ASSERT_GT(body(get(api, "/api/claims", {{"source", doe}}))["total"].get<int>(), 300);
    const serve::Response r = get(api, "/api/graph", {{"focus", doe}, {"depth", "1"}});
    ASSERT_EQ(r.status, 200) << r.body.substr(0, 300);
    const int nodes = testing::xpath_count(r.body, "//s:g[contains(@class, 'node')]");
    EXPECT_GT(nodes, 10);
    EXPECT_LE(nodes, 320);  // at most 300 of the graph's, and the legend's
    EXPECT_NE(r.body.find("the most carried of its"), std::string::npos);
    EXPECT_NE(r.body.find("more statements"), std::string::npos);  // the rest counted in one node
}

TEST(ServeApi, TimelineAndDisputesListAsTheCommandLineDoes) {
    const std::string path = harbour_db();
    serve::Api api = open_api(path);
    const json disputes = body(get(api, "/api/disputes"));
    const auto cli = testing::run_cli({"disputes", "--db", path, "--format", "json"});
    std::istringstream lines(cli.out);
    std::string line;
    std::size_t i = 0;
    while (std::getline(lines, line)) EXPECT_EQ(json::parse(line), disputes[i++]);
    EXPECT_EQ(i, disputes.size());
    EXPECT_GE(i, 1u);
    const json timeline = body(get(api, "/api/timeline"));
    ASSERT_GE(timeline.size(), 1u);
    EXPECT_EQ(timeline[0]["measure"], "killed");
    EXPECT_EQ(body(get(api, "/api/timeline", {{"source", "nobody at all"}})).size(), 0u);
    const serve::Response chart = get(api, "/api/timeline/chart", {{"n", "0"}});
    ASSERT_EQ(chart.status, 200) << chart.body;
    EXPECT_EQ(chart.content_type, "image/svg+xml");
    EXPECT_GE(testing::xpath_count(chart.body, "//s:circle"), 2);  // a point a figure: 14 and 11
    EXPECT_EQ(get(api, "/api/timeline/chart", {{"n", std::to_string(timeline.size())}}).status, 404);
}

}  // namespace claimgraph
