#include <filesystem>

#include <algorithm>
#include <cstdio>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "test_support.h"

namespace claimgraph {

using testing::run_cli;

namespace {

std::string article() { return testing::data_path("port-strike.txt"); }

std::string ingested_db() {
    const std::string db = testing::temp_dir() + "/case.db";
    const auto r = run_cli({"ingest", "--db", db, article()});
    EXPECT_EQ(r.code, 0) << r.err;
    return db;
}

}  // namespace

TEST(Cli, UnknownCommandIsAUsageError) {
    const auto r = run_cli({"frobnicate"});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err.substr(0, 18), "claimgraph: error:");
}

TEST(Cli, HelpListsTheCommands) {
    const auto r = run_cli({"--help"});
    EXPECT_EQ(r.code, 0);
    for (const char* c : {"extract", "ingest", "claims", "sources", "trace", "render", "export"})
        EXPECT_NE(r.out.find(c), std::string::npos) << c;
}

TEST(Cli, ExtractMissingFileFailsWithTheMessage) {
    const auto r = run_cli({"extract", "no/such.txt"});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err, "claimgraph: error: 'no/such.txt': no such file or directory\n");
}

TEST(Cli, ExtractInvalidUtf8NamesLineAndColumn) {
    const std::string path = testing::temp_dir() + "/bad.txt";
    testing::write_file(path, "Officials said \xFF it.");
    const auto r = run_cli({"extract", path});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err, "claimgraph: error: " + path + ":1:16: invalid UTF-8 at byte 15\n");
}

TEST(Cli, ExtractTextMatchesTheGoldenFile) {
    const auto r = run_cli({"extract", article()});
    ASSERT_EQ(r.code, 0) << r.err;
    std::string out = r.out;
    out.replace(0, article().size(), "port-strike.txt");
    EXPECT_EQ(testing::check_golden("port-strike.extract.txt", out), "");
}

// The governor's two quotations in a row (port-strike.txt) are one statement with --scope
// all (PolNeAR's turn), two with --scope speech (GGT's quotation); --quote-unit says it outright.
TEST(Cli, TheQuoteUnitFollowsTheScopeUnlessNamed) {
    const auto pieces = [](const std::vector<std::string>& extra) {
        std::vector<std::string> args = {"extract", "--format", "json", article()};
        args.insert(args.end(), extra.begin(), extra.end());
        const auto r = run_cli(args);
        EXPECT_EQ(r.code, 0) << r.err;
        const nlohmann::json doc = nlohmann::json::parse(r.out);
        for (const auto& st : doc["statements"])
            if (st["content"]["text"].get<std::string>().find("Rescue teams") != std::string::npos)
                return st["content"].contains("spans") ? st["content"]["spans"].size() : 1u;
        return std::size_t{0};
    };
    EXPECT_EQ(pieces({}), 2u);
    EXPECT_EQ(pieces({"--scope", "speech"}), 1u);
    EXPECT_EQ(pieces({"--scope", "speech", "--quote-unit", "turn"}), 2u);
    EXPECT_EQ(pieces({"--quote-unit", "quotation"}), 1u);
    EXPECT_EQ(run_cli({"extract", "--quote-unit", "sentence", article()}).code, 2);
}

// Byte-identical JSON, escaping included: a batch line with a tab, a backslash, a control
// character, non-ASCII text and markup, next to the plain-text article.
TEST(Cli, ExtractJsonMatchesTheGoldenFile) {
    const std::string batch = testing::temp_dir() + "/odd.jsonl";
    testing::write_file(batch,
                        "{\"id\": \"a\\\"1\", \"title\": \"Tab\\there\", \"text\": \"\u201cThe port is "
                        "closed\\tuntil Friday \\\\ or later </script>,\u201d the harbour master, Jos\u00e9 "
                        "Ortega, said.\\u0001 Officials said the crane \\\"Big Ann\\\" had failed.\"}\n");
    const auto r = run_cli({"extract", "--format", "json", article(), batch});
    ASSERT_EQ(r.code, 0) << r.err;
    std::string out = r.out;
    for (const std::string& prefix : {article(), batch}) {
        const std::string name = std::filesystem::path(prefix).filename().string();
        for (std::size_t at; (at = out.find(prefix)) != std::string::npos;) out.replace(at, prefix.size(), name);
    }
    EXPECT_EQ(testing::check_golden("extract.json", out), "");
}

