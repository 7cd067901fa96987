// A surname alone across articles (resolve/presumed.h) through ingest and the listings: the
// claims of "Vilkas said" are listed as the one Vilkas the archive names in full, saying so;
// a second Vilkas of the same days undoes it; the order of ingest changes nothing.
#include <map>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <SQLiteCpp/SQLiteCpp.h>

#include "test_support.h"

namespace claimgraph {

using testing::run_cli;

namespace {

struct Coverage {
    std::string dir = testing::temp_dir();
    std::string full = dir + "/full.txt", lone = dir + "/lone.txt", other = dir + "/other.txt",
                later = dir + "/later.txt";
    Coverage() {
        testing::write_file(full,
                            "title: Harbour bridge closed\noutlet: Coast Daily\ndate: 2026-03-02\n\n"
                            "Mayor Marta Vilkas said the harbour bridge would stay closed until Friday.\n");
        testing::write_file(lone,
                            "title: Bridge repairs\noutlet: Bay Courier\ndate: 2026-03-04\n\n"
                            "Vilkas said the repairs would cost four million euros.\n");
        testing::write_file(other,
                            "title: Ferry strike\noutlet: Bay Courier\ndate: 2026-03-05\n\n"
                            "Union leader Jonas Vilkas said the ferry crews would strike on Monday.\n");
        testing::write_file(later,
                            "title: Ferry strike ends\noutlet: Bay Courier\ndate: 2026-06-20\n\n"
                            "Union leader Jonas Vilkas said the ferry crews would return to work.\n");
    }
};

// claim text → its source as `claims --format json` lists it
std::map<std::string, nlohmann::json> sources_of_claims(const std::string& db) {
    const auto r = run_cli({"claims", "--db", db, "--format", "json"});
    EXPECT_EQ(r.code, 0) << r.err;
    std::map<std::string, nlohmann::json> out;
    std::istringstream lines(r.out);
    for (std::string line; std::getline(lines, line);) {
        const auto c = nlohmann::json::parse(line);
        out[c["text"].get<std::string>()] = c["source"];
    }
    return out;
}

const std::string kRepairs = "the repairs would cost four million euros";

}  // namespace

TEST(PresumedIngest, ASurnameAloneIsListedAsTheOnePersonOfThoseDays) {
    Coverage c;
    for (const auto& order : {std::vector<std::string>{c.full, c.lone}, std::vector<std::string>{c.lone, c.full}}) {
        const std::string db = c.dir + "/a" + std::to_string(order[0] == c.full) + ".db";
        for (const std::string& f : order) ASSERT_EQ(run_cli({"ingest", "-q", "--db", db, f}).code, 0);
        const auto sources = sources_of_claims(db);
        ASSERT_TRUE(sources.count(kRepairs));
        const nlohmann::json& s = sources.at(kRepairs);
        EXPECT_EQ(s["name"], "Marta Vilkas");
        ASSERT_TRUE(s.contains("presumed"));
        EXPECT_EQ(s["presumed"]["from"]["name"], "Vilkas");
        EXPECT_EQ(s["presumed"]["basis"], "surname alone: the one person the archive names so");
        // the source as written is stored as it was: nothing merged
        EXPECT_EQ(SQLite::Database(db).execAndGet("SELECT count(*) FROM sources WHERE name = 'Vilkas'").getInt(), 1);
        // `sources` says whom "Vilkas" presumably is
        const auto listing = run_cli({"sources", "--db", db, "--format", "json"});
        bool said = false;
        std::istringstream lines(listing.out);
        for (std::string line; std::getline(lines, line);)
            if (const auto j = nlohmann::json::parse(line); j["name"] == "Vilkas") {
                EXPECT_EQ(j["presumed"]["name"], "Marta Vilkas");
                EXPECT_EQ(j["presumed"]["id"], s["id"]);
                said = true;
            }
        EXPECT_TRUE(said) << listing.out;
        EXPECT_NE(run_cli({"sources", "--db", db}).out.find("presumably"), std::string::npos);
        // a trace names the source as written, and whom it presumably is
        const auto trace = run_cli({"trace", s["presumed"]["from"]["id"].get<std::string>(), "--db", db});
        EXPECT_NE(trace.out.find("Vilkas (person), presumably Marta Vilkas"), std::string::npos) << trace.out;
        // the report names her, saying it presumes so
        const std::string out = c.dir + "/report" + std::to_string(order[0] == c.full);
        ASSERT_EQ(run_cli({"report", "--db", db, "-o", out}).code, 0);
        EXPECT_NE(testing::read_file(out + "/index.html").find("Marta Vilkas (presumably: written \u201CVilkas\u201D)"),
                  std::string::npos);
        // a listing of the mayor's claims takes in those presumed hers
        const auto mine = run_cli({"claims", "--db", db, "--source", "Marta Vilkas", "--format", "json"});
        EXPECT_NE(mine.out.find(kRepairs), std::string::npos);
    }
}

TEST(PresumedIngest, ASecondNamesakeOfThoseDaysUndoesIt) {
    Coverage c;
    const std::string db = c.dir + "/b.db";
    ASSERT_EQ(run_cli({"ingest", "-q", "--db", db, c.full, c.lone}).code, 0);
    EXPECT_EQ(sources_of_claims(db).at(kRepairs)["name"], "Marta Vilkas");
    // Jonas Vilkas three months later is of another story: still the mayor
    ASSERT_EQ(run_cli({"ingest", "-q", "--db", db, c.later}).code, 0);
    EXPECT_EQ(sources_of_claims(db).at(kRepairs)["name"], "Marta Vilkas");
    // named the next day, he could be the one: no one is presumed
    ASSERT_EQ(run_cli({"ingest", "-q", "--db", db, c.other}).code, 0);
    const nlohmann::json s = sources_of_claims(db).at(kRepairs);
    EXPECT_EQ(s["name"], "Vilkas");
    EXPECT_FALSE(s.contains("presumed"));
    // the same archive ingested in one batch in another order says the same
    const std::string again = c.dir + "/c.db";
    ASSERT_EQ(run_cli({"ingest", "-q", "--db", again, c.other, c.later, c.lone, c.full}).code, 0);
    EXPECT_EQ(sources_of_claims(again).at(kRepairs), s);
}

TEST(PresumedIngest, APersonsCorrectionWins) {
    // the desk knows the repairs were the union leader's words: merged by hand, they are
    // his, and nothing is presumed of them any more
    Coverage c;
    const std::string db = c.dir + "/d.db";
    ASSERT_EQ(run_cli({"ingest", "-q", "--db", db, c.full, c.lone, c.later}).code, 0);
    const nlohmann::json before = sources_of_claims(db).at(kRepairs);
    ASSERT_EQ(before["name"], "Marta Vilkas");
    const std::string lone = before["presumed"]["from"]["id"];
    const std::string union_leader =
        SQLite::Database(db).execAndGet("SELECT id FROM sources WHERE name = 'Jonas Vilkas'").getString();
    ASSERT_EQ(run_cli({"sources", "merge", union_leader, lone, "--db", db}).code, 0);
    const nlohmann::json after = sources_of_claims(db).at(kRepairs);
    EXPECT_EQ(after["name"], "Jonas Vilkas");
    EXPECT_FALSE(after.contains("presumed"));
    EXPECT_EQ(SQLite::Database(db).execAndGet("SELECT count(*) FROM presumed_sources").getInt(), 0);
}

// "The Herald reported" is the one Herald the archive names in full, unless its own article
// writes another Herald in full (then it is that one's, which is not stored as a source)
TEST(PresumedIngest, AnOutletsShortNameIsTheOneOutletNamedSoUnlessItsArticleNamesAnother) {
    const std::string dir = testing::temp_dir();
    const std::string full = dir + "/full.txt", lone = dir + "/lone.txt", other = dir + "/other.txt";
    testing::write_file(full,
                        "title: Ferry to stop\noutlet: Bay Courier\ndate: 2026-03-02\n\n"
                        "The Harbour Herald reported that the ferry would stop on Monday.\n");
    testing::write_file(lone,
                        "title: Fares\noutlet: Coast Daily\ndate: 2026-03-03\n\n"
                        "The Herald reported that fares would rise by ten percent.\n");
    testing::write_file(other,
                        "title: Dock\noutlet: Coast Daily\ndate: 2026-03-03\n\n"
                        "The Coastal Herald editorial board met on Sunday. The Herald reported that the dock "
                        "would close.\n");
    const std::string presumed_db = dir + "/p.db", apart_db = dir + "/a.db";
    ASSERT_EQ(run_cli({"ingest", "-q", "--db", presumed_db, full, lone}).code, 0);
    ASSERT_EQ(run_cli({"ingest", "-q", "--db", apart_db, full, other}).code, 0);
    const auto fares = sources_of_claims(presumed_db);
    ASSERT_TRUE(fares.count("that fares would rise by ten percent"));
    const nlohmann::json& s = fares.at("that fares would rise by ten percent");
    EXPECT_EQ(s["name"], "Harbour Herald");
    ASSERT_TRUE(s.contains("presumed"));
    EXPECT_EQ(s["presumed"]["from"]["name"], "Herald");
    const auto dock = sources_of_claims(apart_db);
    ASSERT_TRUE(dock.count("that the dock would close"));
    EXPECT_EQ(dock.at("that the dock would close")["name"], "Herald");
    EXPECT_FALSE(dock.at("that the dock would close").contains("presumed"));
}

}  // namespace claimgraph
