// Speakers that are no person, or a person whose name a body's word shares: reduced
// passives, surnames that are bodies' words, parties, name particles, media, documents.
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
using testing::Said;
using testing::speaker_of;

// A participle that describes its subject ("accused of", "charged with", "said to have")
// makes no speaker of it; after an auxiliary the passive still reports a statement.
TEST(Speaker, ReducedPassivesNameNoSpeaker) {
    for (const char* text : {"Son suspected of killing his mother and sister held in hospital.",
                             "A provisional date was set in the case of a son accused of killing his mother.",
                             "Man charged with murdering two neighbours in Carlisle.",
                             "A jury on Tuesday convicted a man charged in a 2011 shooting that left one dead.",
                             "Harbour suspect found dead in hotel.", "Man found guilty of murdering two neighbours.",
                             "A man said to have been released from hospital was questioned on Sunday.",
                             "Minister blamed for the delays at the port resigns."}) {
        const auto ex = extract_text(text);
        for (const auto& s : ex.statements)
            EXPECT_FALSE(s.source && s.source->span) << text << ": speaker " << s.source->text;
    }
    const auto found = extract_text("The inquiry found that the council had wasted money on the bridge.");
    ASSERT_EQ(found.statements.size(), 1u);
    EXPECT_EQ(found.statements[0].source->name, "Inquiry");
    const auto active = extract_text("The mayor accused the council of wasting money on the bridge.");
    ASSERT_EQ(active.statements.size(), 1u);
    EXPECT_EQ(active.statements[0].source->name, "mayor");
    const auto call = extract_text("The union called for a strike at the port on Monday.");
    ASSERT_EQ(call.statements.size(), 1u);
    ASSERT_TRUE(call.statements[0].cue);
    EXPECT_EQ(call.statements[0].cue->lemma, "call for");
}

// "The Lake County, Ore., coroner, Ann Vold, said": the name after the last comma.
TEST(Speaker, ANameAfterAPlaceAndARole) {
    const auto ex = extract_text("The Lake County, Ore., coroner, Ann Vold, said the driver died at the scene.");
    ASSERT_EQ(ex.statements.size(), 1u);
    ASSERT_TRUE(ex.statements[0].source);
    EXPECT_EQ(ex.statements[0].source->name, "Ann Vold");
    EXPECT_NE(ex.statements[0].source->role.find("coroner"), std::string::npos) << ex.statements[0].source->role;
}

// A surname that is also a title's word ("White" of "White House") after a first name.
TEST(Speaker, ASurnameThatModifiesTitlesElsewhere) {
    const auto ex = extract_text("Santa Monica Chief Deputy City Attorney Terry White said the deal was off.");
    ASSERT_EQ(ex.statements.size(), 1u);
    EXPECT_EQ(ex.statements[0].source->name, "Terry White");
    EXPECT_EQ(ex.statements[0].source->role, "Santa Monica Chief Deputy City Attorney");
    const auto house = extract_text("White House Press Secretary Sean Spicer said the deal was off.");
    ASSERT_EQ(house.statements.size(), 1u);
    EXPECT_EQ(house.statements[0].source->name, "Sean Spicer");
    // two titles joined by "and" are one role, not two speakers; "King" after a first name
    const auto king = extract_text("Harbor City President and General Manager Billy King said the deal was off.");
    ASSERT_EQ(king.statements.size(), 1u);
    EXPECT_EQ(king.statements[0].source->name, "Billy King");
    EXPECT_EQ(king.statements[0].source->type, SourceType::person);
    const auto both = extract_text("Finland and Sweden said the deal was off.");
    ASSERT_EQ(both.statements.size(), 1u);
    EXPECT_EQ(both.statements[0].source->type, SourceType::collective);
}

// "Larry Vold of the sheriff's department": a person of a body written in lower case.
TEST(Speaker, APersonOfABodyInLowerCase) {
    const auto ex = extract_text("Undersheriff Larry Vold of the sheriff's department said the road was closed.");
    ASSERT_EQ(ex.statements.size(), 1u);
    EXPECT_EQ(ex.statements[0].source->name, "Larry Vold");
    EXPECT_EQ(ex.statements[0].source->type, SourceType::person);
    EXPECT_EQ(ex.statements[0].source->organization, "sheriff's department");
}

