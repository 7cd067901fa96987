// The noun phrase before a verb that names who speaks (speaker_phrase.cpp) and the frame
// set off by commas around it (inverted.cpp), read by the word rules alone where --fast
// is asked for, so that no parse stands in for them.
#include <optional>
#include <string>

#include <gtest/gtest.h>

#include "test_support.h"

namespace claimgraph {

using testing::extract_fast;
using testing::extract_text;

namespace {

// The speaker the word rules give the one statement of `text` (nullopt when there is not
// exactly one statement, or it has no speaker).
std::optional<SourceMention> fast_source(const std::string& text) {
    extract::Options fast;
    fast.fast = true;
    const auto ex = extract_text(text, fast);
    if (ex.statements.size() != 1 || !ex.statements[0].source) return std::nullopt;
    return *ex.statements[0].source;
}

// Its words ("" when none), its name ("" when none) and its type (nullopt when none).
std::string fast_speaker(const std::string& text) {
    const auto m = fast_source(text);
    return m ? m->text : "";
}
std::string fast_name(const std::string& text) {
    const auto m = fast_source(text);
    return m ? m->name : "";
}
std::optional<SourceType> fast_type(const std::string& text) {
    const auto m = fast_source(text);
    return m ? std::optional(m->type) : std::nullopt;
}

}  // namespace

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
