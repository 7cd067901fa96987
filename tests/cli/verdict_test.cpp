// `claimgraph verdict`: a fact-checker's rating of a claim, listed, published as
// ClaimReview markup with the fields Google's fact-check markup requires, carried by
// exports and imports, and shown in diagrams and reports.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "test_support.h"

namespace claimgraph {

namespace {

using testing::run_cli;

struct Reviewed {
    std::string db = testing::ingest_articles(
        {{"a.txt",
          "outlet: Harbour Gazette\ndate: 2026-03-12\n\n"
          "Governor Jane Doe said that 14 people were killed in the storm in Port Alden.\n"}});
    std::string claim;
    Reviewed() {
        const auto csv = run_cli({"claims", "--db", db, "--format", "csv"}).out;
        claim = csv.substr(csv.find('\n') + 1, 16);
    }
};

}  // namespace

TEST(Verdict, IsRecordedOnceListedAndReplacedByALaterOne) {
    const Reviewed r;
    const std::vector<std::string> give = {"verdict", "--db", r.db, r.claim.substr(0, 8), "--rating", "misleading",
                                           "--reviewer", "Harbour Desk", "--url", "https://desk.example/checks/14",
                                           "--note", "The toll was 11.", "--date", "2026-03-13"};
    const auto first = run_cli(give);
    EXPECT_EQ(first.code, 0) << first.err;
    EXPECT_EQ(first.out, "recorded: " + r.claim.substr(0, 10) + ": Misleading (2 of 5) by Harbour Desk, 2026-03-13\n");
    EXPECT_EQ(first.err, "");
    EXPECT_EQ(run_cli(give).out,
              "unchanged: " + r.claim.substr(0, 10) + ": Misleading (2 of 5) by Harbour Desk, 2026-03-13\n");
    EXPECT_EQ(run_cli({"verdict", "list", "--db", r.db}).out,
              r.claim.substr(0, 10) +
                  "  Misleading (2 of 5) — Jane Doe: “that 14 people were killed in the storm in Port Alden”\n"
                  "    by Harbour Desk, 2026-03-13, https://desk.example/checks/14\n"
                  "    The toll was 11.\n"
                  "1 verdict\n");
    const auto later = run_cli({"verdict", "--db", r.db, r.claim, "--rating", "false", "--date", "2026-03-14"});
    EXPECT_EQ(later.code, 0);
    EXPECT_NE(later.err.find("no --url (where the fact-check is published) and no --reviewer"), std::string::npos)
        << later.err;
    const auto j = nlohmann::json::parse(run_cli({"verdict", "list", "--db", r.db, "--format", "json"}).out);
    EXPECT_EQ(j["rating"], "false");
    EXPECT_EQ(j["value"], 1);
    EXPECT_EQ(j["speaker"], "Jane Doe");
    const auto csv = run_cli({"verdict", "list", "--db", r.db, "--format", "csv"}).out;
    EXPECT_EQ(csv.substr(0, csv.find('\n')), "claim,rating,value,reviewer,date,url,note,speaker,text\r");  // RFC 4180
    const auto removed = run_cli({"verdict", "remove", "--db", r.db, r.claim});
    EXPECT_EQ(removed.out, "withdrew 2 verdicts from " + r.claim.substr(0, 10) + "\n");
    EXPECT_EQ(run_cli({"verdict", "list", "--db", r.db}).out, "0 verdicts\n");
    EXPECT_EQ(run_cli({"verdict", "remove", "--db", r.db, r.claim}).code, 1);
}

TEST(Verdict, BadRatingsDatesAndClaimsAreClearErrors) {
    const Reviewed r;
    const auto rating = run_cli({"verdict", "--db", r.db, r.claim, "--rating", "pants-on-fire"});
    EXPECT_EQ(rating.code, 2);
    EXPECT_NE(rating.err.find("--rating"), std::string::npos) << rating.err;
    const auto none = run_cli({"verdict", "--db", r.db, r.claim});
    EXPECT_EQ(none.code, 2);
    EXPECT_NE(none.err.find("give --rating (false, mostly-false, misleading"), std::string::npos) << none.err;
    const auto date = run_cli({"verdict", "--db", r.db, r.claim, "--rating", "true", "--date", "13/03/2026"});
    EXPECT_EQ(date.code, 2);
    EXPECT_NE(date.err.find("--date '13/03/2026': not a date"), std::string::npos) << date.err;
    const auto claim = run_cli({"verdict", "--db", r.db, "ffffffff", "--rating", "true"});
    EXPECT_EQ(claim.code, 1);
    EXPECT_EQ(run_cli({"verdict", "list", "--db", r.db}).out, "0 verdicts\n");
}

// Google's fact-check markup: claimReviewed, reviewRating (its alternateName) and url are
// required; author, datePublished and itemReviewed recommended.
TEST(Verdict, ClaimReviewMarkupHasTheFieldsGoogleRequires) {
    const Reviewed r;
    ASSERT_EQ(run_cli({"verdict", "--db", r.db, r.claim, "--rating", "false", "--reviewer", "Harbour Desk", "--url",
                       "https://desk.example/checks/14", "--date", "2026-03-13", "--note", "Eleven died."})
                  .code,
              0);
    const auto out = run_cli({"verdict", "list", "--db", r.db, "--format", "claimreview"});
    EXPECT_EQ(out.err, "");
    const auto ld = nlohmann::json::parse(out.out);
    EXPECT_EQ(ld["@context"], "https://schema.org");
    ASSERT_EQ(ld["@graph"].size(), 1u);
    const auto& review = ld["@graph"][0];
    EXPECT_EQ(review["@type"], "ClaimReview");
    EXPECT_EQ(review["claimReviewed"], "that 14 people were killed in the storm in Port Alden");
    EXPECT_EQ(review["url"], "https://desk.example/checks/14");
    EXPECT_EQ(review["reviewRating"]["@type"], "Rating");
    EXPECT_EQ(review["reviewRating"]["alternateName"], "False");
    EXPECT_EQ(review["reviewRating"]["ratingValue"], 1);
    EXPECT_EQ(review["reviewRating"]["bestRating"], 5);
    EXPECT_EQ(review["reviewRating"]["worstRating"], 1);
    EXPECT_EQ(review["author"]["@type"], "Organization");
    EXPECT_EQ(review["author"]["name"], "Harbour Desk");
    EXPECT_EQ(review["datePublished"], "2026-03-13");
    EXPECT_EQ(review["reviewBody"], "Eleven died.");
    EXPECT_EQ(review["itemReviewed"]["@type"], "Claim");
    EXPECT_EQ(review["itemReviewed"]["author"]["name"], "Jane Doe");
    EXPECT_EQ(review["itemReviewed"]["appearance"][0]["publisher"]["name"], "Harbour Gazette");
    // the whole export carries it too
    const auto all = nlohmann::json::parse(run_cli({"export", "--db", r.db, "--format", "claimreview"}).out);
    EXPECT_EQ(all["@graph"][0]["reviewRating"]["alternateName"], "False");
    // a rating off the scale has no value
    ASSERT_EQ(run_cli({"verdict", "--db", r.db, r.claim, "--rating", "unproven", "--reviewer", "Harbour Desk", "--url",
                       "https://desk.example/checks/14", "--date", "2026-03-14"})
                  .code,
              0);
    const auto unproven =
        nlohmann::json::parse(run_cli({"verdict", "list", "--db", r.db, "--format", "claimreview"}).out);
    EXPECT_EQ(unproven["@graph"][0]["reviewRating"]["alternateName"], "Unproven");
    EXPECT_FALSE(unproven["@graph"][0]["reviewRating"].contains("ratingValue"));
}

TEST(Verdict, TravelsThroughAGraphFileAndShowsInDiagramsAndReports) {
    const Reviewed r;
    ASSERT_EQ(run_cli({"verdict", "--db", r.db, r.claim, "--rating", "mostly-false", "--reviewer", "Harbour Desk",
                       "--url", "javascript:alert(1)", "--date", "2026-03-13"})
                  .code,
              0);
    const std::string dir = testing::temp_dir();
    ASSERT_EQ(run_cli({"export", "--db", r.db, "--format", "dot", "-o", dir + "/g.dot"}).code, 0);
    const std::string copy = dir + "/copy.db";
    const auto imported = run_cli({"import", "--db", copy, dir + "/g.dot"});
    ASSERT_EQ(imported.code, 0) << imported.err;
    EXPECT_EQ(run_cli({"verdict", "list", "--db", copy, "--format", "json"}).out,
              run_cli({"verdict", "list", "--db", r.db, "--format", "json"}).out);
    EXPECT_NE(run_cli({"import", "--db", copy, dir + "/g.dot"}).out.find("imported 0 nodes and 0 edges"),
              std::string::npos);
    EXPECT_EQ(run_cli({"verdict", "list", "--db", copy}).out.find("2 verdicts"), std::string::npos);  // not twice

    const auto dot = run_cli({"render", "--db", r.db, "--format", "dot"}).out;
    EXPECT_NE(dot.find("VERDICT: mostly false"), std::string::npos) << dot;
    ASSERT_EQ(run_cli({"report", "--db", r.db, "-o", dir + "/report"}).code, 0);
    const std::string html = testing::read_file(dir + "/report/index.html");
    EXPECT_NE(html.find("Verdict: <strong>Mostly false (2 of 5)</strong> by Harbour Desk"), std::string::npos);
    EXPECT_EQ(html.find("href=\"javascript:"), std::string::npos);  // a url that is no web page is text
    const std::string md = testing::read_file(dir + "/report/report.md");
    EXPECT_NE(md.find("## Verdicts"), std::string::npos) << md;
    EXPECT_NE(md.find("| Mostly false (2 of 5) | Harbour Desk | 2026-03-13 |"), std::string::npos) << md;
}

TEST(Verdict, AGraphFileWithAnUnknownVerdictIsAnErrorAtItsLine) {
    const std::string dir = testing::temp_dir();
    testing::write_file(dir + "/bad.dot",
                        "digraph g {\n  s [kind=statement, text=\"the port is open\",\n     verdict=bogus, "
                        "verdict_date=\"2026-01-01\"];\n}\n");
    const auto r = run_cli({"check", dir + "/bad.dot"});
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.out.find("bad.dot:3:"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("unknown verdict 'bogus'"), std::string::npos) << r.out;
}

}  // namespace claimgraph