// A person whose surname is a body's word ("Cross", "Church", "Court"): a person, also
// where the surname stands alone later; the bodies themselves stay bodies.
TEST(Speaker, ASurnameThatIsABodysWord) {
    const auto ex = extract_text(
        "Richard Cross, a former aide to the governor, wrote that he penned the speech.\n\n"
        "Cross called the vote \"a citizenship election\".\n\n"
        "Anna Church, a nurse at the clinic, said the ward was full.");
    const Attribution* wrote = find_statement(ex, "penned the speech");
    const Attribution* called = find_statement(ex, "the vote");
    const Attribution* nurse = find_statement(ex, "ward was full");
    ASSERT_TRUE(wrote && called && nurse);
    EXPECT_EQ(wrote->source->name, "Richard Cross");
    EXPECT_EQ(wrote->source->type, SourceType::person);
    EXPECT_EQ(wrote->source->organization, "");
    EXPECT_EQ(called->source->name, "Cross");
    EXPECT_EQ(called->source->type, SourceType::person);
    EXPECT_EQ(nurse->source->name, "Anna Church");
    EXPECT_EQ(nurse->source->type, SourceType::person);
    EXPECT_EQ(nurse->source->role, "nurse at the clinic");
    const auto bodies = extract_text(
        "The Red Cross said aid was arriving. The World Bank said growth slowed. The Church said the "
        "service would go ahead.\n\nCross officials said more trucks would come.");
    ASSERT_EQ(bodies.statements.size(), 4u);
    for (const char* words : {"aid was arriving", "growth slowed", "service would go ahead"}) {
        const Attribution* a = find_statement(bodies, words);
        ASSERT_TRUE(a) << words;
        EXPECT_EQ(a->source->type, SourceType::organization) << words;
    }
}

// Bodies in the plural ("Rights organizations") are a collective and a patrol a body, not
// a person; a question with "do" ("Did I say that right?", "Does Vale claim …?") states
// nothing, where "Did I" had been a person saying "that right".
TEST(Speaker, PluralBodiesAPatrolAndQuestionsWithDo) {
    const auto ex = extract_text(
        "Rights organizations said the ruling raises questions about the courts. The Harbour Highway Patrol said "
        "the driver was on probation.\n\n"
        "Did I say that right? Does Vale claim the port is closed? Do you support the levy?");
    ASSERT_EQ(ex.statements.size(), 2u);
    const Attribution* rights = find_statement(ex, "raises questions");
    const Attribution* patrol = find_statement(ex, "on probation");
    ASSERT_TRUE(rights && patrol);
    EXPECT_EQ(rights->source->type, SourceType::collective);
    EXPECT_EQ(patrol->source->type, SourceType::organization);
}

// A lawmaker's party and state are no part of the name: after a comma with a description
// after them ("Sen. Ana Vale, R-S.C., a long-shot candidate," had the name "R-S.C."), in
// brackets before a time ("(R-Iowa) on Wednesday" had "R-Iowa"), and "(D-W. Va.)" ends no
// sentence after its initial (the name had been "Va").
TEST(Speaker, APartyAndStateAreNoName) {
    const extract::ExtractorModel* model = extract::builtin_extractor();
    ASSERT_NE(model, nullptr);
    const auto ex = extract_text(
        "Sen. Ana Vale, R-S.C., a long-shot presidential candidate, said the port was safe.\n\n"
        "WASHINGTON — Sen. Bo Lund (R-Iowa) on Wednesday said the ferry fares would rise.\n\n"
        "Committee Chairman Rep. Ed Hale, R-Utah, said the bridge was closed.\n\n"
        "House Harbour Committee Chairman Nick J. Rahall II (D-W. Va.), who had been seeking to overturn the "
        "rule through legislation, called the announcement welcome.",
        model->options({}, false));
    const Attribution* safe = find_statement(ex, "port was safe");
    const Attribution* fares = find_statement(ex, "fares would rise");
    const Attribution* closed = find_statement(ex, "bridge was closed");
    const Attribution* seeking = find_statement(ex, "to overturn the rule");
    ASSERT_TRUE(safe && fares && closed && seeking);
    EXPECT_EQ(safe->source->name, "Ana Vale");
    EXPECT_EQ(fares->source->name, "Bo Lund");
    EXPECT_EQ(closed->source->name, "Ed Hale");
    EXPECT_EQ(closed->source->role.find("R-Utah"), std::string::npos) << closed->source->role;
    ASSERT_TRUE(seeking->source);
    EXPECT_EQ(seeking->source->name, "Nick J. Rahall II");
}

