// The noun phrase before a verb that names who speaks (speaker_phrase.cpp) and the frame
// set off by commas around it (inverted.cpp), read by the word rules alone where --fast
// is asked for, so that no parse stands in for them: names, descriptions, relative clauses
// and asides (speaker_phrase_kinds_test.cpp: adverbs, groups, documents, bodies and roles).
#include <optional>
#include <string>

#include <gtest/gtest.h>

#include "extract/speaker_phrase_support.h"

namespace claimgraph {

using testing::extract_fast;
using testing::extract_text;
using testing::fast_name;
using testing::fast_source;
using testing::fast_speaker;
using testing::fast_type;

TEST(SpeakerPhrase, AMonthAfterANameIsTheName) {
    EXPECT_EQ(fast_speaker("Theresa May said that the country would leave the market."), "Theresa May");
    EXPECT_EQ(fast_speaker("Prime Minister Ana June said that the port would reopen."), "Prime Minister Ana June");
    // a one-word phrase at the text's very start has no word before it to read (under
    // AddressSanitizer this read before the tokens)
    EXPECT_EQ(fast_speaker("May said the port would close."), "");
    // a month a time phrase opens is still when
    EXPECT_EQ(fast_speaker("Since May, the ministry has said that the port would reopen."), "the ministry");
    // and one after a determiner names no one: "An August report"
    const auto report = extract_text(
        "An August report from the Harbour Budget Office estimates the program added 0.1 per cent to output.");
    for (const Attribution& a : report.statements)
        if (a.source) {
            EXPECT_NE(a.source->text, "An August");
        }
}

TEST(SpeakerPhrase, AClauseBeforeAndIsNoPartOfTheSubject) {
    EXPECT_EQ(fast_speaker("Talks resumed in May and the ministry said the deal held."), "the ministry");
    EXPECT_EQ(fast_speaker("Talks resumed in the spring and the ministry said the deal held."), "the ministry");
    // two phrases joined stay one subject, and a name keeps its "and"
    EXPECT_EQ(fast_speaker("The mayor and the governor said the deal held."), "The mayor and the governor");
    EXPECT_EQ(fast_speaker("Research conducted by the Centre for Media and Public Affairs said the deal held."),
              "Research conducted by the Centre for Media and Public Affairs");
}

TEST(SpeakerPhrase, ASettingBeforeAFrameIsNotWhatWasSaid) {
    // "During …, X said, CLAUSE": the clause after the frame is said, not the setting alone
    const auto ex = extract_text(
        "During his years in office, Mr. Vale said, a majority of voters have come to believe \"that the port is "
        "vital to the town and we should keep it open.\"");
    const Attribution* a = testing::find_statement(ex, "a majority of voters");
    ASSERT_NE(a, nullptr);
    ASSERT_TRUE(a->source);
    EXPECT_EQ(a->source->name, "Vale");
}

TEST(SpeakerPhrase, ANameBeforeTwoDescriptionsSpeaks) {
    EXPECT_EQ(fast_speaker("Ana Reyes, the Republican attorney general of Veltria, one of the states suing the agency, "
                           "said the rule was an invasion."),
              "Ana Reyes, the Republican attorney general of Veltria, one of the states suing the agency,");
    // after a quotation too, further than sixteen words from it
    const auto quoted = extract_text(
        "\u201CIt is an invasion of the state domain,\u201D Ana Reyes, the Republican attorney general of Veltria, one "
        "of "
        "the states suing the agency, said.");
    ASSERT_EQ(quoted.statements.size(), 1u);
    ASSERT_TRUE(quoted.statements[0].source);
    EXPECT_EQ(quoted.statements[0].source->name, "Ana Reyes");
    // a clause after the description is no second description
    const auto clause = extract_text(
        "Dean, a former party chairman and candidate, poked at the mayor's record during the Monday debate, tweeting "
        "\u201CNotice the mayor sniffing all the time.\u201D");
    for (const Attribution& a : clause.statements)
        if (a.source) {
            EXPECT_EQ(a.source->text.find("poked"), std::string::npos) << a.source->text;
        }
}

// A relative clause after a name's description speaks of the description (or of the body it
// names): the name speaks, and the role is the description alone.
TEST(SpeakerPhrase, ANameSpeaksPastItsDescriptionsRelativeClause) {
    for (const char* text : {"Tom Brel, president of the Harbour Pilots Union, which represents Port Vale crews, said "
                             "the strike would go on.",
                             "Tom Brel, head of the union, who represents port crews, said the strike would go on.",
                             "Tom Brel, a former director of the port, whose roots are in the docks, said the strike "
                             "would go on."}) {
        const auto m = fast_source(text);
        ASSERT_TRUE(m) << text;
        EXPECT_EQ(m->name, "Tom Brel") << text;
        EXPECT_EQ(m->type, SourceType::person) << text;
        EXPECT_EQ(m->role.find("which"), std::string::npos) << m->role;
        EXPECT_EQ(m->role.find("who"), std::string::npos) << m->role;
        EXPECT_FALSE(m->role.empty()) << text;
    }
}

TEST(SpeakerPhrase, ASharesOfPeopleSpeaks) {
    // a quantifier standing for people, and a share a word of approximation opens
    EXPECT_EQ(fast_speaker("Most believe that the harbour will reopen by spring."), "Most");
    EXPECT_EQ(fast_speaker("Some say the ferry fares are too high."), "Some");
    {
        // (read by the parse: the word rules leave this one to it)
        const auto ex = extract_text("About 40 percent of respondents said the tolls should go.");
        ASSERT_EQ(ex.statements.size(), 1u);
        ASSERT_TRUE(ex.statements[0].source);
        EXPECT_EQ(ex.statements[0].source->text, "About 40 percent of respondents");
    }
    // a percent sign is a token of its own, and the share's head ("47% say")
    EXPECT_EQ(fast_speaker("In the survey, 47% say the cranes should stay."), "47%");
    EXPECT_EQ(fast_name("In the survey, 47% say the cranes should stay."), "47%");
    // the head before a preposition's modifier: "voters in each district"
    EXPECT_EQ(fast_speaker("Farmers in each district want the canal to be widened."), "Farmers in each district");
    // a determiner before a verb's plural-looking noun is still a noun phrase: no statement
    EXPECT_EQ(fast_speaker("Many reports about the canal were wrong."), "");
}

// A phrase after "is" is what the subject is: an "and" after it opens a clause, whose
// subject speaks ("… is director Ana Lund and the Harbour Gazette is reporting that …")
TEST(SpeakerPhrase, AnAndAfterACopulasComplementOpensAClause) {
    EXPECT_EQ(fast_speaker("The biggest name without a contract is director Ana Lund and The Harbour Gazette and "
                           "Radio Vale are reporting that she will return."),
              "The Harbour Gazette and Radio Vale");
    // (a subject of two names is still one phrase)
    EXPECT_EQ(fast_speaker("Director Ana Lund and The Harbour Gazette said that she will return."),
              "Director Ana Lund and The Harbour Gazette");
}

TEST(SpeakerPhrase, ReferringToIsTheSpeakersAside) {
    const auto ex = extract_fast("The harbour is full, Mayor Ana Lund said, referring to the northern basin.");
    bool found = false;
    for (const Attribution& a : ex.statements)
        if (a.cue && a.cue->text == "referring to") {
            found = true;
            EXPECT_EQ(a.content_text, "the northern basin");
        }
    EXPECT_TRUE(found);
    // a word's meaning is no one's statement, nor is sending someone on
    EXPECT_EQ(fast_speaker("It refers to the share of ships waiting at anchor."), "");
    EXPECT_EQ(fast_speaker("The clinic referred patients to the hospital in Marrow."), "");
}

TEST(SpeakerPhrase, ADegreeOrSuffixAfterANameIsTheNames) {
    // name, role: a degree or a generational suffix after the name's comma is no speaker,
    // nor part of the role
    const auto speaker = [](const std::string& sentence) -> std::pair<std::string, std::string> {
        const auto ex = extract_text(sentence);
        if (ex.statements.size() != 1 || !ex.statements[0].source) return {};
        return {ex.statements[0].source->name, ex.statements[0].source->role};
    };
    using Named = std::pair<std::string, std::string>;
    EXPECT_EQ(speaker("Lena Ortiz, MD, the county medical society's president, said the clinic had no beds."),
              (Named{"Lena Ortiz", "county medical society's president"}));
    EXPECT_EQ(speaker("Anton Varga, M.D., Ph.D., the director of the clinic, said the beds were full."),
              (Named{"Anton Varga", "director of the clinic"}));
    EXPECT_EQ(speaker("Paul Hale Jr., the mayor, said the bridge was safe."), (Named{"Paul Hale Jr.", "mayor"}));
    // a description that opens on capitals but is no degree stays the description
    EXPECT_EQ(speaker("Ana Reyes, EU envoy to the talks, said the border would open."),
              (Named{"Ana Reyes", "EU envoy to the talks"}));
}

TEST(SpeakerPhrase, ASourceFamiliarWithTheTalksIsAnonymous) {
    // the phrase runs past "with" after "familiar", and who speaks is the noun before what
    // they know of: no source named "the talks"
    EXPECT_EQ(fast_speaker("A source familiar with the talks said the deal was close."),
              "A source familiar with the talks");
    for (const std::string& sentence :
         {std::string("A source familiar with the talks said the deal was close."),
          std::string("People close to the mayor said she would resign."),
          std::string("Two people familiar with the matter said the bid would fail.")}) {
        const auto ex = extract_text(sentence);
        ASSERT_EQ(ex.statements.size(), 1u) << sentence;
        ASSERT_TRUE(ex.statements[0].source) << sentence;
        EXPECT_EQ(ex.statements[0].source->type, SourceType::anonymous) << sentence;
        EXPECT_EQ(ex.statements[0].source->name.find("talks"), std::string::npos) << sentence;
        EXPECT_EQ(ex.statements[0].source->name.find("matter"), std::string::npos) << sentence;
    }
    // "met with" still ends the phrase: the one who met speaks
    EXPECT_EQ(fast_speaker("Lund met with the union and said the deal was close."), "Lund");
}

TEST(SpeakerPhrase, AnInvertedSpeakerIsFollowedByWhereOrWhoTheyAre) {
    // ", says NAME in PLACE.": the place is where; ", said NAME, a DESCRIPTION, who …" to the
    // sentence's end: the relative clause says who, the speaker's words stop before it
    EXPECT_EQ(fast_speaker("Films give India more reach, says political scientist Dana Orlova in Almaty."),
              "political scientist Dana Orlova");
    EXPECT_EQ(fast_speaker("Nor are tariffs likely to bring the jobs back, said Tom Ekker, a professor of economics at "
                           "the state university, who is one of the country's best known specialists on trade."),
              "Tom Ekker, a professor of economics at the state university");
    // a phrase after the verb that is no name stays no speaker
    EXPECT_EQ(fast_speaker("Lund, the port's analyst, writes exclusively for our subscribers at Inside the Port."), "");
}

TEST(SpeakerPhrase, ADescriptionBeforeARelativeClauseSpeaks) {
    // as a name does ("Derek Mitchell, who served as ambassador, said")
    EXPECT_EQ(fast_speaker("The mayor, who has run the port since 2010, said the cranes were safe."),
              "The mayor, who has run the port since 2010,");
    EXPECT_EQ(fast_speaker("Dana Kell, who has run the port since 2010, said the cranes were safe."),
              "Dana Kell, who has run the port since 2010,");
    // a clause that names no speaker before it stays no statement
    EXPECT_EQ(fast_speaker("The cranes, which were built in 1990, said to be unsafe."), "");
}

TEST(SpeakerPhrase, AnAsideBetweenSubjectAndVerbIsNoPartOfEither) {
    // "X's campaign, for example, said …": the aside set off by commas is skipped
    EXPECT_EQ(fast_speaker("Senator Ana Lund's campaign, for example, said she would back the nominee."),
              "Senator Ana Lund's campaign");
    EXPECT_EQ(fast_speaker("The union, in turn, said the offer was too low."), "The union");
    // a content whose closing quotation holds the comma ends there too (", while …" is
    // another clause, here another speaker's)
    const auto ex = testing::extract_text(
        "The campaign said she would \u201Csupport the nominee,\u201D while Senator Tom Brel suggested he would "
        "only offer conditional support.");
    const Attribution* a = testing::find_statement(ex, "support the nominee");
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->content_text.find("while"), std::string::npos);
}

