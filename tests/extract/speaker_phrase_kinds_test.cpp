// The noun phrase before a verb that names who speaks (speaker_phrase.cpp), read by the
// word rules alone: an opening adverb, two speakers joined by "and", documents, words
// capitalised only to open a sentence, bodies and their names, roles and shares of groups
// (speaker_phrase_test.cpp: names, descriptions, relative clauses and asides).
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

TEST(SpeakerPhrase, AnAdverbOpeningTheSentenceIsNoPartOfTheSpeaker) {
    // "Then he …, calling", "However, she said", "Still, the mayor and the governor": the
    // speaker is whom the words after the adverb name (a pronoun resolves to the person),
    // never a person called "Then" or "However"
    const auto ex = extract_fast(
        "Mayor Ann Reyes said the bridge was safe. Then she cut into the council, calling its plan a waste.\n\n"
        "However, she said the repairs would wait.\n\n"
        "Still, the port director insisted the cranes were sound.\n");
    for (const char* content : {"its plan a waste", "the repairs would wait", "the cranes were sound"}) {
        const Attribution* a = testing::find_statement(ex, content);
        ASSERT_NE(a, nullptr) << content;
        ASSERT_TRUE(a->source) << content;
        EXPECT_NE(a->source->name, "Then") << content;
        EXPECT_NE(a->source->name, "However") << content;
        EXPECT_NE(a->source->name, "Still") << content;
    }
    EXPECT_EQ(testing::find_statement(ex, "its plan a waste")->source->name, "Ann Reyes");
    EXPECT_EQ(testing::find_statement(ex, "the repairs would wait")->source->name, "Ann Reyes");
    EXPECT_EQ(testing::find_statement(ex, "the cranes were sound")->source->text, "the port director");
}

TEST(SpeakerPhrase, TwoSpeakersJoinedByAndAreAGroup) {
    // an "and" before a determiner or possessive joins two speakers; one person's two roles
    // ("the front-runner and former secretary of state") stay one person
    EXPECT_EQ(fast_type("She and her husband said the loan was repaid in May."), SourceType::collective);
    EXPECT_EQ(fast_type("Mr. Autor and his colleagues said the shock moved voters."), SourceType::collective);
    EXPECT_EQ(fast_type("The Kentucky senator and the New York businessman said the talks went well."),
              SourceType::collective);
    EXPECT_EQ(fast_type("The front-runner and former secretary of state said the plan was sound."), SourceType::person);
}

TEST(SpeakerPhrase, AnInfinitiveAfterTheCueIsTheContentNotAPrepositionBeforeIt) {
    // "hoping to avoid a misstep that could …": the infinitive's "to" is not the "to" of
    // "said to reporters that", so the content is not the relative clause after it
    const auto ex = extract_fast(
        "The senator is sticking to his message, hoping to avoid any misstep that could undermine his lead.\n\n"
        "Mayor Ann Reyes plans to meet with the governor that day in the capital.\n\n"
        "Mayor Ann Reyes said to reporters that the bridge was safe.\n");
    EXPECT_NE(testing::find_statement(ex, "to avoid any misstep that could undermine his lead"), nullptr);
    EXPECT_NE(testing::find_statement(ex, "to meet with the governor that day in the capital"), nullptr);
    const Attribution* told = testing::find_statement(ex, "the bridge was safe");
    ASSERT_NE(told, nullptr);
    EXPECT_EQ(told->content_text, "that the bridge was safe");
}

TEST(SpeakerPhrase, ADocumentAboutSomethingIsADocumentNotWhatItIsAbout) {
    // "A video of the episode shows …", "An analysis of her calendar found …": an unnamed
    // document speaks, not a person named after what it shows; a body before the noun
    // wrote it ("a Harbour Times survey of voters"); an author after "by" still speaks
    const std::string video = "The crowd was angry. A video of the episode shows the mayor pushing a man.";
    EXPECT_EQ(fast_type(video), SourceType::anonymous);
    EXPECT_EQ(fast_name(video), "Video of the episode");
    EXPECT_EQ(fast_type("The race was close. An analysis of her calendar found that most meetings were with donors."),
              SourceType::anonymous);
    EXPECT_EQ(fast_name("The race was close. A Harbour Times survey of voters found that most back the mayor."),
              "Harbour Times");
    EXPECT_EQ(fast_name("The race was close. An analysis of port records by Ada Vance found that fees doubled."),
              "Ada Vance");
}