TEST(Cli, ExtractJsonFollowsTheContract) {
    const auto r = run_cli({"extract", "--format", "json", article()});
    ASSERT_EQ(r.code, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["document"]["path"], article());
    EXPECT_EQ(j["document"]["date"], "2024-03-02");
    const auto& s = j["statements"][0];
    for (const char* k : {"id", "kind", "content", "cue", "source", "via", "figures"}) EXPECT_TRUE(s.contains(k)) << k;
    const std::string text = testing::read_file(article());
    const std::size_t start = s["content"]["start"], end = s["content"]["end"];
    EXPECT_EQ(text.substr(start, end - start), s["content"]["text"].get<std::string>());
}

TEST(Cli, IngestIsIdempotent) {
    const std::string db = ingested_db();
    const auto again = run_cli({"ingest", "--db", db, testing::data_path("")});
    EXPECT_EQ(again.code, 0) << again.err;
    EXPECT_NE(again.out.find("0 documents added, 1 unchanged"), std::string::npos) << again.out;
}

// One JSON object per line.
std::vector<nlohmann::json> json_lines(const std::string& out) {
    std::vector<nlohmann::json> v;
    std::istringstream in(out);
    for (std::string l; std::getline(in, l);)
        if (!l.empty()) v.push_back(nlohmann::json::parse(l));
    return v;
}

// "N claims" as the report's summary line writes it.
std::string fmt_claims(std::size_t n) { return std::to_string(n) + (n == 1 ? " claim" : " claims"); }

TEST(Cli, ClaimsCarryTheExtractorsConfidenceAndFilterByIt) {
    const std::string db = ingested_db();
    std::vector<double> given;
    for (const auto& c : json_lines(run_cli({"claims", "--db", db, "--format", "json"}).out)) {
        ASSERT_TRUE(c["confidence"].is_number()) << c.dump();
        given.push_back(c["confidence"].get<double>());
        for (const auto& d : c["documents"]) EXPECT_LE(d["confidence"].get<double>(), given.back());
    }
    ASSERT_GT(given.size(), 2u);
    std::sort(given.begin(), given.end());
    const double middle = given[given.size() / 2];
    char threshold[16];
    std::snprintf(threshold, sizeof threshold, "%.2f", middle);
    const auto kept =
        json_lines(run_cli({"claims", "--db", db, "--format", "json", "--min-confidence", threshold}).out);
    EXPECT_LT(kept.size(), given.size());
    EXPECT_GE(kept.size(), 1u);
    for (const auto& c : kept) EXPECT_GE(c["confidence"].get<double>() + 1e-9, middle);
    EXPECT_EQ(run_cli({"claims", "--db", db, "--min-confidence", "1.5"}).code, 2);
}

TEST(Cli, RenderAndReportLeaveOutClaimsTheExtractorWasUnsureOf) {
    const std::string db = ingested_db();
    const auto count_statements = [](const std::string& dot) {
        std::size_t n = 0;
        for (std::size_t at = dot.find("class=statement"); at != std::string::npos;
             at = dot.find("class=statement", at + 1))
            ++n;
        return n;
    };
    const auto all = run_cli({"render", "--db", db, "--format", "dot"});
    ASSERT_EQ(all.code, 0) << all.err;
    const auto sure = run_cli({"render", "--db", db, "--format", "dot", "--min-confidence", "0.8"});
    ASSERT_EQ(sure.code, 0) << sure.err;
    std::size_t kept = 0;
    for (const auto& c : json_lines(run_cli({"claims", "--db", db, "--format", "json"}).out))
        kept += c["confidence"].get<double>() >= 0.8;
    ASSERT_GT(count_statements(all.out), count_statements(sure.out));
    EXPECT_EQ(count_statements(sure.out), kept);
    const std::string dir = testing::temp_dir() + "/sure-report";
    const auto report = run_cli({"report", "--db", db, "-o", dir, "--min-confidence", "0.8"});
    ASSERT_EQ(report.code, 0) << report.err;
    EXPECT_NE(testing::read_file(dir + "/report.md").find(fmt_claims(kept)), std::string::npos)
        << testing::read_file(dir + "/report.md").substr(0, 400);
}

