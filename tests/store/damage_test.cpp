// A database damaged by hand or by a failing disk is refused before anything runs on it;
// `doctor` says what is wrong and repairs what it can (issue 17).
#include <cctype>
#include <filesystem>
#include <fstream>
#include <thread>

#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>

#include "test_support.h"

namespace claimgraph {

using testing::run_cli;

namespace {

std::string ingested(const std::string& name) {
    const std::string db = testing::temp_dir() + "/" + name;
    EXPECT_EQ(run_cli({"ingest", "-q", "--db", db, testing::data_path("port-strike.txt")}).code, 0);
    return db;
}

void sql(const std::string& db, const std::string& statement) {
    SQLite::Database raw(db, SQLite::OPEN_READWRITE);
    raw.exec(statement);
}

}  // namespace

TEST(Damage, ADroppedFullTextTableIsRefusedAndRepaired) {
    const std::string db = ingested("fts.db");
    sql(db, "DROP TABLE statements_fts");
    for (const char* command : {"ingest", "claims"}) {
        std::vector<std::string> args{command, "--db", db};
        if (std::string(command) == "ingest") args.push_back(testing::data_path("port-strike.txt"));
        const auto r = run_cli(args);
        EXPECT_EQ(r.code, 1) << command;
        EXPECT_EQ(r.err, "claimgraph: error: '" + db +
                             "': database schema is damaged: table 'statements_fts' is missing; "
                             "run 'claimgraph doctor'\n")
            << command;
    }
    const auto doctor = run_cli({"doctor", "--db", db});
    EXPECT_EQ(doctor.code, 1);
    EXPECT_EQ(doctor.out, "schema: table 'statements_fts' is missing\n'" + db +
                              "': 1 problem (run 'claimgraph doctor --repair' to mend what can be)\n");
    const auto repair = run_cli({"doctor", "--db", db, "--repair"});
    EXPECT_EQ(repair.code, 0) << repair.out;
    EXPECT_NE(repair.out.find("repaired: rebuilt the full-text index from the statements"), std::string::npos)
        << repair.out;
    const auto search = run_cli({"claims", "--db", db, "--search", "rubble"});
    EXPECT_EQ(search.code, 0) << search.err;
    EXPECT_NE(search.out.find("1 statement"), std::string::npos) << search.out;
}

TEST(Damage, AFullTextIndexThatDisagreesWithTheStatementsIsFoundAndRebuilt) {
    const std::string db = ingested("stray.db");
    // a row for words no statement has
    sql(db, "INSERT INTO statements_fts (rowid, text) VALUES (999999, 'ghost words of no claim')");
    const auto doctor = run_cli({"doctor", "--db", db});
    EXPECT_EQ(doctor.code, 1);
    EXPECT_NE(doctor.out.find("data: full text: the index disagrees with the statements"), std::string::npos)
        << doctor.out;
    const auto repair = run_cli({"doctor", "--db", db, "--repair"});
    EXPECT_EQ(repair.code, 0) << repair.out;
    EXPECT_NE(repair.out.find("repaired: rebuilt the full-text index from the statements"), std::string::npos)
        << repair.out;
    EXPECT_EQ(run_cli({"doctor", "--db", db}).code, 0);
}

TEST(Damage, APresumptionNamingNoStoredSourceIsFoundAndComputedAnew) {
    const std::string db = ingested("presumed.db");
    sql(db, "INSERT INTO presumed_sources (source_id, person_id, basis) VALUES ('0123', '4567', 'by hand')");
    const auto doctor = run_cli({"doctor", "--db", db});
    EXPECT_EQ(doctor.code, 1);
    EXPECT_NE(doctor.out.find("presumption: 0123 presumed 4567, a source that is not stored"), std::string::npos)
        << doctor.out;
    const auto repair = run_cli({"doctor", "--db", db, "--repair"});
    EXPECT_EQ(repair.code, 0) << repair.out;
    EXPECT_NE(repair.out.find("repaired: computed anew who sources named alone presumably are"), std::string::npos)
        << repair.out;
    EXPECT_EQ(run_cli({"doctor", "--db", db}).code, 0);
}

TEST(Damage, ASourceWithoutANameIsFoundAndNamedByItsFirstMention) {
    // earlier versions stored the speaker of "…, and both said …" with no name; such a
    // source could not be exported and imported again (`check` refuses a nameless source)
    const std::string db = ingested("unnamed.db");
    SQLite::Database raw(db, SQLite::OPEN_READWRITE);
    const std::string id =
        raw.execAndGet(
               "SELECT to_id FROM edges WHERE relation = 'attributes' AND evidence <> '' ORDER BY document_id, start "
               "LIMIT 1")
            .getString();
    const std::string first = raw.execAndGet("SELECT evidence FROM edges WHERE relation = 'attributes' AND to_id = '" +
                                             id + "' AND trim(evidence) <> '' ORDER BY document_id, start LIMIT 1")
                                  .getString();
    ASSERT_FALSE(first.empty());
    std::string want = first;  // its first letter in capitals, as extraction names "both" "Both"
    want[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(want[0])));
    raw.exec("UPDATE sources SET name = '' WHERE id = '" + id + "'");
    const auto doctor = run_cli({"doctor", "--db", db});
    EXPECT_EQ(doctor.code, 1);
    EXPECT_NE(doctor.out.find("data: source: " + id + " has no name\n"), std::string::npos) << doctor.out;
    const auto repair = run_cli({"doctor", "--db", db, "--repair"});
    EXPECT_EQ(repair.code, 0) << repair.out;
    EXPECT_NE(repair.out.find("repaired: named source " + id + " '" + want + "' by its first mention"),
              std::string::npos)
        << repair.out;
    EXPECT_EQ(raw.execAndGet("SELECT name FROM sources WHERE id = '" + id + "'").getString(), want);
    EXPECT_EQ(run_cli({"doctor", "--db", db}).code, 0);
}