// A particle between a first name and a surname is part of the name ("Bill de Blasio" had
// been "Blasio" in the role "Mayor Bill de").
TEST(Speaker, ANameParticleJoinsTheName) {
    const auto ex = extract_text(
        "Mayor Ana de Vale said the port was safe.\n\n"
        "Defence Minister Ursula von der Lund said the bridge was closed.\n\n"
        "Osama bin Hale declared the ferries would stop.");
    const Attribution* safe = find_statement(ex, "port was safe");
    const Attribution* closed = find_statement(ex, "bridge was closed");
    const Attribution* ferries = find_statement(ex, "ferries would stop");
    ASSERT_TRUE(safe && closed && ferries);
    EXPECT_EQ(safe->source->name, "Ana de Vale");
    EXPECT_EQ(safe->source->role, "Mayor");
    EXPECT_EQ(closed->source->name, "Ursula von der Lund");
    EXPECT_EQ(closed->source->role, "Defence Minister");
    EXPECT_EQ(ferries->source->name, "Osama bin Hale");
}

// "Speaker" and "Whip" are titles ("House Speaker Ana Vale" had the name "Speaker Ana
// Vale"), and a titled name keeps its initial for the description that refers to it later
// ("the sheriff" had been "Robert J").
TEST(Speaker, SpeakerAndWhipAreTitlesAndInitialsStayInTitledNames) {
    const auto ex = extract_text(
        "House Speaker Ana Vale said the port was safe. Senate Majority Whip Bo Lund said the bridge was "
        "closed.\n\nSheriff Robert J. Hale spoke at the scene on Monday.\n\nThe sheriff said the road would "
        "reopen.");
    const Attribution* safe = find_statement(ex, "port was safe");
    const Attribution* closed = find_statement(ex, "bridge was closed");
    const Attribution* road = find_statement(ex, "road would reopen");
    ASSERT_TRUE(safe && closed && road);
    EXPECT_EQ(safe->source->name, "Ana Vale");
    EXPECT_EQ(safe->source->role, "Speaker");
    EXPECT_EQ(closed->source->name, "Bo Lund");
    EXPECT_EQ(closed->source->role, "Majority Whip");
    EXPECT_EQ(road->source->name, "Robert J. Hale");
}

// A name right after a description that calls it a newspaper, a magazine or an agency is
// an outlet's or an agency's, known to the lists or not ("Portuguese newspaper Correio de
// Manha" had been a person in the role "Portuguese newspaper"); someone at one is a person.
TEST(Speaker, ANameAfterAMediaNounIsAnOutlet) {
    const auto ex = extract_text(
        "The harbour newspaper Vale Courier reported that the ferry sank.\n\n"
        "The broadcaster Harbour FM said the bridge was closed.\n\n"
        "The regional news agency Portwire said the port was open.\n\n"
        "An editor at the Harbour Ledger said the fares would rise.");
    const Attribution* sank = find_statement(ex, "ferry sank");
    const Attribution* closed = find_statement(ex, "bridge was closed");
    const Attribution* open = find_statement(ex, "port was open");
    const Attribution* fares = find_statement(ex, "fares would rise");
    ASSERT_TRUE(sank && closed && open && fares);
    EXPECT_EQ(sank->source->name, "Vale Courier");
    EXPECT_EQ(sank->source->type, SourceType::outlet);
    EXPECT_EQ(closed->source->type, SourceType::outlet);
    EXPECT_EQ(open->source->type, SourceType::agency);
    EXPECT_EQ(fares->source->type, SourceType::person);
}