TEST(SpeakerPhrase, AClauseSetOffByDashesStandsBetweenSubjectAndVerb) {
    // "X — which has 400 members — said": the clause between the dashes is no one's speech
    // and no part of the speaker
    EXPECT_EQ(fast_speaker("The union \u2014 which has 400 members \u2014 said the offer was too low."), "The union");
    const auto ex = testing::extract_text(
        "Dana Kell, director of the group Port First - which was founded by a former governor - said Lund has "
        "several options.");
    const Attribution* a = testing::find_statement(ex, "Lund has several options");
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->content_text, "Lund has several options");
    ASSERT_TRUE(a->source);
    EXPECT_NE(a->source->text.find("Port First"), std::string::npos);
}

TEST(SpeakerPhrase, ARelativeClauseEndingOnADayStillSpeaks) {
    // "Lund, who met reporters on Monday, said": the phrase's head is "Lund", not the day
    EXPECT_EQ(fast_speaker("Lund, who met reporters on Monday, said the port would reopen."),
              "Lund, who met reporters on Monday,");
    EXPECT_EQ(fast_speaker("The mayor, who spoke on Monday, said the port would reopen."),
              "The mayor, who spoke on Monday,");
    // a phrase whose head is a day still speaks for no one
    EXPECT_EQ(fast_speaker("The crews left on Monday, said the port would reopen."), "");
}

TEST(SpeakerPhrase, AnotherStandsForAPerson) {
    // "One worker said …. Another said …": the second speaker is one more of them
    EXPECT_EQ(fast_speaker("Another said the pay was too low."), "Another");
    // as a determiner it is the phrase's: "Another worker said"
    EXPECT_EQ(fast_speaker("Another worker said the pay was too low."), "Another worker");
}

TEST(SpeakerPhrase, ARelativeClauseWithWhoMakesAnyNounASpeakersAndMayBeLong) {
    // "One attendee, who spoke to reporters, said …": "who" stands for a person, whatever
    // the noun; the clause may run past a description's length
    for (const std::string clause :
         {"who spoke to reporters", "who like others spoke on the condition of anonymity to discuss the meeting"}) {
        const auto ex = extract_fast("One attendee, " + clause + ", said the message was clear.");
        const Attribution* a = testing::find_statement(ex, "the message was clear");
        ASSERT_NE(a, nullptr) << clause;
        ASSERT_TRUE(a->source);
        EXPECT_EQ(a->source->name, "attendee");
        EXPECT_EQ(a->content_text, "the message was clear");
    }
}

}  // namespace claimgraph
