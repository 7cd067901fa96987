// app::ingest: whole documents, one failure costs one document, nothing reported stored
// before it is committed; and the store invariants it keeps (issue 16).
#include <algorithm>
#include <optional>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <SQLiteCpp/SQLiteCpp.h>

#include "app/ingest.h"
#include "resolve/linker.h"
#include "store/store.h"
#include "test_support.h"
#include "util/hash.h"

namespace claimgraph {

using testing::run_cli;

namespace {

// The minimal case of issue 16: a headline's "lawyer" and "Dana Vale's lawyer".
struct Clinic {
    std::string dir = testing::temp_dir();
    std::string a = dir + "/a.txt", b = dir + "/b.txt", z = testing::data_path("port-strike.txt");
    Clinic() {
        testing::write_file(a, "title: a\n\nDana Vale enters clinic to begin 60-day stay, lawyer says\n");
        testing::write_file(b, "title: b\n\nDana Vale's lawyer says the singer entered the clinic on Thursday.\n");
    }
};

std::vector<std::string> problems(const std::string& db) {
    return store::Store(db, store::OpenMode::read_write).problems();  // writable: the full-text check too
}

std::size_t document_count(const std::string& db) {
    return store::Store(db, store::OpenMode::read_only).documents().size();
}

// A JSON Lines batch of `n` short articles with ids d0, d1, …
std::string numbered_batch(const std::string& dir, int n) {
    std::string lines;
    for (int i = 0; i < n; ++i)
        lines += "{\"id\": \"d" + std::to_string(i) + "\", \"text\": \"Officials said bridge " + std::to_string(i) +
                 " was hit.\"}\n";
    testing::write_file(dir + "/batch.jsonl", lines);
    return dir + "/batch.jsonl";
}

struct Recorder {
    std::vector<std::string> committed, warnings;
    app::IngestEvents events() {
        app::IngestEvents e;
        e.committed = [this](const std::string&, const std::string& path, std::size_t, bool added) {
            committed.push_back((added ? "added " : "unchanged ") + path.substr(path.find('#') + 1));
        };
        e.warning = [this](const std::string& m) { warnings.push_back(m); };
        return e;
    }
};

}  // namespace

TEST(Ingest, TheHeadlineLawyerAndThePossessiveLawyerStoreInEveryOrderAndGrouping) {
    const Clinic c;
    const std::vector<std::vector<std::string>> runs = {{c.z, c.a, c.b}, {c.b, c.a}, {c.a, c.b}, {c.z, c.b, c.a}};
    for (const auto& files : runs) {
        const std::string db = testing::temp_dir() + "/t.db";
        std::vector<std::string> args{"ingest", "-q", "--db", db};
        args.insert(args.end(), files.begin(), files.end());
        const auto r = run_cli(args);
        EXPECT_EQ(r.code, 0) << r.err;
        EXPECT_EQ(r.err, "");
        EXPECT_EQ(document_count(db), files.size());
        EXPECT_EQ(problems(db), std::vector<std::string>{});
    }
    // singly, one ingest per file, in both orders
    for (const auto& files : {std::vector<std::string>{c.a, c.b}, std::vector<std::string>{c.b, c.a}}) {
        const std::string db = testing::temp_dir() + "/t.db";
        for (const std::string& f : files) {
            const auto r = run_cli({"ingest", "-q", "--db", db, f});
            EXPECT_EQ(r.code, 0) << r.err;
        }
        EXPECT_EQ(document_count(db), 2u);
        EXPECT_EQ(problems(db), std::vector<std::string>{});
    }
}

TEST(Ingest, ARoleNounIsNotASurname) {
    // "lawyer" alone in one article is anyone's lawyer: it does not become Dana Vale's
    const Clinic c;
    const std::string db = testing::temp_dir() + "/t.db";
    ASSERT_EQ(run_cli({"ingest", "-q", "--db", db, c.a, c.b}).code, 0);
    const auto sources = store::Store(db, store::OpenMode::read_only).sources();
    std::vector<std::string> names;
    for (const SourceRow& s : sources) names.push_back(s.name);
    EXPECT_NE(std::find(names.begin(), names.end(), "Dana Vale's lawyer"), names.end());
    EXPECT_NE(std::find(names.begin(), names.end(), "lawyer"), names.end());
}

TEST(Ingest, AFailingDocumentCostsOnlyItself) {
    const std::string dir = testing::temp_dir();
    store::Store db(dir + "/g.db", store::OpenMode::read_write);
    app::IngestOptions o;
    o.transaction_documents = 2;
    o.link = [](DocumentDelta& b, const store::Store& s) {
        if (b.document.path.ends_with("#d2")) throw std::runtime_error("a bug in linking");
        resolve::link(b, s);
    };
    Recorder rec;
    const auto summary = app::ingest(db, {numbered_batch(dir, 5)}, o, rec.events());
    EXPECT_EQ(summary.added, 4u);
    EXPECT_EQ(summary.skipped, 1u);
    EXPECT_EQ(rec.committed, (std::vector<std::string>{"added d0", "added d1", "added d3", "added d4"}));
    ASSERT_EQ(rec.warnings.size(), 1u);
    EXPECT_EQ(rec.warnings[0], "'" + dir + "/batch.jsonl#d2': cannot store: a bug in linking; skipped");
    EXPECT_EQ(db.documents().size(), 4u);
    EXPECT_EQ(db.problems(), std::vector<std::string>{});
}

TEST(Ingest, AnEdgeToANodeThatIsNotStoredIsRefusedWithItsDocumentAlone) {
    // the class of the bug: whatever the linker does wrong, a reference to nothing is
    // never stored; the document is rolled back to its savepoint and the batch goes on
    const std::string dir = testing::temp_dir();
    store::Store db(dir + "/g.db", store::OpenMode::read_write);
    app::IngestOptions o;
    o.link = [](DocumentDelta& b, const store::Store& s) {
        resolve::link(b, s);
        if (b.document.path.ends_with("#d1"))
            b.edges.push_back({b.document.id(), "00000000deadbeef", Relation::reports, {}});
    };
    Recorder rec;
    const auto summary = app::ingest(db, {numbered_batch(dir, 3)}, o, rec.events());
    EXPECT_EQ(summary.added, 2u);
    ASSERT_EQ(rec.warnings.size(), 1u);
    EXPECT_EQ(rec.warnings[0], "'" + dir +
                                   "/batch.jsonl#d1': cannot store: internal error: an edge names "
                                   "'00000000deadbeef', which is not stored; skipped");
    EXPECT_EQ(db.documents().size(), 2u);
    EXPECT_EQ(db.problems(), std::vector<std::string>{});
    // the statement d1 would have added is not there either
    EXPECT_EQ(db.claims({"", "\"bridge 1\"", ""}).size(), 0u);
    EXPECT_EQ(db.claims({"", "\"bridge 2\"", ""}).size(), 1u);
}

TEST(Ingest, NothingIsReportedStoredBeforeItsTransactionCommits) {
    const std::string dir = testing::temp_dir();
    const std::string path = dir + "/g.db";
    Recorder rec;
    {
        store::Store db(path, store::OpenMode::read_write);
        app::IngestOptions o;
        o.transaction_documents = 2;
        o.link = [](DocumentDelta& b, const store::Store& s) {
            if (b.document.path.ends_with("#d3")) throw store::DatabaseFailure("the disk is full");
            resolve::link(b, s);
        };
        try {
            app::ingest(db, {numbered_batch(dir, 6)}, o, rec.events());
            ADD_FAILURE() << "a failure of the database stops the run";
        } catch (const Error& e) {
            EXPECT_EQ(std::string(e.what()),
                      "'" + path +
                          "': cannot write the database: the disk is full; the 2 documents committed before are "
                          "kept and the 1 of the transaction that failed are not: run the same ingest again to finish");
        }
    }
    EXPECT_EQ(rec.committed, (std::vector<std::string>{"added d0", "added d1"}));
    EXPECT_EQ(document_count(path), 2u);  // what was reported is what is there
    EXPECT_EQ(problems(path), std::vector<std::string>{});
}

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
    EXPECT_EQ(SQLite::Database(db)
                  .execAndGet("SELECT sql FROM sqlite_master WHERE name = 'edges_reports'")
                  .getString(),
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

namespace {

// Three reports of one claim by the mayor: A ~ B and B ~ C are near copies (content-word
// overlap at least 0.6), A and C are not.
struct Chain {
    std::string dir = testing::temp_dir();
    std::string a = dir + "/a.txt", b = dir + "/b.txt", c = dir + "/c.txt";
    Chain() {
        testing::write_file(a,
                            "outlet: A\ndate: 2026-05-01\n\nMayor Anna Berg said the bridge, the river path and the "
                            "quay would stay closed for weeks.\n");
        testing::write_file(b,
                            "outlet: B\ndate: 2026-05-02\n\nMayor Anna Berg said the bridge, the river path and the "
                            "quay would stay closed for weeks, with traffic on a detour.\n");
        testing::write_file(c,
                            "outlet: C\ndate: 2026-05-03\n\nMayor Anna Berg said the bridge and the river would stay "
                            "closed, with traffic on a detour and buses.\n");
    }
};

}  // namespace

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

namespace {

std::size_t found(const store::Store& db, const std::string& words) {
    ClaimFilter f;
    f.search = words;
    return db.claims(f).size();
}

}  // namespace

TEST(Ingest, ClaimsJoinedInsideOneTransactionAreSearchedOnce) {
    // B joins the claims of A and C, all three in one transaction: the full-text rows of a
    // transaction's documents wait for its COMMIT, and the row of the claim merged away
    // goes before it is written
    const Chain c;
    const std::string path = testing::temp_dir() + "/t.db";
    store::Store db(path, store::OpenMode::read_write);
    Recorder rec;
    const auto summary = app::ingest(db, {c.a, c.c, c.b}, {}, rec.events());
    ASSERT_EQ(summary.added, 3u);
    ASSERT_EQ(db.claims({}).size(), 1u);
    EXPECT_EQ(found(db, "bridge"), 1u);
    EXPECT_EQ(db.problems(), std::vector<std::string>{});  // the full-text index agrees with the statements
}

TEST(Ingest, AClaimMergedAwayByADocumentThatFailsIsStillSearched) {
    // B merges C's claim into A's, then fails: its savepoint is rolled back, C's claim is
    // stored again, and so is the full-text row that was waiting for the COMMIT
    const Chain c;
    const std::string path = testing::temp_dir() + "/t.db";
    store::Store db(path, store::OpenMode::read_write);
    app::IngestOptions o;
    o.link = [](DocumentDelta& b, const store::Store& s) {
        resolve::link(b, s);
        if (b.document.path.ends_with("b.txt")) {
            EXPECT_FALSE(b.statement_merges.empty()) << "the test needs B to join two stored claims";
            b.edges.push_back({b.document.id(), "00000000deadbeef", Relation::reports, {}});
        }
    };
    Recorder rec;
    const auto summary = app::ingest(db, {c.a, c.c, c.b}, o, rec.events());
    EXPECT_EQ(summary.added, 2u);
    ASSERT_EQ(rec.warnings.size(), 1u);
    ASSERT_EQ(db.claims({}).size(), 2u);
    EXPECT_EQ(found(db, "buses"), 1u);
    EXPECT_EQ(found(db, "quay"), 1u);
    EXPECT_EQ(db.problems(), std::vector<std::string>{});  // the full-text index agrees with the statements
}

TEST(Ingest, AMergedClaimsIdStillLeadsToItsClaim) {
    const Chain c;
    const std::string db = testing::temp_dir() + "/t.db";
    // A and C alone are two claims; B shows them one, under the lesser id
    ASSERT_EQ(run_cli({"ingest", "-q", "--db", db, c.a, c.c}).code, 0);
    std::vector<std::string> before;
    for (const auto& line : {run_cli({"claims", "--db", db, "--format", "json"}).out})
        for (std::size_t i = 0; i < line.size();) {
            const std::size_t e = line.find('\n', i);
            before.push_back(nlohmann::json::parse(line.substr(i, e - i))["id"]);
            i = e + 1;
        }
    ASSERT_EQ(before.size(), 2u);
    ASSERT_EQ(run_cli({"ingest", "-q", "--db", db, c.b}).code, 0);
    const auto after = nlohmann::json::parse(run_cli({"claims", "--db", db, "--format", "json"}).out);
    for (const std::string& old : before) {
        const auto trace = run_cli({"trace", "--db", db, old.substr(0, 8), "--format", "json"});
        ASSERT_EQ(trace.code, 0) << trace.err;
        EXPECT_EQ(nlohmann::json::parse(trace.out)["root"], after["id"]);
    }
}

TEST(Ingest, AVerdictFollowsItsClaimIntoTheClaimItIsMergedWith) {
    const Chain c;
    const std::string db = testing::temp_dir() + "/t.db";
    ASSERT_EQ(run_cli({"ingest", "-q", "--db", db, c.a, c.c}).code, 0);
    const auto claims = run_cli({"claims", "--db", db, "--format", "csv"}).out;
    std::vector<std::string> ids;
    for (std::size_t at = claims.find('\n') + 1; at < claims.size(); at = claims.find('\n', at) + 1)
        ids.push_back(claims.substr(at, 16));
    ASSERT_EQ(ids.size(), 2u);
    for (const std::string& id : ids)  // whichever is merged away, it had a verdict
        ASSERT_EQ(run_cli({"verdict", "--db", db, id, "--rating", "misleading", "--date", "2026-05-04"}).code, 0);
    ASSERT_EQ(run_cli({"ingest", "-q", "--db", db, c.b}).code, 0);
    const auto merged = nlohmann::json::parse(run_cli({"claims", "--db", db, "--format", "json"}).out);
    const auto verdicts = nlohmann::json::parse(run_cli({"verdict", "list", "--db", db, "--format", "json"}).out);
    EXPECT_EQ(verdicts["claim"], merged["id"]);
    EXPECT_EQ(verdicts["rating"], "misleading");
}

TEST(Ingest, AClaimAPersonSeparatedIsNotMergedAgain) {
    const Chain c;
    const std::string db = testing::temp_dir() + "/t.db";
    ASSERT_EQ(run_cli({"ingest", "-q", "--db", db, c.a, c.b}).code, 0);
    const auto one = nlohmann::json::parse(run_cli({"claims", "--db", db, "--format", "json"}).out);
    ASSERT_EQ(one["documents"].size(), 2u);
    const std::string claim = one["id"], doc = one["documents"][1]["id"];
    const auto reject = run_cli({"claims", "reject", "--db", db, claim, doc});
    ASSERT_EQ(reject.code, 0) << reject.err;
    // B's words from another outlet match both claims (A's near, B's exactly): they join
    // B's and do not undo the person's decision
    testing::write_file(c.dir + "/d.txt",
                        "outlet: D\ndate: 2026-05-02\n\nMayor Anna Berg said the bridge, the river "
                        "path and the quay would stay closed for weeks, with traffic on a detour.\n");
    ASSERT_EQ(run_cli({"ingest", "-q", "--db", db, c.dir + "/d.txt"}).code, 0);
    const auto claims = run_cli({"claims", "--db", db, "--format", "json"}).out;
    EXPECT_EQ(std::count(claims.begin(), claims.end(), '\n'), 2) << claims;
    const std::string fresh = reject.out.substr(reject.out.rfind(' ') + 1, 10);
    EXPECT_NE(claims.find("\"id\":\"" + fresh), std::string::npos) << reject.out << claims;
    EXPECT_EQ(problems(db), std::vector<std::string>{});
}

TEST(Ingest, WordsSaidAgainInADocumentThatJoinsThemToAnotherClaimAreFiledUnderIt) {
    // found by fuzz_ingest: b repeats a's claim (same id) and quotes it (a near copy with a
    // lesser id); the claim moves to the lesser id and b's repeat must go with it (a
    // named speaker: "her lawyer" would be each article's own)
    const std::string dir = testing::temp_dir();
    testing::write_file(dir + "/a.txt",
                        "title: c\noutlet: Daily A\ndate: 2026-03-14\n\nthe strike killed 14 people "
                        "in Sosnovka, lawyer Ada Vance says\n");
    testing::write_file(dir + "/b.txt",
                        "title: c\noutlet: Daily B\ndate: 2026-03-15\n\nthe strike killed 14 people "
                        "in Sosnovka, lawyer Ada Vance says\n\n\u201Cthe strike killed 14 people in Sosnovka,"
                        "\u201D lawyer Ada Vance said.\n");
    const std::string db = dir + "/t.db";
    ASSERT_EQ(run_cli({"ingest", "-q", "--db", db, dir + "/a.txt", dir + "/b.txt"}).code, 0);
    EXPECT_EQ(problems(db), std::vector<std::string>{});
    EXPECT_EQ(store::Store(db, store::OpenMode::read_only).claims({}).size(), 1u);
}

// "Senator Albright" alone, then "Senator Jeff Albright" in a later article: the two are
// merged, and the first one's claim is found under the senator when a third article says
// it again (its mention stayed filed under the merged source, so it was a claim apart)
TEST(Ingest, AClaimOfAMergedSourceIsFoundUnderTheSourceItJoined) {
    const std::string dir = testing::temp_dir();
    testing::write_file(dir + "/a.txt",
                        "outlet: Harbour Gazette\ndate: 2026-03-12\n\nSenator Albright said that the rally in the "
                        "harbour district would go ahead on Sunday.\n");
    testing::write_file(dir + "/b.txt",
                        "outlet: Coast Daily\ndate: 2026-03-13\n\nSenator Jeff Albright said that the debate had "
                        "been a success for the campaign.\n");
    testing::write_file(dir + "/c.txt",
                        "outlet: Metro Ledger\ndate: 2026-03-14\n\nSenator Jeff Albright said that the rally in the "
                        "harbour district would go ahead on Sunday, with police on every corner.\n");
    const std::string db = dir + "/t.db";
    for (const char* name : {"a.txt", "b.txt", "c.txt"})
        ASSERT_EQ(run_cli({"ingest", "-q", "--db", db, dir + "/" + name}).code, 0);
    const auto claims = store::Store(db, store::OpenMode::read_only).claims({});
    ASSERT_EQ(claims.size(), 2u);
    std::size_t rally_documents = 0;
    for (const ClaimRow& c : claims) {
        EXPECT_EQ(c.source_name, "Jeff Albright");
        if (c.text.find("rally") != std::string::npos) rally_documents = c.documents.size();
    }
    EXPECT_EQ(rally_documents, 2u);
    EXPECT_EQ(problems(db), std::vector<std::string>{});
}

}  // namespace claimgraph
