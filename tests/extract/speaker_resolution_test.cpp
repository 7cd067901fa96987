// Speakers resolved in a document (the ministry, pronouns, a person titled before) and
// groups read whole (lists of groups, plural nouns for people, what a group includes).
#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "extract/extractor_model.h"
#include "extract/speaker.h"
#include "test_support.h"

namespace claimgraph {

using testing::extract_text;
using testing::find_statement;

TEST(Speaker, ResolvesTheMinistryToTheNearestMinistry) {
    const auto ex = extract_text(
        "Russia's Defense Ministry said its air defences had intercepted the missiles.\n\n"
        "\xE2\x80\x9CThe attack will be answered,\xE2\x80\x9D the ministry said in a statement.\n\n"
        "Foreign Ministry spokeswoman Maria Zakharova said the West was to blame.\n\n"
        "\xE2\x80\x9CSilence is complicity,\xE2\x80\x9D the ministry said.");
    const Attribution* first = find_statement(ex, "answered");
    const Attribution* second = find_statement(ex, "Silence");
    ASSERT_TRUE(first && second);
    EXPECT_EQ(first->source->name, "Russia's Defense Ministry");
    EXPECT_EQ(first->source->text, "the ministry");
    EXPECT_TRUE(first->source->resolved_from.has_value());
    EXPECT_EQ(second->source->name, "Foreign Ministry");
}

TEST(Speaker, ResolvesPronounsToTheLastCompatibleSpeaker) {
    const auto ex = extract_text(
        "Governor Oleh Kiper said the fires were out. Foreign Ministry spokeswoman Maria Zakharova said that "
        "talks were over. She also accused Kyiv of stalling. Moscow officials reported shooting down 5 drones. "
        "They also reported that two people were hurt.");
    EXPECT_EQ(find_statement(ex, "Kyiv of stalling")->source->name, "Maria Zakharova");
    EXPECT_EQ(find_statement(ex, "two people were hurt")->source->name, "Moscow officials");
    EXPECT_EQ(find_statement(ex, "two people were hurt")->source->text, "They");
}

// A pronoun subject is never someone its own clause names after it: in "He told the judge"
// the speaker is not the judge, though the judge spoke last ("He" had been the judge)
TEST(Speaker, APronounIsNoneOfWhomItsOwnClauseNamesAfterIt) {
    const auto ex = extract_text(
        "The judge said the hearing would resume on Monday. That is what defence lawyer Ivo Brel disputed. "
        "He told the judge that his client was in a clinic. Councillor Ana Lind said the budget was late. "
        "She told Lind's deputy that the vote would wait.");
    const Attribution* told = find_statement(ex, "his client was in a clinic");
    ASSERT_TRUE(told && told->source);
    EXPECT_EQ(told->source->text, "He");
    EXPECT_NE(told->source->name, "judge");
    EXPECT_EQ(told->source->name, "Ivo Brel");  // (the titled person before, see below)
    const Attribution* vote = find_statement(ex, "the vote would wait");
    ASSERT_TRUE(vote && vote->source);
    EXPECT_NE(vote->source->name, "Ana Lind");
    // a name in what is said does not count: "He said the judge erred" may be anyone before
    const auto said = extract_text("Ivo Brel said the hearing was unfair. He said that Brel's client had been ill.");
    const Attribution* ill = find_statement(said, "client had been ill");
    ASSERT_TRUE(ill && ill->source);
    EXPECT_EQ(ill->source->name, "Ivo Brel");
}

// When no speaker fits "he" or "she", a person titled in that sentence or the one before
// does ("He" had stayed no one); not one a preposition governs, nor one after a "he" of
// their sentence (that "he" is someone else), nor a name in a headline's title case, nor
// one of the other sex by first name
TEST(Speaker, AHeNoSpeakerFitsIsThePersonTitledJustBefore) {
    const auto ex = extract_text(
        "The judge said the hearing would resume on Monday. That is what defence lawyer Ivo Brel disputed. "
        "He told the judge that his client was in a clinic.");
    const Attribution* told = find_statement(ex, "his client was in a clinic");
    ASSERT_TRUE(told && told->source);
    EXPECT_EQ(told->source->name, "Ivo Brel");
    // the title keeps the words that qualify it ("Former President" is no sitting president)
    const auto former = extract_text("Former President Ivo Brel visited the dock. He said the ferry would stop.");
    const Attribution* ferry = find_statement(former, "the ferry would stop");
    ASSERT_TRUE(ferry && ferry->source);
    EXPECT_EQ(ferry->source->name, "Ivo Brel");
    EXPECT_EQ(ferry->source->role, "Former President");
    for (const char* text : {"The mayor faced questions from councillor Ivo Brel. He said the budget was late.",
                             "It is unclear why he had backed councillor Ivo Brel. He said the budget was late.",
                             "Ferry Councillor Endorsed Budget Plan\n\nHe said the budget was late.",
                             "The mayor spoke with councillor Jason Brel on the dock. She said the budget was late."}) {
        const auto other = extract_text(text);
        const Attribution* late = find_statement(other, "the budget was late");
        ASSERT_TRUE(late && late->source) << text;
        EXPECT_FALSE(late->source->resolved_from) << text << " -> " << late->source->name;
    }
}

// A time that opens the sentence without a comma is no part of the subject a participle
// takes ("On Sunday" had been the speaker), and a subject pronoun with a clitic is the
// pronoun ("I've" had been a person of that name)
TEST(Speaker, AnOpeningTimeIsNoSubjectAndAPronounsCliticNoPartOfIt) {
    const auto ex = extract_text(
        "On Sunday morning Mayor Ana Lind made a second attempt to calm the row, writing on her blog that the "
        "bridge was safe. I've said for years that the ferry needs a new dock.");
    const Attribution* bridge = find_statement(ex, "the bridge was safe");
    ASSERT_TRUE(bridge && bridge->source);
    EXPECT_EQ(bridge->source->name, "Ana Lind");
    const Attribution* dock = find_statement(ex, "the ferry needs a new dock");
    ASSERT_TRUE(dock && dock->source);
    EXPECT_EQ(dock->source->text, "I've");
    EXPECT_EQ(dock->source->name, "I");
    // (a time that owns what follows stays where it was: "During Tuesday's debate, Lind …")
    const auto debate =
        extract_text("During Tuesday night's debate, Ana Lind made a pledge to cut fares, calling them a tax.");
    const Attribution* fares = find_statement(debate, "them a tax");
    ASSERT_TRUE(fares && fares->source);
    EXPECT_EQ(fares->source->text, "Ana Lind");
}

// "A Harbour Institute poll out Monday", "the schedule published Thursday": the document
// speaks, not the day ("Monday" had been a person)
TEST(Speaker, ADayAfterAParticipleOrOutIsNoPartOfTheDocumentsName) {
    const auto ex = extract_text(
        "According to a Harbour Institute poll out Monday, Lind has a lead of ten points. According to the schedule "
        "published Thursday, the ferry will stop in May.");
    const Attribution* poll = find_statement(ex, "a lead of ten points");
    ASSERT_TRUE(poll && poll->source);
    EXPECT_EQ(poll->source->name.find("Monday"), std::string::npos) << poll->source->name;
    const Attribution* schedule = find_statement(ex, "the ferry will stop");
    ASSERT_TRUE(schedule && schedule->source);
    EXPECT_EQ(schedule->source->name.find("Thursday"), std::string::npos) << schedule->source->name;
}

// A group's members after "including", or a name in what a participle says of the group,
// do not speak for it ("Democrats supporting Mrs. Clinton" had been Clinton)
TEST(Speaker, TheGroupSpeaksNotWhomItIncludesOrWhomItsParticipleNames) {
    const auto ex = extract_text(
        "Port officials, including Mayor Ana Ruiz, said the bridge would reopen in May. Council members "
        "supporting Mrs. Vale said the vote was fair. Voters in six counties going to the polls on Tuesday said "
        "the economy came first. Harbour lobbying firms said the rule would cost jobs.");
    const Attribution* officials = find_statement(ex, "bridge would reopen");
    const Attribution* members = find_statement(ex, "vote was fair");
    const Attribution* voters = find_statement(ex, "economy came first");
    const Attribution* firms = find_statement(ex, "cost jobs");
    ASSERT_TRUE(officials && members && voters && firms);
    ASSERT_TRUE(officials->source && members->source && voters->source && firms->source);
    EXPECT_EQ(officials->source->name, "Port officials");
    EXPECT_EQ(officials->source->type, SourceType::collective);
    EXPECT_EQ(members->source->name, "Council members");
    EXPECT_EQ(members->source->text, "Council members supporting Mrs. Vale");
    EXPECT_EQ(voters->source->name, "Voters in six counties");
    EXPECT_EQ(firms->source->name, "Harbour lobbying firms");  // a compound: "lobbying" is no participle
}

// "Rep. Elijah Cummings (D-Md.), chair of …" had been named "chair of …"; "The Obama
// administration, in a far-reaching effort to …," had been named after the effort
TEST(Speaker, ABracketOrACircumstanceAfterTheNameLeavesTheNameBeforeTheComma) {
    const auto ex = extract_text(
        "Rep. Ivo Brel (D-Md.), chair of the port committee, said the pier was safe. The harbour board, in a bid "
        "to calm traders, said the fees would fall. Another leading port lawyer, Ana J. Ruiz of the law firm Vale "
        "Marsh, said the ruling was narrow.");
    const Attribution* brel = find_statement(ex, "pier was safe");
    const Attribution* board = find_statement(ex, "fees would fall");
    const Attribution* ruiz = find_statement(ex, "ruling was narrow");
    ASSERT_TRUE(brel && board && ruiz);
    ASSERT_TRUE(brel->source && board->source && ruiz->source);
    EXPECT_EQ(brel->source->name, "Ivo Brel");
    EXPECT_EQ(brel->source->type, SourceType::person);
    EXPECT_EQ(board->source->name, "harbour board");
    EXPECT_EQ(ruiz->source->name, "Ana J. Ruiz");
    EXPECT_EQ(ruiz->source->organization, "Vale Marsh");
    EXPECT_EQ(ruiz->source->role, "leading port lawyer");
}

// "A group of 67 Latin American artists, writers, actors and scientists" had been the
// speaker "actors and scientists"
TEST(Speaker, AListOfGroupsOfPeopleIsOneSpeakerThroughItsCommas) {
    const auto ex = extract_text(
        "A group of 67 port artists, writers, actors and scientists said the vote was a sham. Teachers, nurses "
        "and firefighters said the budget was unfair. After the meeting, officials and residents said the pier "
        "was safe.");
    const Attribution* group = find_statement(ex, "vote was a sham");
    const Attribution* staff = find_statement(ex, "budget was unfair");
    const Attribution* residents = find_statement(ex, "pier was safe");
    ASSERT_TRUE(group && staff && residents);
    ASSERT_TRUE(group->source && staff->source && residents->source);
    EXPECT_EQ(group->source->text, "A group of 67 port artists, writers, actors and scientists");
    EXPECT_EQ(group->source->type, SourceType::collective);
    EXPECT_EQ(staff->source->name, "Teachers, nurses and firefighters");
    EXPECT_EQ(staff->source->type, SourceType::collective);
    EXPECT_EQ(residents->source->text, "officials and residents");  // a clause's comma is no list's
}

// "Federal marshals", "prison psychologists", "Clinton strategists" had been persons, to
// whom a later "he" could resolve
TEST(Speaker, APluralNounForPeopleIsAGroupNotAPerson) {
    const auto ex = extract_text(
        "Federal marshals said the prisoner had escaped. Strategists said the race was close. The actress said "
        "the film was finished. His comments suggested that the deal was dead. Ivo Brel said the port was safe. "
        "Harbour planners said he was wrong.");
    const Attribution* marshals = find_statement(ex, "prisoner had escaped");
    const Attribution* strategists = find_statement(ex, "race was close");
    const Attribution* actress = find_statement(ex, "film was finished");
    const Attribution* comments = find_statement(ex, "deal was dead");
    ASSERT_TRUE(marshals && strategists && actress && comments);
    ASSERT_TRUE(marshals->source && strategists->source && actress->source && comments->source);
    EXPECT_EQ(marshals->source->type, SourceType::collective);
    EXPECT_EQ(marshals->source->name, "Federal marshals");
    EXPECT_EQ(strategists->source->type, SourceType::anonymous);  // a plural alone names no one
    EXPECT_EQ(actress->source->type, SourceType::person);  // "-ss" is no plural
    EXPECT_NE(comments->source->type, SourceType::collective);  // nor is a thing in "-ment"
    // a group before where it is: "Some delegates at the convention in Philadelphia" had
    // been the person "Philadelphia"
    const auto placed = extract_text(
        "Some delegates at the convention in Port Vale said the vote was rigged. Protest organizers in "
        "Harbourton said the march would go ahead.");
    const Attribution* delegates = find_statement(placed, "vote was rigged");
    const Attribution* organizers = find_statement(placed, "march would go ahead");
    ASSERT_TRUE(delegates && organizers);
    ASSERT_TRUE(delegates->source && organizers->source);
    EXPECT_EQ(delegates->source->type, SourceType::collective);
    EXPECT_EQ(delegates->source->name, "Delegates at the convention in Port Vale");
    EXPECT_EQ(organizers->source->type, SourceType::collective);
    EXPECT_EQ(organizers->source->name, "Protest organizers in Harbourton");
    // its readers are no newspaper: "Readers of TheBlaze" had been the person "TheBlaze"
    const auto readers = extract_text("Readers of the Harbour Ledger said the paper was biased.");
    ASSERT_EQ(readers.statements.size(), 1u);
    ASSERT_TRUE(readers.statements[0].source);
    EXPECT_EQ(readers.statements[0].source->type, SourceType::collective);
}

// "Trump issued a statement saying" had the speaker "Trump issued a"
TEST(Speaker, WhatTheSpeakerDidBeforeAParticipleIsNoPartOfTheSpeaker) {
    const auto ex = extract_text(
        "The port authority issued a statement saying that the strike was over. The ferry line drew criticism "
        "from Ivo Brel saying the timetable was cut.");
    const Attribution* authority = find_statement(ex, "strike was over");
    const Attribution* brel = find_statement(ex, "timetable was cut");
    ASSERT_TRUE(authority && brel);
    ASSERT_TRUE(authority->source && brel->source);
    EXPECT_EQ(authority->source->text, "The port authority");
    EXPECT_EQ(authority->source->type, SourceType::organization);
    EXPECT_EQ(brel->source->name, "Ivo Brel");  // a name before the participle may be its subject
}

// "Democrat Hillary Clinton" had been named so, apart from "Hillary Clinton" elsewhere
TEST(Speaker, APartyBeforeTheNameIsARoleThatADescriptionBeats) {
    const auto ex = extract_text(
        "Democrat Ana Ruiz said the pier was safe. Senate Harbour Ranking Republican Ivo Brel said the port would "
        "close. Republican Dana Vale, the former harbour governor, said the toll was fair.");
    const Attribution* ruiz = find_statement(ex, "pier was safe");
    const Attribution* brel = find_statement(ex, "port would close");
    const Attribution* vale = find_statement(ex, "toll was fair");
    ASSERT_TRUE(ruiz && brel && vale);
    ASSERT_TRUE(ruiz->source && brel->source && vale->source);
    EXPECT_EQ(ruiz->source->name, "Ana Ruiz");
    EXPECT_EQ(ruiz->source->role, "Democrat");
    EXPECT_EQ(brel->source->name, "Ivo Brel");
    EXPECT_EQ(vale->source->name, "Dana Vale");
    EXPECT_EQ(vale->source->role, "former harbour governor");
}

// "Vice President Joseph R. Biden Jr." had been named whole; "Clinton wrongly claimed" was
// "Clinton wrongly"; "Stu Rothenberg of the non-partisan Rothenberg-Gonzales Political
// Report" and "a projection from the Cook Political Report" were both "Report"
TEST(Speaker, ASuffixAnAdverbAndADescribedPublicationAreReadAroundTheName) {
    const auto ex = extract_text(
        "Vice President Ivo R. Brel Jr. said the talks would resume. The mayor Ana Ruiz wrongly claimed that the "
        "pier was closed. Dana Vale of the non-partisan Harbour Political Report said the race was close. A "
        "projection from the Harbour Political Report said the seat would flip. Sources said the deal was near. "
        "Mr. Edd said the vote was fair.");
    const Attribution* brel = find_statement(ex, "talks would resume");
    const Attribution* ruiz = find_statement(ex, "pier was closed");
    const Attribution* vale = find_statement(ex, "race was close");
    const Attribution* projection = find_statement(ex, "seat would flip");
    const Attribution* sources = find_statement(ex, "deal was near");
    const Attribution* edd = find_statement(ex, "vote was fair");
    ASSERT_TRUE(brel && ruiz && vale && projection && sources && edd);
    EXPECT_EQ(brel->source->name, "Ivo R. Brel Jr");
    EXPECT_EQ(brel->source->role, "Vice President");
    EXPECT_EQ(ruiz->source->name, "Ana Ruiz");
    EXPECT_EQ(ruiz->source->text, "The mayor Ana Ruiz");
    EXPECT_EQ(vale->source->name, "Dana Vale");
    EXPECT_EQ(vale->source->organization, "Harbour Political Report");
    EXPECT_EQ(projection->source->name, "Harbour Political Report");
    EXPECT_EQ(projection->source->type, SourceType::outlet);
    EXPECT_EQ(sources->source->type, SourceType::anonymous);  // its capital only opens the sentence
    EXPECT_EQ(edd->source->name, "Edd");  // after a form of address "Edd" is the name, no degree
}

TEST(Speaker, APartyAndStateAfterANameAreNoPartOfIt) {
    const auto ex = extract_text(
        "The port reopened.\n\n\u201CThe veto will be overridden,\u201D Senate Majority Leader Ivo Vale, R-Ky., "
        "said Tuesday.\n");
    const Attribution* veto = find_statement(ex, "The veto will be overridden");
    ASSERT_NE(veto, nullptr);
    ASSERT_TRUE(veto->source);
    EXPECT_EQ(veto->source->name, "Ivo Vale");
    EXPECT_EQ(veto->source->text, "Senate Majority Leader Ivo Vale, R-Ky.,");
}

TEST(Speaker, AHeInWhatANamedSubjectSaysIsThatSubject) {
    // "Kane said after … that he planned": Kane, though Weber spoke last; a name that does
    // not open the sentence ("After meeting Kane, he said") is no such subject
    const auto ex = extract_text(
        "Billy Kane said the team was fine.\n\nChris Weber said the roles were unclear.\n\n"
        "Kane said after the Hawks were eliminated in the first round of the playoffs by Detroit that he "
        "planned to bring the coach back.\n\nWeber said the coach had left.\n\nAfter meeting Kane, he said the "
        "roles were clear.\n");
    const Attribution* planned = find_statement(ex, "to bring the coach back");
    ASSERT_NE(planned, nullptr);
    EXPECT_EQ(planned->source->text, "he");
    EXPECT_EQ(planned->source->name, "Billy Kane");
    const Attribution* clear = find_statement(ex, "the roles were clear");
    ASSERT_NE(clear, nullptr);
    EXPECT_EQ(clear->source->name, "Weber");  // the last who spoke, by the name he spoke under
}

TEST(Speaker, APronounAfterANameSaysItsGender) {
    // "she" after "Ada Orel announced": Orel is a woman, in every mention of her surname,
    // and the later "he" is someone else
    const auto ex = extract_text(
        "The comedian Ada Orel announced on Friday that she would host the awards again.\n\n"
        "\"I am so excited to be hosting,\" Orel said in a statement.\n\n"
        "While Tull's show drew high ratings, he said he would not return to the stage.\n");
    const Attribution* his = find_statement(ex, "would not return");
    ASSERT_NE(his, nullptr);
    EXPECT_FALSE(his->source && his->source->name.find("Orel") != std::string::npos) << his->source->name;
    // a name between the name and the pronoun leaves the gender open
    const auto open = extract_text(
        "Ada Orel said Tull would sign the bill, and that he had her support.\n\n"
        "\"We are done,\" Orel said.\n\nHe said the bill was ready.\n");
    const Attribution* ready = find_statement(open, "bill was ready");
    ASSERT_NE(ready, nullptr);
    ASSERT_TRUE(ready->source);
    EXPECT_EQ(ready->source->name, "Orel");
}

TEST(Speaker, ACountryNameSpeaksAsAnOrganisation) {
    const auto ex = extract_text("\xE2\x80\x9CNo surrender\": Kyiv\n\nMore text follows here.");
    ASSERT_EQ(ex.statements.size(), 1u);
    EXPECT_EQ(ex.statements[0].source->type, SourceType::organization);
    EXPECT_EQ(ex.statements[0].cue->text, ":");
}

}  // namespace claimgraph
