#include <gtest/gtest.h>

#include "test_support.h"

namespace claimgraph {

using testing::extract_text;

namespace {

std::vector<std::string> figures_of(const std::string& sentence) {
    const auto ex = extract_text(sentence);
    std::vector<std::string> out;
    for (const Attribution& a : ex.statements)
        for (const Figure& f : a.figures)
            out.push_back(f.measure + "=" + std::to_string(f.value) + (f.qualifier ? " (" + *f.qualifier + ")" : ""));
    return out;
}

}  // namespace

TEST(Figures, ReadsCasualtyCountsWithQualifiers) {
    EXPECT_EQ(figures_of("Officials said at least 21 people were killed."),
              std::vector<std::string>{"killed=21 (at least)"});
    EXPECT_EQ(figures_of("A further 110 people were wounded, the governor said."),
              std::vector<std::string>{"wounded=110 (a further)"});
    EXPECT_EQ(figures_of("Police said the blast killed more than 40 civilians."),
              std::vector<std::string>{"killed=40 (more than)"});
}

TEST(Figures, ReadsADeathToll) {
    EXPECT_EQ(figures_of("The death toll from the strike rose to 16, local officials said on Sunday."),
              std::vector<std::string>{"killed=16"});
}

TEST(Figures, ReadsNumberWordsAndDrones) {
    EXPECT_EQ(figures_of("They reported that shelling had killed two people."), std::vector<std::string>{"killed=2"});
    EXPECT_EQ(figures_of("The army reported shooting down 32 Ukrainian drones overnight."),
              std::vector<std::string>{"drones_shot_down=32"});
}

TEST(Figures, APartOfAFigureIsNotAFigure) {
    EXPECT_EQ(figures_of("Local officials claimed 21 including three children were killed."),
              std::vector<std::string>{"killed=21"});
}

TEST(Figures, ACountDeniedIsNoFigure) {
    // "no one had been killed" read as killed = 1, "none of the 40 passengers were hurt" as
    // wounded = 40: false figures that a later "two were killed" would dispute
    EXPECT_TRUE(figures_of("Police said no one had been killed in the blast.").empty());
    EXPECT_TRUE(figures_of("Officials said not one person had died.").empty());
    EXPECT_TRUE(figures_of("The ministry said none of the 40 passengers were hurt.").empty());
    EXPECT_TRUE(figures_of("The ministry said none of 40 passengers were hurt.").empty());
    // the same number words, counted
    EXPECT_EQ(figures_of("The mayor said one person had been killed."), std::vector<std::string>{"killed=1"});
    EXPECT_EQ(figures_of("The ministry said 40 passengers were hurt."), std::vector<std::string>{"wounded=40"});
}

// A figure of another time is another event's: in a story of 80 dead, "130 killed in Paris
// last November" had disputed the 80 and entered its timeline as a revision.
TEST(Figures, AFigureOfAnotherTimeIsNoFigureOfTheNews) {
    EXPECT_TRUE(figures_of("The minister said militants killed 130 people in Paris last November.").empty());
    EXPECT_TRUE(figures_of("Police said only one person was killed by a gun last year.").empty());
    EXPECT_TRUE(figures_of("Officials said 707 people were killed by police so far this year.").empty());
    EXPECT_TRUE(figures_of("The report said 40 people are killed in floods every year.").empty());
    EXPECT_TRUE(figures_of("The governor said it echoed a 2013 assault that killed 67 people.").empty());
    EXPECT_TRUE(figures_of("Officials said he was convicted of killing nine people in June 2015.").empty());
    // the night and the week before are the news itself, and so is a year in the next sentence
    EXPECT_EQ(figures_of("Police said the blast killed 12 people last night."), std::vector<std::string>{"killed=12"});
    EXPECT_EQ(figures_of("The mayor said 30 people were wounded last week."), std::vector<std::string>{"wounded=30"});
    EXPECT_EQ(figures_of("Officials said 21 people were killed. The market opened in 2015."),
              std::vector<std::string>{"killed=21"});
}

TEST(Figures, YearsDatesSpansAgesAndChildrenCountNoOne) {
    // each had given a casualty figure a later report would dispute: "in 1993" wounded = 1993,
    // "the 9/11 plotter" killed = 9 and 11, "died four days before" killed = 4, "Ana Vale, 34,"
    // killed = 34, "a mother of two died" killed = 2
    EXPECT_TRUE(figures_of("The mayor said the pact he signed in 1993 hurt the port.").empty());
    EXPECT_TRUE(figures_of("The mayor said the 2011 raid killed the 9/11 plotter.").empty());
    EXPECT_TRUE(figures_of("Police said his mother died four days before the crash.").empty());
    EXPECT_TRUE(figures_of("Police said two men were charged with killing Ana Vale, 34, on the bridge.").size() <= 1);
    EXPECT_EQ(figures_of("Police said the gunmen killed Ana Vale, 34, on the bridge."), std::vector<std::string>{});
    EXPECT_TRUE(figures_of("Police said a mother of two died when a car struck her.").empty());
    // a day of a month ("died Saturday, July 24, 2004" had given killed = 24), and a dead heat
    EXPECT_TRUE(figures_of("The coroner said Hale died Saturday, July 24, 2004, of natural causes.").empty());
    EXPECT_TRUE(figures_of("Police said the man died on 3 May at the port.").empty());
    EXPECT_TRUE(figures_of("Police said the man died on Aug. 29 at the port.").empty());
    EXPECT_TRUE(figures_of("A poll shows the two candidates are in a dead heat, the paper said.").empty());
    EXPECT_EQ(figures_of("Police said 24 people were killed in July."), std::vector<std::string>{"killed=24"});
    // a time of day and an age ("after 3 p.m." beside "the wounded deputy" had given wounded = 3)
    EXPECT_TRUE(
        figures_of("A passer-by who found the wounded deputy shortly after 3 p.m. called the station, police said.")
            .empty());
    EXPECT_TRUE(figures_of("He said his brother died at age 44 of an illness.").empty());
    // lives counted or lost, not risked or lived
    EXPECT_TRUE(figures_of("The mayor praised six guards who risked their lives, the paper said.").empty());
    EXPECT_TRUE(figures_of("She said voters choose for the next four or eight years of their lives.").empty());
    EXPECT_EQ(figures_of("Police said the gunmen took at least 21 lives."),
              std::vector<std::string>{"killed=21 (at least)"});
    EXPECT_EQ(figures_of("Police said 12 people lost their lives."), std::vector<std::string>{"killed=12"});
    // counts stay counts
    EXPECT_EQ(figures_of("Police said 34 people were killed on the bridge."), std::vector<std::string>{"killed=34"});
    EXPECT_EQ(figures_of("Police said two women died on the bridge."), std::vector<std::string>{"killed_women=2"});
}

TEST(Figures, NumbersWithoutAMeasureAreIgnored) {
    EXPECT_TRUE(figures_of("The mayor said 40 buses and 3 trains were running.").empty());
}

TEST(Figures, EachNumberBelongsToItsOwnVerb) {
    EXPECT_EQ(figures_of("Officials said the strike hit a market, killing 107 people and wounding 238."),
              (std::vector<std::string>{"killed=107", "wounded=238"}));
    EXPECT_EQ(figures_of("The governor said the shelling wounded 12 and killed 3."),
              (std::vector<std::string>{"wounded=12", "killed=3"}));
    EXPECT_EQ(figures_of("Police said shelling killed 2 and, hours later, 14 people were injured."),
              (std::vector<std::string>{"killed=2", "wounded=14"}));
    // a verb before "and" is the number's before it ("killed and 18 others" had been killed = 18)
    EXPECT_EQ(figures_of("The minister said 80 people were killed and 18 others were critically injured."),
              (std::vector<std::string>{"killed=80", "wounded=18"}));
    // a number whose noun counts no one is not the next verb's after "and" ("flattening seven
    // villages and killing 10 people" had been killed = 7)
    EXPECT_EQ(figures_of("Officials said the quake hit the island, flattening seven villages and killing 10 people."),
              (std::vector<std::string>{"killed=10"}));
    // nor the measure that follows another number: "30 of the 80 wounded" counts 80 wounded
    EXPECT_EQ(figures_of("Officials said 30 of the 80 wounded remained in hospital."),
              (std::vector<std::string>{"wounded=80"}));
    EXPECT_EQ(figures_of("Police said two of the three victims died."), (std::vector<std::string>{"killed=2"}));
}

TEST(Figures, OthersAndGroupsAreMeasuresOfTheirOwn) {
    // "two other people": others than those counted already, no death toll
    EXPECT_EQ(figures_of("They reported that shelling had killed two other people."),
              std::vector<std::string>{"killed_other=2"});
    EXPECT_EQ(figures_of("Officials said five more people were killed overnight."),
              std::vector<std::string>{"killed_other=5"});
    // a group among the victims
    EXPECT_EQ(figures_of("The governor said three children were killed."),
              std::vector<std::string>{"killed_children=3"});
    EXPECT_EQ(figures_of("Police said one child was wounded."), std::vector<std::string>{"wounded_children=1"});
    // the part named with "including" is no figure; the total is
    EXPECT_EQ(figures_of("Officials said 21 including three children were killed."),
              std::vector<std::string>{"killed=21"});
    // "or more" qualifies a total, it names no others
    EXPECT_EQ(figures_of("Officials said the crane fell, killing 107 or more and wounding 238."),
              (std::vector<std::string>{"killed=107", "wounded=238"}));
}

}  // namespace claimgraph