// A document named after its body ("the Civic Action study", "the latest Harbour poll")
// speaks as a document, anonymous, of that body, as "a new study" does: it had been a person
// named "Civic Action".
TEST(Speaker, ADocumentNamedAfterItsBodyIsNoPerson) {
    const auto ex = extract_text(
        "According to the Civic Action study, the port employed 2,000 young people.\n\n"
        "The fares rose again, the latest Harbour Institute poll showed.\n\n"
        "Early analysis shows that the ferry was late.");
    const Attribution* study = find_statement(ex, "port employed");
    const Attribution* recent = find_statement(ex, "ferry was late");
    ASSERT_TRUE(study && study->source && recent && recent->source);
    EXPECT_EQ(study->source->name, "Civic Action study");
    EXPECT_EQ(study->source->type, SourceType::anonymous);
    EXPECT_EQ(study->source->organization, "Civic Action");
    EXPECT_EQ(recent->source->type, SourceType::anonymous);
    EXPECT_EQ(recent->source->organization, "");
}

// A body in lower case that a name owns or qualifies ("the United Nations' climate change
// panel", "the Harbour Authority's review board") is a body; it had been a person of that
// name. A person's description ending in a body ("Amy Rao, chief executive of a data firm")
// leaves the person a person.
TEST(Speaker, ABodyANameOwnsIsNoPerson) {
    const auto ex = extract_text(
        "The cuts fall short of what the United Nations' climate change panel says is needed.\n\n"
        "The Harbour Authority's review board said the ferry was safe.\n\n"
        "Ana Rao, chief executive of a Port Vale shipping firm, said the fares would rise.");
    const Attribution* panel = find_statement(ex, "is needed");
    const Attribution* board = find_statement(ex, "ferry was safe");
    const Attribution* rao = find_statement(ex, "fares would rise");
    ASSERT_TRUE(panel && panel->source && board && board->source && rao && rao->source);
    EXPECT_EQ(panel->source->type, SourceType::organization) << panel->source->name;
    EXPECT_EQ(board->source->type, SourceType::organization) << board->source->name;
    EXPECT_EQ(rao->source->type, SourceType::person);
    EXPECT_EQ(rao->source->name, "Ana Rao");
}

// A document's maker named after a participle ("exit polls conducted for the networks by
// Harbour Research") speaks, a body when its name ends on its work ("Research", "Analytics"):
// it had been a person with the role "early results of exit polls conducted for … by".
TEST(Speaker, TheMakerADocumentsParticipleNamesSpeaks) {
    const auto ex = extract_text(
        "According to early results of exit polls conducted for the Vale Courier and television networks by Harbour "
        "Research, most voters back the ferry.\n\n"
        "Early results of exit polls conducted by Harbour Research for the Vale Courier and television networks show "
        "that two-thirds of voters back the bridge.\n\n"
        "According to a survey by Vale Analytics, most residents back the port.");
    // a person named after a role in lower case keeps the role, not the document's words
    const auto analyst =
        extract_text("According to a survey conducted by independent analyst Ana Vale, most residents back the ferry.");
    ASSERT_EQ(analyst.statements.size(), 1u);
    ASSERT_TRUE(analyst.statements[0].source);
    EXPECT_EQ(analyst.statements[0].source->name, "Ana Vale");
    EXPECT_EQ(analyst.statements[0].source->role, "independent analyst");
    for (const char* words : {"back the ferry", "back the bridge", "back the port"}) {
        const Attribution* a = find_statement(ex, words);
        ASSERT_TRUE(a && a->source) << words;
        EXPECT_EQ(a->source->type, SourceType::organization) << words << ": " << a->source->name;
        EXPECT_EQ(a->source->role, "") << words;
        EXPECT_EQ(a->source->name.find("Courier"), std::string::npos) << words << ": " << a->source->name;
    }
}

