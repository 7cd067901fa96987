// Who a surname, a title or a short name alone presumably is (resolve/presumed.h), on
// sources written here.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "resolve/presumed.h"

namespace claimgraph {

namespace {

resolve::StoredSource source(const std::string& id, const std::string& name, SourceType type,
                             const std::string& role = "", std::vector<std::string> aliases = {}) {
    resolve::StoredSource s;
    s.record.id = id;
    s.record.name = name;
    s.record.type = type;
    s.record.role = role;
    s.record.aliases = std::move(aliases);
    if (s.record.aliases.empty()) s.record.aliases.push_back(name);
    return s;
}

resolve::StoredSource person(const std::string& id, const std::string& name, const std::string& role = "",
                             std::vector<std::string> aliases = {}) {
    return source(id, name, SourceType::person, role, std::move(aliases));
}

// every source named on one day
std::vector<long> same_day(const std::string&) { return {20000}; }

// source id → presumed id, "" when none
std::string presumed(const std::vector<resolve::StoredSource>& sources, const std::string& id,
                     const resolve::DaysOf& days = same_day) {
    for (const resolve::Presumption& p : resolve::presume(sources, days))
        if (p.source_id == id) return p.person_id;
    return "";
}

}  // namespace

TEST(Presumed, ASurnameAloneIsTheOnePersonNamedSoInFull) {
    const std::vector<resolve::StoredSource> sources{person("a1", "Marta Vilkas", "President"), person("a2", "Vilkas"),
                                                     person("a3", "Tomas Brel")};
    EXPECT_EQ(presumed(sources, "a2"), "a1");
    const auto all = resolve::presume(sources, same_day);
    ASSERT_EQ(all.size(), 1u);
    EXPECT_EQ(all.front().basis, resolve::kPresumedSurname);
}

TEST(Presumed, OnlyThoseNamedWithinDaysOfItCount) {
    const std::vector<resolve::StoredSource> sources{person("a1", "Marta Vilkas", "President"), person("a2", "Vilkas"),
                                                     person("a3", "Jonas Vilkas", "Mayor")};
    // the mayor is named a month later: the president is the one Vilkas of those days
    const auto days = [](const std::string& id) -> std::vector<long> {
        if (id == "a3") return {20030};
        return {20000, 20002};
    };
    EXPECT_EQ(presumed(sources, "a2", days), "a1");
    // a day beyond the window: no one
    EXPECT_EQ(presumed(sources, "a2",
                       [](const std::string& id) -> std::vector<long> {
                           return id == "a2" ? std::vector<long>{20000 + resolve::kPresumedDays + 1}
                                             : std::vector<long>{20000};
                       }),
              "");
    // named in undated documents only: of no known time, not kept apart by it
    EXPECT_EQ(
        presumed({person("a1", "Marta Vilkas", "President"), person("a2", "Vilkas")}, "a2",
                 [](const std::string& id) { return id == "a2" ? std::vector<long>{} : std::vector<long>{20000}; }),
        "a1");
    // both within the days: two of that surname, no one
    EXPECT_EQ(presumed(sources, "a2"), "");
}

TEST(Presumed, ASurnameTitledOtherwiseIsNotThePerson) {
    // "Chief Justice Vilkas" is not Mayor Marta Vilkas
    EXPECT_EQ(presumed({person("a1", "Marta Vilkas", "Mayor"), person("a2", "Vilkas", "Chief Justice")}, "a2"), "");
    EXPECT_EQ(presumed({person("a1", "Marta Vilkas", "Mayor"), person("a2", "Vilkas", "Mayor")}, "a2"), "a1");
}

TEST(Presumed, ANameWithoutRoleOrSexIsNoOnesPresumption) {
    // "Islamic State" typed as a speaker is not whom a lone "State" is
    EXPECT_EQ(presumed({person("a1", "Marta Vilkas"), person("a2", "Vilkas")}, "a2"), "");
    EXPECT_EQ(presumed({person("a1", "Marta Vilkas", "", {"Marta Vilkas", "she"}), person("a2", "Vilkas")}, "a2"),
              "a1");
}

TEST(Presumed, TwoPeopleOfOneSurnameLeaveItAlone) {
    EXPECT_EQ(presumed({person("a1", "Marta Vilkas"), person("a2", "Vilkas"), person("a3", "Jonas Vilkas")}, "a2"), "");
}

TEST(Presumed, NotAPersonOfTheOtherSex) {
    // "Mrs. Vilkas" is not Jonas Vilkas; nor is she presumed anyone else
    EXPECT_EQ(presumed({person("a1", "Jonas Vilkas", "Mr."), person("a2", "Vilkas", "Mrs.")}, "a2"), "");
    EXPECT_EQ(presumed({person("a1", "Jonas Vilkas", "Mr."), person("a2", "Vilkas", "Mr.")}, "a2"), "a1");
}

TEST(Presumed, ASurnameTheArticleNamedInFullIsKnown) {
    auto carter = person("a2", "Vilkas");
    carter.named = true;  // its article named Jonas Vilkas in full: it is him, whatever else is stored
    EXPECT_EQ(presumed({person("a1", "Marta Vilkas", "Mayor"), carter}, "a2"), "");
}

TEST(Presumed, PronounsAcronymsAndCorrectedSourcesAreNoOne) {
    auto fixed = person("a2", "Vilkas");
    fixed.pinned = true;  // a person split it off: left as it is
    EXPECT_EQ(presumed({person("a1", "Marta Vilkas"), fixed}, "a2"), "");
    EXPECT_EQ(presumed({person("a1", "Did I"), person("a2", "I")}, "a2"), "");
    EXPECT_EQ(presumed({person("a1", "Ann He"), person("a2", "He")}, "a2"), "");
}

TEST(Presumed, ABareTitleWithTheIsItsOneUnqualifiedHolder) {
    const auto coroner = person("c2", "coroner", "coroner", {"The coroner", "coroner"});
    EXPECT_EQ(presumed({person("c1", "Rolf Dane", "Coroner"), coroner}, "c2"), "c1");
    // another kind of president is another title; two presidents are no one
    const auto president = person("p2", "President", "President", {"The President", "the President"});
    EXPECT_EQ(presumed({person("p1", "Ivo Marsh", "President"), person("p3", "Lea Kern", "Guild President"),
                        person("p4", "Ada Rook", "Alderney medical guild's president"),
                        person("p5", "Eli Moss", "a former member of President Marsh's council"), president},
                       "p2"),
              "p1");
    EXPECT_EQ(
        presumed({person("p1", "Ivo Marsh", "President"), person("p3", "Lea Kern", "president"), president}, "p2"), "");
}

TEST(Presumed, SomeoneNewOrSomeonesIsNoOne) {
    // "a prosecutor" is someone the article introduces, not the one the archive names
    EXPECT_EQ(presumed({person("c1", "Rolf Dane", "Prosecutor"),
                        person("c2", "prosecutor", "prosecutor", {"a prosecutor", "prosecutor"})},
                       "c2"),
              "");
    // a spokesman is someone's: the one the archive names may be another body's
    EXPECT_EQ(presumed({person("c1", "Rolf Dane", "spokesman"),
                        person("c2", "spokesman", "spokesman", {"the spokesman", "spokesman"})},
                       "c2"),
              "");
}

TEST(Presumed, ABodysShortNameWithTheIsTheOneBodyNamedSo) {
    const auto academy = source("b2", "Academy", SourceType::organization, "", {"the Academy", "Academy"});
    EXPECT_EQ(presumed({source("b1", "Academy of Film Arts", SourceType::organization), academy}, "b2"), "b1");
    EXPECT_EQ(presumed({source("b1", "Coastal Navy", SourceType::organization),
                        source("b2", "Navy", SourceType::organization, "", {"the Navy"})},
                       "b2"),
              "b1");
    // two academies, or a name that is no name ("Newly elected Academy"): no one
    EXPECT_EQ(presumed({source("b1", "Academy of Film Arts", SourceType::organization),
                        source("b3", "Academy of Sciences", SourceType::organization), academy},
                       "b2"),
              "");
    EXPECT_EQ(presumed({source("b1", "Newly elected Academy", SourceType::organization), academy}, "b2"), "");
}

TEST(Presumed, ATitleWithWhoseItIsIsItsOneHolder) {
    // "the Arland governor" is the one person the archive titles so: "Arland Gov. Ivo Marsh"
    const auto governor = person("g2", "Arland governor", "", {"the Arland governor"});
    EXPECT_EQ(presumed({person("g1", "Ivo Marsh", "Gov.", {"Arland Gov. Ivo Marsh"}),
                        person("g3", "Lea Kern", "Gov.", {"Borland Gov. Lea Kern"}), governor},
                       "g2"),
              "g1");
    const auto all = resolve::presume({person("g1", "Ivo Marsh", "Gov.", {"Arland Gov. Ivo Marsh"}), governor}, same_day);
    ASSERT_EQ(all.size(), 1u);
    EXPECT_EQ(all.front().basis, resolve::kPresumedRole);
    // whose after "of": "The governor of Arland island"
    EXPECT_EQ(presumed({person("g1", "Ivo Marsh", "Gov.", {"Arland Gov. Ivo Marsh"}),
                        person("g4", "governor of Arland island", "", {"The governor of Arland island"})},
                       "g4"),
              "g1");
    EXPECT_EQ(presumed({person("g1", "Ivo Marsh", "Gov.", {"Arland Gov. Ivo Marsh"}),
                        person("g4", "governor of the island", "", {"The governor of the island"})},
                       "g4"),
              "");
    // two of them that week: no one
    EXPECT_EQ(presumed({person("g1", "Ivo Marsh", "Gov.", {"Arland Gov. Ivo Marsh"}),
                        person("g3", "Lea Kern", "", {"Lea Kern, the Arland governor"}), governor},
                       "g2"),
              "");
    // someone new, or words that are no title's
    EXPECT_EQ(presumed({person("g1", "Ivo Marsh", "Gov.", {"Arland Gov. Ivo Marsh"}),
                        person("g2", "Arland governor", "", {"an Arland governor"})},
                       "g2"),
              "");
    EXPECT_EQ(presumed({person("g1", "Ivo Marsh", "Gov.", {"Arland Gov. Ivo Marsh"}),
                        person("g2", "according to a Arland governor")},
                       "g2"),
              "");
}

TEST(Presumed, AnAcronymIsTheOneBodyWithThoseInitials) {
    // "CEC", typed a person by its phrase, and a commission written with "of" its country
    const auto cec = person("k2", "CEC");
    EXPECT_EQ(presumed({source("k1", "Central Elections Commission of Arland", SourceType::organization), cec}, "k2"),
              "k1");
    // initials of a mention count too; two bodies so initialled leave it alone
    EXPECT_EQ(presumed({source("k1", "Coastal Energy Company", SourceType::organization, "",
                               {"Coastal Energy Company", "Coastal Energy Co"}),
                        source("k3", "Central Elections Commission", SourceType::organization), cec},
                       "k2"),
              "");
    // anonymous sources and outlets are never presumed
    EXPECT_EQ(presumed({source("k1", "Central Elections Commission", SourceType::organization),
                        source("k2", "CEC", SourceType::outlet)},
                       "k2"),
              "");
}

TEST(Presumed, TwoWordsThatEndALongerNameAreItsOnePerson) {
    // "Boone Isaacs" of "Cheryl Boone Isaacs": a double surname written without the given name
    const auto short_name = person("t2", "Vale Marsh", "Board President");
    EXPECT_EQ(presumed({person("t1", "Ada Vale Marsh"), short_name}, "t2"), "t1");
    const auto all = resolve::presume({person("t1", "Ada Vale Marsh"), short_name}, same_day);
    ASSERT_EQ(all.size(), 1u);
    EXPECT_EQ(all.front().basis, resolve::kPresumedTail);
    // two such people, one of the other sex, or a longer name that only shares the surname: no one
    EXPECT_EQ(presumed({person("t1", "Ada Vale Marsh"), person("t3", "Ivo Vale Marsh"), short_name}, "t2"), "");
    EXPECT_EQ(presumed({person("t1", "Ada Vale Marsh", "Mrs."), person("t2", "Vale Marsh", "Mr.")}, "t2"), "");
    EXPECT_EQ(presumed({person("t1", "Ada Jane Marsh"), short_name}, "t2"), "");
    // a given name and a surname are no double surname ("Paul Ryan" of "Speaker Paul Ryan")
    EXPECT_EQ(presumed({person("t1", "Speaker Paul Marsh"), person("t2", "Paul Marsh")}, "t2"), "");
}

TEST(Presumed, AnOutletsOneWordIsTheOneOutletNamedSoInFull) {
    // "Herald:" over a story another outlet credits to the Harbour Herald
    const auto herald = source("o2", "Herald", SourceType::outlet);
    EXPECT_EQ(presumed({source("o1", "Harbour Herald", SourceType::outlet), herald}, "o2"), "o1");
    // two heralds, or a body named so (no outlet): no one
    EXPECT_EQ(presumed({source("o1", "Harbour Herald", SourceType::outlet),
                        source("o3", "Coastal Herald", SourceType::outlet), herald},
                       "o2"),
              "");
    EXPECT_EQ(presumed({source("o1", "Herald Society", SourceType::organization), herald}, "o2"), "");
    // an article of the short name that writes another outlet so in full is that one's
    const std::vector<resolve::StoredSource> both{source("o1", "Harbour Herald", SourceType::outlet), herald};
    const auto texts = [](const std::string& text) {
        return [text](const std::string& id) {
            return id == "o2" ? std::vector<std::string>{text} : std::vector<std::string>{};
        };
    };
    EXPECT_TRUE(resolve::presume(both, same_day, texts("The Coastal Herald editorial board wrote. The Herald notes …"))
                    .empty());
    EXPECT_EQ(
        resolve::presume(both, same_day, texts("The Harbour Herald reported it first. The Herald notes …")).size(), 1u);
    EXPECT_EQ(resolve::presume(both, same_day, texts("Herald: ferry fares to rise")).size(), 1u);
}

TEST(Presumed, TheAnswerDoesNotDependOnTheOrderOfTheSources) {
    std::vector<resolve::StoredSource> sources{person("a1", "Marta Vilkas", "Mayor"),
                                               person("a2", "Vilkas"),
                                               person("c1", "Rolf Dane", "Coroner"),
                                               person("c2", "coroner", "coroner", {"The coroner"}),
                                               source("b1", "Academy of Film Arts", SourceType::organization),
                                               source("b2", "Academy", SourceType::organization, "", {"the Academy"})};
    const auto first = resolve::presume(sources, same_day);
    EXPECT_EQ(first.size(), 3u);
    std::mt19937 rng(7);
    for (int i = 0; i < 5; ++i) {
        std::shuffle(sources.begin(), sources.end(), rng);
        EXPECT_EQ(resolve::presume(sources, same_day), first);
    }
}

}  // namespace claimgraph