TEST(Damage, ADroppedColumnIsRefusedAndCannotBeRepairedHere) {
    const std::string db = ingested("column.db");
    sql(db, "ALTER TABLE statements DROP COLUMN pinned");
    const auto r = run_cli({"claims", "--db", db});
    EXPECT_EQ(r.err, "claimgraph: error: '" + db +
                         "': database schema is damaged: table 'statements' has no column "
                         "'pinned'; run 'claimgraph doctor'\n");
    const auto repair = run_cli({"doctor", "--db", db, "--repair"});
    EXPECT_EQ(repair.code, 1);
    EXPECT_NE(repair.out.find("still: schema: table 'statements' has no column 'pinned'"), std::string::npos)
        << repair.out;
}

TEST(Damage, APlantedTriggerIsRefusedAndNeverRuns) {
    const std::string db = ingested("trigger.db");
    const std::string before = run_cli({"claims", "--db", db}).out;
    sql(db, "CREATE TRIGGER wipe AFTER INSERT ON documents BEGIN DELETE FROM statements; END");
    const std::string other = testing::temp_dir() + "/other.txt";
    testing::write_file(other, "Mayor Anna Berg said the bridge would reopen.\n");
    const auto r = run_cli({"ingest", "--db", db, other});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err, "claimgraph: error: '" + db +
                         "': database schema is damaged: trigger 'wipe' on 'documents' was "
                         "not created by claimgraph; run 'claimgraph doctor'\n");
    const auto repair = run_cli({"doctor", "--db", db, "--repair"});
    EXPECT_EQ(repair.code, 0) << repair.out;
    EXPECT_NE(repair.out.find("repaired: dropped trigger 'wipe'"), std::string::npos);
    ASSERT_EQ(run_cli({"ingest", "-q", "--db", db, other}).code, 0);
    // none deleted: the count of statements went up by the new one
    const auto statements = [](const std::string& listing) {
        const std::size_t at = listing.find(" statements");
        std::size_t from = at;
        while (from > 0 && std::isdigit(static_cast<unsigned char>(listing[from - 1]))) --from;
        return at == std::string::npos || from == at ? -1 : std::stoi(listing.substr(from, at - from));
    };
    ASSERT_GT(statements(before), 0) << before;
    EXPECT_EQ(statements(run_cli({"claims", "--db", db}).out), statements(before) + 1);
}