// "Neither side", "No one": a phrase that names no one is anonymous, and no later "he"
// stands for it (it had been a person named "Neither side", and the next "He said" its).
TEST(Speaker, APhraseThatNamesNoOneIsNoPerson) {
    const auto ex = extract_text(
        "Neither side wants a conflict over the shoal, officials say. Neither side would say how much was paid.\n\n"
        "He said he was worried about the talks.");
    const Attribution* paid = find_statement(ex, "how much was paid");
    const Attribution* worried = find_statement(ex, "worried about the talks");
    ASSERT_TRUE(paid && paid->source && worried && worried->source);
    EXPECT_EQ(paid->source->type, SourceType::anonymous);
    EXPECT_NE(worried->source->name, "Neither side");
}

// Data that opens a sentence ("Data from the census show") is a document, anonymous, though
// its first word is capitalised and "data" is among the words for groups; data from a body
// named after a year ("the 2014 Harbour Housing Survey") are that body's. Each had been a
// person ("Data from the census"; "Housing Survey" in the role "Data from the 2014 Harbour").
TEST(Speaker, DataOpeningASentenceAreNoPerson) {
    const auto ex = extract_text(
        "Data from the census show that rents rose.\n\n"
        "Data from the 2014 Harbour Housing Survey show that fares fell.");
    const Attribution* census = find_statement(ex, "rents rose");
    const Attribution* survey = find_statement(ex, "fares fell");
    ASSERT_TRUE(census && census->source && survey && survey->source);
    EXPECT_EQ(census->source->type, SourceType::anonymous);
    EXPECT_NE(survey->source->type, SourceType::person) << survey->source->name;
    EXPECT_EQ(survey->source->role.find("Data"), std::string::npos) << survey->source->role;
}

// A broadcaster named for what it is ("Vale Public Radio", "Harbour TV", "Army Radio") is an
// outlet, as "The Vale Courier" is; each had been a person ("Radio" in the role "for Army").
TEST(Speaker, ABroadcasterIsAnOutlet) {
    const auto ex = extract_text(
        "The fares rose again, Vale Public Radio reported on Monday.\n\n"
        "The ferry sank, Harbour TV reported.\n\n"
        "Army Radio reported that the plant was hit.");
    for (const char* words : {"fares rose", "ferry sank", "plant was hit"}) {
        const Attribution* a = find_statement(ex, words);
        ASSERT_TRUE(a && a->source) << words;
        EXPECT_EQ(a->source->type, SourceType::outlet) << words << ": " << a->source->name;
    }
}

// Documents read by someone ("emails combed through by the Vale Courier suggest") speak;
// who read them is context, as for "a memo seen by Channel 9": it had been a person named
// "Vale Courier" in the role "emails combed through by the".
TEST(Speaker, DocumentsCombedThroughBySomeoneSpeak) {
    const auto ex = extract_text("Other emails combed through by the Vale Courier suggest that the plan was old.");
    const Attribution* a = find_statement(ex, "plan was old");
    ASSERT_TRUE(a && a->source);
    EXPECT_EQ(a->source->name.find("Courier"), std::string::npos) << a->source->name;
    EXPECT_NE(a->source->type, SourceType::person);
}

TEST(Speaker, APronounMayStandForAPersonNamedWithAnHonorific) {
    // "Ms. Vale" never spoke before "she" did: the honorific names a woman
    const auto ex = extract_text(
        "The producers chose Ana Vale to host the harbour gala.\n\n"
        "Ms. Vale has even less to do with shipping than the last host, but she is well liked in the city.\n\n"
        "In typical fashion, she released a jokey reply: \u201CI am so excited to be hosting the gala again.\u201D");
    const Attribution* a = find_statement(ex, "I am so excited");
    ASSERT_NE(a, nullptr);
    ASSERT_TRUE(a->source);
    EXPECT_EQ(a->source->name, "Vale");
    // the honorific's sex is that mention's alone, wherever it stands: "Mrs. Holm" makes no
    // woman of Khizr Holm
    const auto family = extract_text(
        "Khizr Holm said the port was closed.\n\nHe says the cranes are safe.\n\n"
        "Mrs. Holm, his wife, stood beside him.");
    const Attribution* b = find_statement(family, "the cranes are safe");
    ASSERT_NE(b, nullptr);
    ASSERT_TRUE(b->source);
    EXPECT_EQ(b->source->name, "Khizr Holm");
}

}  // namespace claimgraph
