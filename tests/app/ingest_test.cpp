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
#include "app/ingest_support.h"
#include "test_support.h"
#include "util/hash.h"

namespace claimgraph {

using testing::Chain;
using testing::document_count;
using testing::problems;
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