TEST(Damage, ADroppedIndexIsRecreated) {
    const std::string db = ingested("index.db");
    sql(db, "DROP INDEX edges_document");
    EXPECT_EQ(run_cli({"claims", "--db", db}).code, 1);
    const auto repair = run_cli({"doctor", "--db", db, "--repair"});
    EXPECT_EQ(repair.code, 0) << repair.out;
    EXPECT_NE(repair.out.find("repaired: recreated index 'edges_document'"), std::string::npos) << repair.out;
    EXPECT_EQ(run_cli({"claims", "--db", db}).code, 0);
}

// The index of reports edges is partial (schema 12): one made again over every edge, under
// its name, is not the schema's, and is made partial again.
TEST(Damage, APartialIndexMadeWholeIsRecreatedPartial) {
    const std::string db = ingested("partial.db");
    sql(db, "DROP INDEX edges_reports");
    sql(db, "CREATE INDEX edges_reports ON edges(to_id, from_id)");
    const auto refused = run_cli({"claims", "--db", db});
    EXPECT_EQ(refused.code, 1);
    EXPECT_NE(refused.err.find("edges_reports"), std::string::npos) << refused.err;
    const auto repair = run_cli({"doctor", "--db", db, "--repair"});
    EXPECT_EQ(repair.code, 0) << repair.out;
    EXPECT_NE(repair.out.find("repaired: recreated index 'edges_reports'"), std::string::npos) << repair.out;
    EXPECT_EQ(SQLite::Database(db).execAndGet("SELECT sql FROM sqlite_master WHERE name = 'edges_reports'").getString(),
              "CREATE INDEX edges_reports ON edges(to_id, from_id) WHERE relation = 'reports'");
    EXPECT_EQ(run_cli({"claims", "--db", db}).code, 0);
}

TEST(Damage, ACorruptFileIsNotWrittenTo) {
    const std::string db = ingested("corrupt.db");
    // the last page of the file (table or index content) overwritten with garbage
    const auto size = std::filesystem::file_size(db);
    {
        std::fstream f(db, std::ios::in | std::ios::out | std::ios::binary);
        f.seekp(static_cast<std::streamoff>(size - 4096));
        const std::string garbage(4096, '\x5a');
        f.write(garbage.data(), static_cast<std::streamsize>(garbage.size()));
    }
    const auto r = run_cli({"ingest", "--db", db, testing::data_path("port-strike.txt")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.starts_with("claimgraph: error: '" + db + "': ")) << r.err;
    EXPECT_TRUE(r.err.find("quick_check") != std::string::npos || r.err.find("malformed") != std::string::npos)
        << r.err;
    EXPECT_EQ(r.err.find("internal error"), std::string::npos) << r.err;
}

TEST(Damage, TwoIngestsIntoANewDatabaseAtOnceBothSucceed) {
    const std::string db = testing::temp_dir() + "/new.db";
    const std::string a = testing::temp_dir() + "/a.txt", b = testing::temp_dir() + "/b.txt";
    testing::write_file(a, "Mayor Anna Berg said the bridge would reopen.\n");
    testing::write_file(b, "Officials said the port was closed.\n");
    testing::CliResult ra, rb;
    std::thread one([&] { ra = run_cli({"ingest", "-q", "--db", db, a}); });
    std::thread two([&] { rb = run_cli({"ingest", "-q", "--db", db, b}); });
    one.join();
    two.join();
    EXPECT_EQ(ra.code, 0) << ra.err;
    EXPECT_EQ(rb.code, 0) << rb.err;
    EXPECT_NE(run_cli({"documents", "--db", db}).out.find("2 documents"), std::string::npos);
}

}  // namespace claimgraph
