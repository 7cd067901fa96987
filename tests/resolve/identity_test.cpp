// How each mention was identified with its source (resolve/identity.h), recorded on its
// edge and shown by `sources show`, on short articles written here.
#include <filesystem>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "resolve/identity.h"
#include "test_support.h"

namespace claimgraph {

using testing::run_cli;

namespace {

struct Ingested {
    std::string db;
    std::map<std::string, std::string> ids;  ///< source name → id
};

// Ingests each group of articles (name → text) in turn into one fresh database.
Ingested ingest(const std::vector<std::map<std::string, std::string>>& groups) {
    const std::string dir = testing::temp_dir() + "/identity";
    std::filesystem::remove_all(dir);
    Ingested out{dir + "/g.db", {}};
    for (std::size_t g = 0; g < groups.size(); ++g) {
        const std::string sub = dir + "/" + std::to_string(g);
        std::filesystem::create_directories(sub);
        for (const auto& [name, text] : groups[g]) testing::write_file(sub + "/" + name, text);
        const auto r = run_cli({"ingest", "-q", "--db", out.db, sub});
        EXPECT_EQ(r.code, 0) << r.err;
    }
    const std::string list = run_cli({"sources", "--db", out.db, "--format", "json"}).out;
    for (std::size_t i = 0; i < list.size();) {
        const std::size_t e = list.find('\n', i);
        const auto j = nlohmann::json::parse(list.substr(i, e - i));
        out.ids[j["name"].get<std::string>()] = j["id"].get<std::string>();
        i = e + 1;
    }
    return out;
}

// The identity records of a source's mentions, by the words written ("" for the name as
// written), each record its steps joined as stored.
std::multimap<std::string, std::string> identities(const Ingested& in, const std::string& name) {
    std::multimap<std::string, std::string> out;
    if (!in.ids.count(name)) {
        ADD_FAILURE() << "no source " << name;
        return out;
    }
    const auto r = run_cli({"sources", "show", "--db", in.db, "--format", "json", in.ids.at(name)});
    EXPECT_EQ(r.code, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["name"], name);
    for (const auto& m : j["mentions"]) {
        std::string record;
        for (const auto& st : m["identity"])
            record = resolve::identity::append(
                record, st["evidence"].is_null()
                            ? st["basis"].get<std::string>()
                            : st["basis"].get<std::string>() + ": " + st["evidence"].get<std::string>());
        out.emplace(m["words"].get<std::string>(), record);
    }
    return out;
}

bool has(const std::multimap<std::string, std::string>& m, const std::string& words, const std::string& record) {
    for (auto [it, end] = m.equal_range(words); it != end; ++it)
        if (it->second == record) return true;
    return false;
}

}  // namespace

TEST(Identity, StepsReadBackAsWritten) {
    namespace id = resolve::identity;
    const std::string record = id::append(id::step(id::kCoreference, "Dan Orel"), id::step(id::kOwn));
    EXPECT_EQ(record, "coreference: Dan Orel; this article's own");
    const auto steps = id::steps(record);
    ASSERT_EQ(steps.size(), 2u);
    EXPECT_EQ(steps[0].basis, "coreference");
    EXPECT_EQ(steps[0].evidence, "Dan Orel");
    EXPECT_EQ(steps[1].basis, "this article's own");
    EXPECT_EQ(steps[1].evidence, "");
    EXPECT_TRUE(id::steps("").empty());
    EXPECT_EQ(id::append("", "x"), "x");
    EXPECT_EQ(id::append("x", ""), "x");
}

TEST(Identity, EachMentionSaysHowItWasIdentified) {
    const auto in = ingest({{{"a.txt",
                              "Mark Jay Heller said the actress had entered a clinic.\n\n"
                              "Heller said the clinic was licensed.\n\n"
                              "\"She is doing well,\" her spokesman Dan Orel said.\n\n"
                              "The singer was resting, her spokesman said.\n\n"
                              "Officials said the clinic had room for her.\n"},
                             {"b.txt", "Mark Heller said the judge had approved the clinic.\n"}}});
    const auto heller = identities(in, "Mark Jay Heller");
    EXPECT_TRUE(has(heller, "Mark Jay Heller", "name: mark heller"));
    EXPECT_TRUE(has(heller, "Heller", "surname of: Mark Jay Heller"));
    EXPECT_TRUE(has(heller, "Mark Heller", ""));  // the name as written, in the other article
    const auto orel = identities(in, "Dan Orel");
    EXPECT_TRUE(has(orel, "her spokesman", "role held by: Dan Orel"));
    const auto officials = identities(in, "Officials");
    EXPECT_TRUE(has(officials, "Officials", "this article's own"));
}

TEST(Identity, APronounAndAnAcronymSayWhatTheyWereReadAs) {
    const auto in = ingest({{{"a.txt",
                              "Dunmore-Kessler said the merger would close in May.\n\n"
                              "DK said no jobs would be lost.\n\n"
                              "Ada Vance said the board had agreed. She said the vote was unanimous.\n"}}});
    const auto body = identities(in, "Dunmore-Kessler");
    EXPECT_TRUE(has(body, "DK", "initials of: Dunmore-Kessler"));
    const auto vance = identities(in, "Ada Vance");
    EXPECT_TRUE(has(vance, "She", "coreference: Ada Vance"));
}

TEST(Identity, AMergeAndAPersonsCorrectionsAreRecorded) {
    // "Governor Gladkov" stored alone, then a person of that title and surname comes
    const auto in =
        ingest({{{"a.txt", "date: 2026-03-01\n\nGovernor Gladkov said two drones were shot down.\n"}},
                {{"b.txt", "date: 2026-03-02\n\nGovernor Vyacheslav Gladkov said the roads were open again.\n"}}});
    const auto g = identities(in, "Vyacheslav Gladkov");
    EXPECT_TRUE(has(g, "Governor Gladkov",
                    "title and surname: Governor Gladkov; merged: titled:governor gladkov is Vyacheslav Gladkov"));
    // split by a person, then merged back by a person
    const std::string id = in.ids.at("Vyacheslav Gladkov");
    const auto split = run_cli({"sources", "split", "--db", in.db, id, "Governor Gladkov"});
    ASSERT_EQ(split.code, 0) << split.err;
    const auto after = run_cli({"sources", "--db", in.db, "--format", "json"}).out;
    std::string alone;
    for (std::size_t i = 0; i < after.size();) {
        const std::size_t e = after.find('\n', i);
        const auto j = nlohmann::json::parse(after.substr(i, e - i));
        if (j["name"] == "Governor Gladkov") alone = j["id"];
        i = e + 1;
    }
    ASSERT_FALSE(alone.empty()) << after;
    const auto shown = run_cli({"sources", "show", "--db", in.db, alone});
    EXPECT_NE(shown.out.find("split by a person"), std::string::npos) << shown.out;
    ASSERT_EQ(run_cli({"sources", "merge", "--db", in.db, id, alone}).code, 0);
    const auto back = run_cli({"sources", "show", "--db", in.db, id});
    EXPECT_NE(back.out.find("split by a person; merged by a person"), std::string::npos) << back.out;
    EXPECT_NE(back.out.find("name as written"), std::string::npos) << back.out;
    EXPECT_NE(back.out.find("2 mentions"), std::string::npos) << back.out;
}

TEST(Identity, ShowRefusesWhatIsNoSource) {
    const auto in = ingest({{{"a.txt", "Ada Vance said the board had agreed.\n"}}});
    const auto r = run_cli({"sources", "show", "--db", in.db, "ffffffffff"});
    EXPECT_NE(r.code, 0);
    EXPECT_NE(r.err.find("claimgraph: error:"), std::string::npos) << r.err;
}

}  // namespace claimgraph