TEST(Cli, IngestSkipsABadFileInABatchAndFails) {
    const std::string dir = testing::temp_dir();
    testing::write_file(dir + "/a.txt", "Officials said that the bridge was hit.");
    testing::write_file(dir + "/b.txt", "");
    const auto r = run_cli({"ingest", "--db", dir + "/x.db", dir});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err, "claimgraph: warning: '" + dir + "/b.txt': empty file; skipped\n");
    EXPECT_NE(r.out.find("1 document added, 0 unchanged, 1 skipped"), std::string::npos);
}

TEST(Cli, ClaimsAndSourcesPrintTheJsonFields) {
    const std::string db = ingested_db();
    const auto claims = run_cli({"claims", "--db", db, "--format", "json", "--source", "Zakharova"});
    ASSERT_EQ(claims.code, 0) << claims.err;
    std::size_t lines = 0;
    for (std::size_t p = 0; (p = claims.out.find('\n', p)) != std::string::npos; ++p) ++lines;
    EXPECT_EQ(lines, 2u);
    const auto c = nlohmann::json::parse(claims.out.substr(0, claims.out.find('\n')));
    for (const char* k : {"id", "text", "kind", "source", "figures", "documents", "first_appearance"})
        EXPECT_TRUE(c.contains(k)) << k;
    EXPECT_EQ(c["source"]["name"], "Maria Zakharova");
    const auto sources = run_cli({"sources", "--db", db, "--format", "json"});
    ASSERT_EQ(sources.code, 0);
    const auto s = nlohmann::json::parse(sources.out.substr(0, sources.out.find('\n')));
    for (const char* k : {"id", "name", "type", "role", "aliases", "speaks_for", "documents", "statements"})
        EXPECT_TRUE(s.contains(k)) << k;
}

TEST(Cli, TraceFollowsTheSpokeswomanToHerMinistry) {
    const std::string db = ingested_db();
    const auto claims = run_cli({"claims", "--db", db, "--format", "json", "--search", "Western weapons"});
    const auto c = nlohmann::json::parse(claims.out.substr(0, claims.out.find('\n')));
    const std::string id = c["id"];
    const auto t = run_cli({"trace", "--db", db, id.substr(0, 7), "--format", "json"});
    ASSERT_EQ(t.code, 0) << t.err;
    const auto j = nlohmann::json::parse(t.out);
    EXPECT_EQ(j["root"], id);
    EXPECT_EQ(j["origins"], nlohmann::json::array({source_id("Foreign Ministry")}));
    EXPECT_EQ(j["independent_origins"], 1);
    EXPECT_EQ(j["first_appearance"]["date"], "2024-03-02");
    const auto text = run_cli({"trace", "--db", db, id.substr(0, 7)});
    EXPECT_NE(text.out.find("→ attributes → source"), std::string::npos);
    EXPECT_NE(text.out.find("← reports ← source " + source_id("TASS").substr(0, 10) + " TASS (agency)"),
              std::string::npos)
        << text.out;
}

TEST(Cli, TraceRejectsUnknownAndShortIds) {
    const std::string db = ingested_db();
    const auto r = run_cli({"trace", "--db", db, "ffffffffff"});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err, "claimgraph: error: id 'ffffffffff': no document, statement or source has this id\n");
    EXPECT_EQ(run_cli({"trace", "--db", db, "ab"}).code, 2);
}

TEST(Cli, CommandsOnAMissingDatabaseSayWhatToDo) {
    const std::string db = testing::temp_dir() + "/none.db";
    const auto r = run_cli({"claims", "--db", db});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err, "claimgraph: error: '" + db + "': no such database (run 'claimgraph ingest' first)\n");
    EXPECT_FALSE(std::filesystem::exists(db));
}

TEST(Cli, RenderWritesFilesAtomicallyAndRefusesBinaryOnAStream) {
    const std::string db = ingested_db();
    const std::string svg = testing::temp_dir() + "/out.svg";
    const auto r = run_cli({"render", "--db", db, "--format", "svg", "-o", svg});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(testing::read_file(svg).find("<svg"), std::string::npos);
    const auto png = run_cli({"render", "--db", db, "--format", "png"});
    EXPECT_EQ(png.code, 2);
    EXPECT_EQ(png.err, "claimgraph: error: --format png writes binary data: give -o FILE\n");
    const auto bad_dir = run_cli({"render", "--db", db, "-o", "/nonexistent-dir/x.svg"});
    EXPECT_EQ(bad_dir.code, 1);
    EXPECT_FALSE(std::filesystem::exists("/nonexistent-dir/x.svg"));
}

