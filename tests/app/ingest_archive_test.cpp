// app::ingest over an archive: a text published twice, databases of older schemas upgraded,
// and claims that do not depend on the order in which a corpus's articles come
// (ingest_test.cpp: one failure costs one document, nothing reported stored before it is
// committed, and claims merged and separated).
#include <algorithm>
#include <optional>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <SQLiteCpp/SQLiteCpp.h>

#include "app/ingest_support.h"
#include "test_support.h"
#include "util/hash.h"

namespace claimgraph {

using testing::Chain;
using testing::document_count;
using testing::problems;
using testing::run_cli;

TEST(Ingest, TheSameTextPublishedTwiceIsTwoDocumentsAndOneOrigin) {
    const std::string dir = testing::temp_dir();
    const std::string text =
        "KYIV (Reuters) - A missile strike on the port of Odesa killed 14 people on Tuesday, "
        "the regional governor Oleh Kiper said. Rescue teams searched the rubble of a warehouse "
        "near the harbour through the night, and the city's mayor said the port would reopen.";
    testing::write_file(dir + "/b.jsonl",
                        "{\"id\": \"1\", \"outlet\": \"Daily A\", \"date\": \"2026-03-01\", \"text\": \"" + text +
                            "\"}\n{\"id\": \"2\", \"outlet\": \"Daily B\", \"date\": \"2026-03-02\", "
                            "\"text\": \"" +
                            text + "\"}\n");
    const std::string db = dir + "/g.db";
    const auto r = run_cli({"ingest", "-q", "--db", db, dir + "/b.jsonl"});
    EXPECT_EQ(r.out, "2 documents added, 0 unchanged, 0 skipped; 4 statements added to '" + db + "'\n") << r.err;
    const auto again = run_cli({"ingest", "-q", "--db", db, dir + "/b.jsonl"});
    EXPECT_EQ(again.out, "0 documents added, 2 unchanged, 0 skipped; 0 statements added to '" + db + "'\n");
    // one claim, carried by both, from one origin: the copies are found
    const auto claims = run_cli({"claims", "--db", db, "--search", "port would reopen"});
    EXPECT_NE(claims.out.find("2 documents, 1 independent"), std::string::npos) << claims.out;
}

TEST(Ingest, ADatabaseOfSchemaFiveKnowsItsDocumentsAfterTheUpgrade) {
    // before schema 6 a document was known by its text alone; its row keeps its id and is
    // found again by the new identity, so ingesting the same input adds nothing
    const std::string dir = testing::temp_dir();
    const std::string db = dir + "/old.db";
    testing::write_file(
        dir + "/b.jsonl",
        "{\"id\": \"1\", \"outlet\": \"Daily A\", \"text\": \"Mayor Anna Berg said the bridge was hit.\"}\n");
    ASSERT_EQ(run_cli({"ingest", "-q", "--db", db, dir + "/b.jsonl"}).code, 0);
    {
        SQLite::Database raw(db, SQLite::OPEN_READWRITE);
        // what schema 5 had: no mentions table, no pinned claims, statements by words
        raw.exec("UPDATE documents SET content_hash = '" + content_hash("Mayor Anna Berg said the bridge was hit.") +
                 "'");
        raw.exec("DROP TABLE statement_variants");
        raw.exec("DROP TABLE statement_redirects");
        raw.exec("ALTER TABLE statements DROP COLUMN pinned");
        raw.exec("ALTER TABLE edges DROP COLUMN confidence");  // schema 7's
        raw.exec("DROP INDEX statement_places_statement");  // schema 8's
        raw.exec("CREATE INDEX statements_match_source ON statements(match_key, source_id)");
        raw.exec("DROP TABLE verdicts");  // schema 10's
        raw.exec("CREATE INDEX edges_from ON edges(from_id)");  // dropped by schema 11
        raw.exec("CREATE INDEX edges_to ON edges(to_id)");
        raw.exec("DROP INDEX edges_reports");  // schema 12's
        raw.exec("DROP TABLE presumed_sources");  // schema 13's
        raw.exec("PRAGMA user_version = 5");
    }
    const auto again = run_cli({"ingest", "-q", "--db", db, dir + "/b.jsonl"});
    EXPECT_EQ(again.code, 0) << again.err;
    EXPECT_EQ(again.out, "0 documents added, 1 unchanged, 0 skipped; 0 statements added to '" + db + "'\n");
    EXPECT_EQ(document_count(db), 1u);
    EXPECT_EQ(problems(db), std::vector<std::string>{});
    // schema 11 keeps no index of an edge's from_id or to_id alone; schema 12 one of the
    // reports edges
    EXPECT_EQ(SQLite::Database(db)
                  .execAndGet("SELECT count(*) FROM sqlite_master WHERE name IN ('edges_from', "
                              "'edges_to')")
                  .getInt(),
              0);
    EXPECT_EQ(SQLite::Database(db).execAndGet("SELECT sql FROM sqlite_master WHERE name = 'edges_reports'").getString(),
              "CREATE INDEX edges_reports ON edges(to_id, from_id) WHERE relation = 'reports'");
    // the upgrade filed each claim as a mention of itself: a near copy still matches it
    testing::write_file(dir + "/c.jsonl",
                        "{\"id\": \"2\", \"outlet\": \"Daily B\", \"text\": \"Mayor Anna Berg said "
                        "the bridge was hit on Monday.\"}\n");
    ASSERT_EQ(run_cli({"ingest", "-q", "--db", db, dir + "/c.jsonl"}).code, 0);
    EXPECT_EQ(store::Store(db, store::OpenMode::read_only).claims({}).size(), 1u);
}

TEST(Ingest, ADatabaseOfSchemaEightSearchesByStemAfterTheUpgrade) {
    const std::string dir = testing::temp_dir();
    const std::string db = dir + "/eight.db";
    testing::write_file(dir + "/b.jsonl",
                        "{\"id\": \"1\", \"text\": \"Officials said the shelling was killing civilians.\"}\n");
    ASSERT_EQ(run_cli({"ingest", "-q", "--db", db, dir + "/b.jsonl"}).code, 0);
    {
        // schema 8's full-text index: words as written, no stems
        SQLite::Database raw(db, SQLite::OPEN_READWRITE);
        raw.exec("DROP TABLE statements_fts");
        raw.exec("CREATE VIRTUAL TABLE statements_fts USING fts5(text, content='statements', content_rowid='rowid')");
        raw.exec("INSERT INTO statements_fts(statements_fts) VALUES ('rebuild')");
        raw.exec("DROP TABLE verdicts");  // schema 10's
        raw.exec("CREATE INDEX edges_to ON edges(to_id)");  // dropped by schema 11 (edges_from left out, as
            // if a person had dropped it: it upgrades too)
        raw.exec("DROP INDEX edges_reports");  // schema 12's
        raw.exec("DROP TABLE presumed_sources");  // schema 13's
        raw.exec("PRAGMA user_version = 8");
    }
    const auto old = run_cli({"claims", "--db", db, "--search", "killed"});
    EXPECT_EQ(old.code, 1);
    EXPECT_NE(old.err.find("open it with 'ingest' to upgrade"), std::string::npos) << old.err;
    ASSERT_EQ(run_cli({"ingest", "-q", "--db", db, dir + "/b.jsonl"}).code, 0);
    const auto found = run_cli({"claims", "--db", db, "--search", "killed"});
    EXPECT_EQ(found.code, 0) << found.err;
    EXPECT_NE(found.out.find("shelling was killing civilians"), std::string::npos) << found.out;
    EXPECT_EQ(problems(db), std::vector<std::string>{});
}

TEST(Ingest, TheClaimsOfACorpusDoNotDependOnTheOrderOfItsArticles) {
    const Chain c;
    std::vector<std::string> files{c.a, c.b, c.c};
    std::sort(files.begin(), files.end());
    std::optional<std::string> first;
    do {
        const std::string db = testing::temp_dir() + "/t.db";
        std::vector<std::string> args{"ingest", "-q", "--db", db};
        args.insert(args.end(), files.begin(), files.end());
        ASSERT_EQ(run_cli(args).code, 0);
        const auto claims = run_cli({"claims", "--db", db, "--format", "json"});
        ASSERT_EQ(claims.code, 0) << claims.err;
        // one claim of three documents (C joins A through B, whichever came first), filed
        // under the least of its mentions' ids and dated by the earliest
        EXPECT_EQ(std::count(claims.out.begin(), claims.out.end(), '\n'), 1) << claims.out;
        const auto j = nlohmann::json::parse(claims.out);
        EXPECT_EQ(j["documents"].size(), 3u);
        EXPECT_EQ(j["first_appearance"]["date"], "2026-05-01");
        if (!first) first = claims.out;
        EXPECT_EQ(claims.out, *first) << "order " << files[0] << " " << files[1] << " " << files[2];
        EXPECT_EQ(problems(db), std::vector<std::string>{});
    } while (std::next_permutation(files.begin(), files.end()));
}

}  // namespace claimgraph