TEST(SpeakerPhrase, ALowerCaseNounForNoPersonIsNoPerson) {
    // "the editorial", "the newspaper", "those surveyed": a document, a body or whoever it
    // is here, not a person a later "she" could be; a person's noun stays a person
    EXPECT_EQ(fast_type("The port was closed. The editorial said the harbour board had failed."),
              SourceType::anonymous);
    EXPECT_EQ(fast_type("The port was closed. The newspaper reported that the harbour board had failed."),
              SourceType::organization);
    EXPECT_EQ(fast_type("The port was closed. The 46-year-old said the harbour board had failed."), SourceType::person);
    EXPECT_EQ(fast_type("The port was closed. The former secretary of state said the harbour board had failed."),
              SourceType::person);
    EXPECT_EQ(fast_type("The port was closed. A retired neurosurgeon said the harbour board had failed."),
              SourceType::person);
    EXPECT_EQ(fast_type("The port was closed. The employee said the harbour board had failed."), SourceType::person);
}

TEST(SpeakerPhrase, AWordCapitalisedOnlyToOpenTheSentenceIsNoName) {
    // "Another said …", "Several said …": whoever they are in this article, never a person
    // named "Another" whom every article's "Another" would join
    for (const std::string text : {"Another said the pay was too low.", "Several said the pay was too low."}) {
        const auto ex = extract_fast(text);
        ASSERT_EQ(ex.statements.size(), 1u) << text;
        ASSERT_TRUE(ex.statements[0].source) << text;
        EXPECT_EQ(ex.statements[0].source->type, SourceType::anonymous) << text;
    }
    const auto named = extract_fast("Young said the pay was too low.");
    ASSERT_EQ(named.statements.size(), 1u);
    EXPECT_EQ(named.statements[0].source->type, SourceType::person);  // a surname, not a function word
}

TEST(SpeakerPhrase, AFirstNameOfOneSexKeepsAPronounOfTheOtherAway) {
    // "Bernie Vale said …. She said …": she is not Bernie Vale, so the woman before him
    const auto ex = extract_fast(
        "Ana Ruiz said the port was open. Bernie Vale said the plan was fair. She said the vote was close.");
    const Attribution* a = testing::find_statement(ex, "the vote was close");
    ASSERT_NE(a, nullptr);
    ASSERT_TRUE(a->source);
    EXPECT_EQ(a->source->name, "Ana Ruiz");
    const auto he = extract_fast(
        "Ana Ruiz said the port was open. Hillary Vale said the plan was fair. He said the vote was close.");
    const Attribution* b = testing::find_statement(he, "the vote was close");
    ASSERT_NE(b, nullptr);
    ASSERT_TRUE(b->source);
    EXPECT_EQ(b->source->name, "Ana Ruiz");
}

// "the government of Costa Rica": a body in lower case of a named place is that body, not a
// person named after the place.
TEST(SpeakerPhrase, TheGovernmentOfAPlaceIsABody) {
    const auto m = fast_source("The government of Port Vale said the deal would hold.");
    ASSERT_TRUE(m);
    EXPECT_EQ(m->type, SourceType::organization);
    EXPECT_EQ(m->name, "government of Port Vale");
}

// A name, its role in lower case, then a description of the body the role names: the name
// speaks (it had been a person named "The Courier" in the role "editor at large of"), and
// the role ends before the body's description; an age before a description is no role.
TEST(SpeakerPhrase, ANameSpeaksPastADescriptionOfItsBody) {
    const auto m = fast_source(
        "Just last week, Tom Brel, editor at large of The Vale Courier, an influential weekly newspaper, wrote that "
        "the port would close.");
    ASSERT_TRUE(m);
    EXPECT_EQ(m->name, "Tom Brel");
    EXPECT_EQ(m->role, "editor at large of The Vale Courier");
    const auto aged = fast_source("Ana Reyes, 58, a retired nurse from Port Vale, said the clinic would close.");
    ASSERT_TRUE(aged);
    EXPECT_EQ(aged->name, "Ana Reyes");
    EXPECT_EQ(aged->role, "retired nurse from Port Vale");
}

// A title's word right after an honorific is a surname ("Mr. King", "Ms. White"): the name is
// the surname and the honorific its role, as for "Mr. Brel"; it had been the name "Mr. King".
TEST(SpeakerPhrase, ATitlesWordAfterAnHonorificIsASurname) {
    for (const char* text :
         {"Mr. King said the plan was old.", "Ms. White said the plan was old.", "Mr Bishop said the plan was old."}) {
        const auto m = fast_source(text);
        ASSERT_TRUE(m) << text;
        EXPECT_EQ(m->name.find('.'), std::string::npos) << text << ": " << m->name;
        EXPECT_EQ(m->name.find("M"), std::string::npos) << text << ": " << m->name;
        EXPECT_FALSE(m->role.empty()) << text;
    }
}