TEST(Cli, ExportDotIsStableAcrossRuns) {
    const std::string db = ingested_db();
    const auto a = run_cli({"export", "--db", db, "--format", "dot"});
    const auto b = run_cli({"export", "--db", db, "--format", "dot"});
    ASSERT_EQ(a.code, 0) << a.err;
    EXPECT_EQ(a.out, b.out);
    EXPECT_NE(a.out.find("relation=attributes"), std::string::npos);
}

TEST(Cli, ExtractReadsABatchAndWarnsAboutItsBadLines) {
    const std::string path = testing::temp_dir() + "/batch.jsonl";
    testing::write_file(path, "{\"id\": \"a\", \"text\": \"The mayor said the road would close.\"}\n{oops\n");
    const auto r = run_cli({"extract", "--format", "json", path});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err, "claimgraph: warning: " + path + ":2:2: invalid JSON; skipped\n");
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["document"]["path"], path + "#a");
    EXPECT_EQ(j["document"]["format"], "jsonl");
    EXPECT_EQ(j["document"]["text"], "The mayor said the road would close.");
    ASSERT_EQ(j["statements"].size(), 1u);
    const auto& c = j["statements"][0]["content"];
    EXPECT_EQ(std::string(j["document"]["text"]).substr(c["start"], std::size_t(c["end"]) - std::size_t(c["start"])),
              "the road would close");
}

TEST(Cli, IngestKeepsTheInputOrderAcrossItsTwoThreadsAndTransactions) {
    // more articles than the queue between the threads holds (64) and than one
    // transaction takes (--commit-every 200), with bad lines among them
    const std::string dir = testing::temp_dir();
    std::string batch, expected;
    for (int i = 0; i < 450; ++i) {
        if (i % 100 == 7) {
            batch += "not json\n";
            continue;
        }
        batch += "{\"id\": \"n" + std::to_string(i) + "\", \"text\": \"Officials said bridge " + std::to_string(i) +
                 " was hit.\"}\n";
    }
    testing::write_file(dir + "/many.jsonl", batch);
    const auto r = run_cli({"ingest", "--commit-every", "200", "--db", dir + "/g.db", dir + "/many.jsonl"});
    EXPECT_EQ(r.code, 1);  // lines were skipped
    std::vector<std::string> order;
    std::istringstream lines(r.out);
    for (std::string line; std::getline(lines, line);)
        if (line.starts_with("added "))
            order.push_back(line.substr(line.find('#') + 1, line.find(' ', line.find('#')) - line.find('#') - 1));
    ASSERT_EQ(order.size(), 445u);
    for (std::size_t k = 1; k < order.size(); ++k)
        EXPECT_LT(std::stoi(order[k - 1].substr(1)), std::stoi(order[k].substr(1)));
    EXPECT_NE(r.out.find("445 documents added, 0 unchanged, 5 skipped; 445 statements"), std::string::npos) << r.out;
    EXPECT_NE(r.err.find("many.jsonl:408:2: invalid JSON; skipped"), std::string::npos) << r.err;
    // all of it is stored: a second run adds nothing
    const auto again = run_cli({"ingest", "-q", "--db", dir + "/g.db", dir + "/many.jsonl"});
    EXPECT_NE(again.out.find("0 documents added, 445 unchanged, 5 skipped"), std::string::npos) << again.out;
}