TEST(SpeakerPhrase, ARoleAfterANameWithoutItsArticleIsTheRole) {
    const Extraction ex = extract_text(
        "\xE2\x80\x9CThe bridge will not reopen before May,\xE2\x80\x9D said Elena Sadovskaya, head of the port "
        "authority.\n\n\xE2\x80\x9CThe levy will not rise,\xE2\x80\x9D said Ivan Petrenko, regional governor, reports "
        "the Harbour Gazette.");
    ASSERT_EQ(ex.statements.size(), 2u);
    ASSERT_TRUE(ex.statements[0].source && ex.statements[1].source);
    EXPECT_EQ(ex.statements[0].source->name, "Elena Sadovskaya");
    EXPECT_EQ(ex.statements[0].source->role, "head of the port authority");
    EXPECT_EQ(ex.statements[1].source->name, "Ivan Petrenko");
    EXPECT_EQ(ex.statements[1].source->role, "regional governor");
}

TEST(SpeakerPhrase, AnArticlelessRoleThatRunsIntoTheContentOrATitleIsLeftOut) {
    // the frame goes on with the content: "Teck" is no part of the role
    const Extraction mid = extract_text(
        "Rather than seeing the levy rise further, said Marta Ilves, senior vice president for finance, Teck wants "
        "the gap narrowed.");
    const Attribution* a = testing::find_statement(mid, "Rather than seeing the levy rise further");
    ASSERT_NE(a, nullptr);
    ASSERT_TRUE(a->source);
    EXPECT_EQ(a->source->name, "Marta Ilves");
    EXPECT_EQ(a->source->role.find("Teck"), std::string::npos);
    // a book's title after "author of" is no statement of the author's
    const Extraction titled = extract_text(
        "\xE2\x80\x9CThe unions have a stranglehold on the party,\xE2\x80\x9D said Steven Vale, author of "
        "\xE2\x80\x9C"
        "A Bitter Pill,\xE2\x80\x9D a history of the debate.");
    ASSERT_EQ(titled.statements.size(), 1u);
    EXPECT_EQ(titled.statements[0].content_text.find("Bitter Pill"), std::string::npos);
}

TEST(SpeakerPhrase, AShareOfAGroupBeforeItsPrepositionIsTheGroup) {
    // "4 in 10": a share, not the preposition that says where the voters are
    const Extraction ex = extract_text("Only about 4 in 10 Republican voters in each state want the levy to rise.");
    ASSERT_EQ(ex.statements.size(), 1u);
    ASSERT_TRUE(ex.statements[0].source);
    EXPECT_EQ(ex.statements[0].source->type, SourceType::collective);
}

TEST(SpeakerPhrase, ATimePhraseInARoleIsNoPartOfWhereItIsHeld) {
    const Extraction ex = extract_text("My editor at the time at Politico argued the piece made Vale look too good.");
    ASSERT_EQ(ex.statements.size(), 1u);
    ASSERT_TRUE(ex.statements[0].source);
    const SourceMention& m = *ex.statements[0].source;
    EXPECT_EQ(m.name, "editor at Politico");
    EXPECT_EQ(m.role, "editor");
    EXPECT_EQ(m.organization, "Politico");
}

TEST(SpeakerPhrase, ABodysNameGoesOnPastForOrOn) {
    for (const std::string body :
         {"Center for Responsive Politics", "Committee for a Responsible Federal Budget",
          "Organization for Economic Cooperation and Development", "Council on Foreign Relations"}) {
        const Extraction ex = extract_text("The " + body + " said the fund had raised $2 million.");
        ASSERT_EQ(ex.statements.size(), 1u) << body;
        ASSERT_TRUE(ex.statements[0].source) << body;
        EXPECT_EQ(ex.statements[0].source->name, body);
        EXPECT_EQ(ex.statements[0].source->type, SourceType::organization) << body;
    }
    // a day after it is when ("the Supreme Court on Thursday"), and a person named after a
    // body's name is that person
    const Extraction named =
        extract_text("Director of the Council on Public Affairs Hillary Brooks said the fund had raised $2 million.");
    ASSERT_EQ(named.statements.size(), 1u);
    ASSERT_TRUE(named.statements[0].source);
    EXPECT_EQ(named.statements[0].source->name, "Hillary Brooks");
}

}  // namespace claimgraph