TEST(Cli, IngestStoresEachArticleOfABatch) {
    const std::string dir = testing::temp_dir();
    testing::write_file(dir + "/batch.jsonl",
                        "{\"id\": \"a\", \"text\": \"The mayor said the road would close.\", \"outlet\": \"Wire\"}\n"
                        "{\"id\": \"b\", \"text\": \"Officials said the bridge was safe.\"}\n");
    const auto r = run_cli({"ingest", "-q", "--db", dir + "/g.db", dir + "/batch.jsonl"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.out, "2 documents added, 0 unchanged, 0 skipped; 2 statements added to '" + dir + "/g.db'\n");
}

// Copy detection from memory (the default) and from the database (--memory-mb 0) find the
// same copies: more articles than a transaction takes (100; the index is read at the second),
// each an outlet's edit of one wire story.
TEST(Cli, IngestFindsTheSameCopiesWhateverItsMemory) {
    const std::string dir = testing::temp_dir();
    std::string batch;
    for (int i = 0; i < 260; ++i) {
        const int story = i % 13;
        batch += "{\"id\": \"w" + std::to_string(i) + "\", \"outlet\": \"Outlet " + std::to_string(i % 17) +
                 "\", \"date\": \"2024-03-0" + std::to_string(1 + i % 9) + "\", \"text\": \"The storm damaged " +
                 std::to_string(40 + story) + " homes in the coastal district of Varna" + std::to_string(story) +
                 " on Tuesday morning and cut power to the harbour. Governor Ana Petrova said " +
                 std::to_string(3 + story) +
                 " people were hurt. Crews from three neighbouring regions were sent "
                 "to clear the roads before the next band of rain, which forecasters expect by Thursday.\"}\n";
    }
    testing::write_file(dir + "/wire.jsonl", batch);
    std::vector<std::string> listings;
    for (const char* memory : {"512", "0"}) {
        const std::string db = dir + "/m" + memory + ".db";
        const auto r = run_cli(
            {"ingest", "-q", "--commit-every", "100", "--memory-mb", memory, "--db", db, dir + "/wire.jsonl"});
        ASSERT_EQ(r.code, 0) << r.err;
        EXPECT_NE(r.out.find("260 documents added"), std::string::npos) << r.out;
        listings.push_back(run_cli({"claims", "--db", db}).out);
    }
    EXPECT_EQ(listings[0], listings[1]);
    // copies were found: the 20 outlets' edits of a story count as one independent source
    EXPECT_NE(listings[0].find("20 documents, 1 independent"), std::string::npos) << listings[0].substr(0, 2000);
}

TEST(Cli, ClaimsByOutletAndBetweenDates) {
    const std::string db = testing::ingest_articles(
        {{"a.txt",
          "outlet: Harbour Gazette\ndate: 2026-03-12\n\n"
          "Governor Jane Doe said that 14 people were killed in the storm in Port Alden.\n"},
         {"b.txt",
          "outlet: Coast Daily\ndate: 2026-04-02\n\n"
          "The port authority said that the harbour would reopen on Monday.\n"}});
    const auto count = [&](std::vector<std::string> args) {
        args.insert(args.begin(), {"claims", "--db", db, "--format", "csv"});
        const auto r = testing::run_cli(args);
        EXPECT_EQ(r.code, 0) << r.err;
        return std::count(r.out.begin(), r.out.end(), '\n') - 1;
    };
    EXPECT_EQ(count({}), 2);
    EXPECT_EQ(count({"--outlet", "COAST DAILY"}), 1);
    EXPECT_EQ(count({"--outlet", "Coast"}), 0);  // the outlet's name, not a part of it
    EXPECT_EQ(count({"--since", "2026-04"}), 1);
    EXPECT_EQ(count({"--until", "2026-03"}), 1);  // the whole of March
    EXPECT_EQ(count({"--since", "2026-03-12", "--until", "2026-04-02"}), 2);
    EXPECT_EQ(count({"--since", "2026-03-13", "--until", "2026-04-01"}), 0);
    const auto bad = testing::run_cli({"claims", "--db", db, "--since", "yesterday"});
    EXPECT_EQ(bad.code, 2);
    EXPECT_NE(bad.err.find("'yesterday' is not a date"), std::string::npos);
}

TEST(Cli, TrainExtractorAveragesRunsAndRefusesNone) {
    const std::string dir = testing::temp_dir(), gold = testing::data_path("gold/tiny.gold");
    const auto one = run_cli({"train", "extractor", "--train", gold, "--cues", "-q", "-o", dir + "/one.cgm"});
    ASSERT_EQ(one.code, 0) << one.err;
    const auto two =
        run_cli({"train", "extractor", "--train", gold, "--cues", "--runs", "2", "-q", "-o", dir + "/two.cgm"});
    ASSERT_EQ(two.code, 0) << two.err;
    // (the bytes of one run and of two differ: CueModel.TheMeanOfSeveralRuns… tests that)
    const auto used = run_cli({"extract", "--model", dir + "/two.cgm", article()});
    EXPECT_EQ(used.code, 0) << used.err;
    const auto none = run_cli({"train", "extractor", "--train", gold, "--runs", "0", "-o", dir + "/zero.cgm"});
    EXPECT_EQ(none.code, 2);
    EXPECT_NE(none.err.find("--runs"), std::string::npos) << none.err;
}

}  // namespace claimgraph
