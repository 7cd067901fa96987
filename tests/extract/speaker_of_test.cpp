// One statement's speaker, checked in one line: titles, initials, bodies, acronyms, the
// company, datelines, a lone name the text names in full, aliases, a headline or an age
// beside the name.
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

TEST(Speaker, AnHonorificsFullStopStaysWithTheRole) {
    const Said s = speaker_of("Mr. Hale also told the court that the girl had been ill for months.");
    EXPECT_EQ(s.name, "Hale");
    EXPECT_EQ(s.role, "Mr.");
    EXPECT_EQ(speaker_of("Undersecretary for Transport Mr. Bellini says \"many depots will close\".").name, "Bellini");
    // an initial's full stop is part of the name
    EXPECT_EQ(speaker_of("John F. Kennedy said the plan would work.").name, "John F. Kennedy");
}

TEST(Speaker, InitialsInsideANameAreTheNames) {
    // "H.W." and "J.R.R." had been read as abbreviated titles: the name was "Bush", the role
    // "Former President George H.W."
    const Said s = speaker_of("Former President Tomas H.W. Brel said the economy was strong.");
    EXPECT_EQ(s.name, "Tomas H.W. Brel");
    EXPECT_EQ(s.role, "Former President");
    EXPECT_EQ(speaker_of("J.R.R. Marsh said the book was long.").name, "J.R.R. Marsh");
    // a country's initials stay the role's
    const Said us = speaker_of("U.S. Attorney Ada Lin said the case was closed.");
    EXPECT_EQ(us.name, "Ada Lin");
    EXPECT_EQ(us.role, "U.S. Attorney");
}

TEST(Speaker, ATitleAsLongAsTheNameStaysTheRole) {
    // "President" and "Ivo Marsh" are nine characters each: the role is kept all the same
    const Said s = speaker_of("President Ivo Marsh said the bill would pass.");
    EXPECT_EQ(s.name, "Ivo Marsh");
    EXPECT_EQ(s.role, "President");
    EXPECT_EQ(speaker_of("Mayor Ada Lin said the bridge was safe.").role, "Mayor");
}

TEST(Speaker, ARoleNamingItsBodyWithOfKeepsTheBodyInTheRole) {
    const Said a = speaker_of("Governor of Ontario Mark Dunne said, \"The plant will reopen.\"");
    EXPECT_EQ(a.name, "Mark Dunne");
    EXPECT_EQ(a.role, "Governor of Ontario");
    EXPECT_EQ(
        speaker_of("Executive director of the Council on Public Affairs Dana Brooks said the ruling was fair.").name,
        "Dana Brooks");
}

TEST(Speaker, APersonOfAnOutletIsAPersonWritingForIt) {
    const auto ex = extract_text("Writing in a column, Peter Lang of The Harbour Times dubbed the dispute a farce.");
    ASSERT_EQ(ex.statements.size(), 1u);
    EXPECT_EQ(ex.statements[0].source->name, "Peter Lang");
    EXPECT_EQ(ex.statements[0].source->type, SourceType::person);
    EXPECT_EQ(ex.statements[0].source->organization, "Harbour Times");
    // the extractor says what the body is: here a publication, for the ministry an organisation
    EXPECT_EQ(ex.statements[0].source->organization_type, SourceType::outlet);
    const auto ministry = extract_text("Foreign Ministry spokeswoman Maria Zakharova said the talks had failed.");
    ASSERT_EQ(ministry.statements.size(), 1u);
    EXPECT_EQ(ministry.statements[0].source->organization, "Foreign Ministry");
    EXPECT_EQ(ministry.statements[0].source->organization_type, SourceType::organization);
}

TEST(Speaker, ConjunctionsAndSubordinatorsOpenNoName) {
    EXPECT_EQ(speaker_of("As Moreau told The Daily Courier, river levels rose sharply.").name, "Moreau");
    EXPECT_EQ(speaker_of("But media have said the forms are too long.").name, "Media");
    EXPECT_EQ(speaker_of("When Mr. Brel did take Ms. Tull on, he did it sideways, warning that her style would have "
                         "repercussions.")
                  .role,
              "Mr.");
    EXPECT_EQ(speaker_of("Although Ana Tull said the pier was safe, the ferry stayed in port.").name, "Ana Tull");
    // "and" between two clauses is no part of a name
    const Said n = speaker_of("The ferries stopped on May 3 and Norway says the service will resume.");
    EXPECT_EQ(n.name, "Norway");
    EXPECT_EQ(n.type, SourceType::organization);
    EXPECT_EQ(n.role, "");
    // "and" between two names joins them
    const Said f = speaker_of("Finland and Sweden have maintained that the border stays open.");
    EXPECT_EQ(f.name, "Finland and Sweden");
    EXPECT_EQ(f.type, SourceType::collective);
}

TEST(Speaker, ASecondVerbSharesTheSubjectThatOpensTheSentence) {
    const Said s = speaker_of("She chose the slogan #SaveTheLake and posted that the council had lied.");
    EXPECT_EQ(s.name, "She");  // nobody earlier for "She" to resolve to
}

TEST(Speaker, ADocumentSpeaksForItselfWhoeverSawIt) {
    const Said m = speaker_of("A leaked memo seen by Channel 9 says \"staff must return the forms\".");
    EXPECT_EQ(m.name, "Leaked memo");
    EXPECT_EQ(m.type, SourceType::anonymous);
    EXPECT_EQ(speaker_of("A report says the plant is unsafe.").name, "Report");
}

TEST(Speaker, ACueWordAfterADeterminerIsANoun) {
    const auto ex = extract_text("Officials tell the BBC every claim will be checked.");
    ASSERT_EQ(ex.statements.size(), 1u);
    EXPECT_EQ(ex.statements[0].cue->text, "tell");
    EXPECT_EQ(ex.statements[0].source->name, "Officials");
}

TEST(Speaker, TheClauseAfterInAStatementHasItsOwnSpeaker) {
    const auto ex = extract_text("In a statement to the Herald, the Church denied that it held anyone.");
    ASSERT_EQ(ex.statements.size(), 1u);
    EXPECT_EQ(ex.statements[0].source->name, "Church");
    EXPECT_EQ(ex.statements[0].cue->text, "denied");
}

TEST(Speaker, ThePassiveSubjectHeardItAndSaidNothing) {
    EXPECT_EQ(extract_text("I was basically hauled in and told that my mother was a threat.").statements.size(), 0u);
    EXPECT_EQ(extract_text("The crew were told the ship would sail at dawn.").statements.size(), 0u);
    EXPECT_EQ(speaker_of("The captain told the crew that the ship would sail at dawn.").name, "captain");
}

TEST(Speaker, CallingSomethingByItsNameIsNoClaim) {
    EXPECT_EQ(
        extract_text("A defector from the elite group within the church called the Sea Org was persuaded to leave.")
            .statements.size(),
        0u);
    EXPECT_EQ(extract_text("He joined a group called the Sea Org.").statements.size(), 0u);
    EXPECT_EQ(speaker_of("The senator called the Democrats obstructionists.").name, "senator");
}

TEST(Speaker, StateAgenciesAndCountriesAreKnown) {
    EXPECT_EQ(speaker_of("KCNA said the shells fell near the border.").type, SourceType::agency);
    const Said y = speaker_of("According to Yonhap news agency, the shells fell near the border.");
    EXPECT_EQ(y.name, "Yonhap");
    EXPECT_EQ(y.type, SourceType::agency);
    EXPECT_EQ(speaker_of("South Korea says the broadcasts will continue.").type, SourceType::organization);
}

TEST(Speaker, ABodysNameSaysWhetherItIsAnOutlet) {
    EXPECT_EQ(extract::body_type("The Baltic Record"), SourceType::outlet);
    EXPECT_EQ(extract::body_type("Harbour Times"), SourceType::outlet);
    EXPECT_EQ(extract::body_type("Ministry of Defence"), SourceType::organization);
    EXPECT_EQ(extract::body_type("Records"), SourceType::organization);  // one word: no publication name
}

TEST(Speaker, AnOccupationBeforeANameIsTheRole) {
    const Said s = speaker_of("Coroner Gary Hargrove said the death was natural.");
    EXPECT_EQ(s.name, "Gary Hargrove");
    EXPECT_EQ(s.type, SourceType::person);
    EXPECT_EQ(speaker_of("Publicist Dana Reyes said the singer was resting.").name, "Dana Reyes");
}

TEST(Speaker, AnAcronymNamesABody) {
    EXPECT_EQ(speaker_of("HP said the deal was done.").type, SourceType::organization);
    EXPECT_EQ(speaker_of("NATO said the drills would go ahead.").type, SourceType::organization);
    // a lone name is still a person's, and a title is no acronym
    EXPECT_EQ(speaker_of("Moreau said the river had risen.").type, SourceType::person);
    EXPECT_EQ(speaker_of("MP Anna Vale said the vote was close.").name, "Anna Vale");
    // a surname in capitals that the text gives a first name is a person's
    const auto ex = extract_text("Senator Dana VOSS spoke first.\n\nVOSS said the vote was close.");
    ASSERT_FALSE(ex.statements.empty());
    EXPECT_EQ(ex.statements.back().source->type, SourceType::person);
}

TEST(Speaker, TheCompanyIsTheBusinessThatSpokeBefore) {
    const auto ex = extract_text(
        "Veltrix said the patch was ready.\n\nThe company said it would ship on Tuesday.\n\n"
        "The software giant said no customer data was lost.");
    ASSERT_EQ(ex.statements.size(), 3u);
    for (const auto& a : ex.statements) {
        EXPECT_EQ(a.source->name, "Veltrix");
        EXPECT_EQ(a.source->type, a.source->resolved_from ? SourceType::organization : SourceType::person);
    }
    EXPECT_TRUE(ex.statements[1].source->resolved_from);
    EXPECT_TRUE(ex.statements[2].source->resolved_from);
}

TEST(Speaker, TheCompanyPrefersAnOrganisationToABareName) {
    const auto ex = extract_text(
        "Dunmore Bank said sales fell.\n\nMoreau said the plant would stay open.\n\n"
        "The company said it had no plans to cut jobs.");
    ASSERT_EQ(ex.statements.size(), 3u);
    EXPECT_EQ(ex.statements[2].source->name, "Dunmore Bank");
}

TEST(Speaker, ItIsABareNameThatSpokeBefore) {
    const auto ex = extract_text("Veltrix said on Monday the patch was ready. It said customers should update.");
    ASSERT_EQ(ex.statements.size(), 2u);
    EXPECT_EQ(ex.statements[1].source->name, "Veltrix");
    // but not a name that a title showed to be a person's
    const auto her = extract_text("Ms. Moreau said on Monday the patch was ready. It said customers should update.");
    ASSERT_EQ(her.statements.size(), 2u);
    EXPECT_FALSE(her.statements[1].source->resolved_from);
    EXPECT_NE(her.statements[1].source->name, "Moreau");
}

TEST(Speaker, ATimeBeforeTheSpeakerIsNoPartOfIt) {
    const auto ex =
        extract_text("Veltrix said the patch was ready.\n\nToday the company said it would ship on Tuesday.");
    ASSERT_EQ(ex.statements.size(), 2u);
    const SourceMention& m = *ex.statements[1].source;
    EXPECT_EQ(m.text, "the company");
    EXPECT_EQ(m.name, "Veltrix");
    EXPECT_EQ(ex.document.text.substr(m.span->start, m.span->end - m.span->start), "the company");
}

TEST(Speaker, ADatelineGluedToTheNameIsNoPartOfIt) {
    SourceMention m;
    m.name = m.text = "Computerworld-Veltrix";
    m.span = Span{100, 121};
    extract::drop_dateline(m, std::string("www.computerworld.com"));
    EXPECT_EQ(m.name, "Veltrix");
    EXPECT_EQ(m.text, "Veltrix");
    EXPECT_EQ(m.span->start, 114u);
    SourceMention twice;
    twice.name = twice.text = "Dana Reyes-Dana Reyes";
    extract::drop_dateline(twice, std::nullopt);
    EXPECT_EQ(twice.name, "Dana Reyes");
    // a double-barrelled name stays whole
    SourceMention barrelled;
    barrelled.name = barrelled.text = "Anna Smith-Jones";
    extract::drop_dateline(barrelled, std::string("smith.com"));
    EXPECT_EQ(barrelled.name, "Anna Smith-Jones");
}

TEST(Speaker, ALoneNameTheTextGivesAFirstNameIsAPersonsForItAndTheCompany) {
    const auto ex = extract_text(
        "Senator Dana Voss toured the plant.\n\nVoss said on Monday the plant was safe. It said the audit was "
        "complete.\n\nThe company said output would rise.");
    ASSERT_GE(ex.statements.size(), 2u);
    for (const auto& a : ex.statements)
        if (a.source->text != "Voss") {
            EXPECT_NE(a.source->name, "Voss") << a.source->text;
        }
}

TEST(Speaker, TheCompanyIsNoPublicBody) {
    const auto ex =
        extract_text("The Health Ministry said the clinic was closed.\n\nThe company said it would reopen in May.");
    ASSERT_EQ(ex.statements.size(), 2u);
    EXPECT_FALSE(ex.statements[1].source->resolved_from);
}

TEST(Speaker, TheTitleIsThePersonTheTextGaveIt) {
    // named with the title, though not as a speaker, before
    const auto ex = extract_text("Coroner Dana Reyes examined the body. The coroner said the death was natural.");
    ASSERT_EQ(ex.statements.size(), 1u);
    EXPECT_EQ(ex.statements[0].source->name, "Dana Reyes");
    EXPECT_TRUE(ex.statements[0].source->resolved_from);
    // "The President" capitalised is a description too
    const auto p = extract_text(
        "President Anna Vale said the plan was ready.\n\nThe President said the vote would be held in May.");
    ASSERT_EQ(p.statements.size(), 2u);
    EXPECT_EQ(p.statements[1].source->name, "Anna Vale");
}

TEST(Speaker, ABodyOfAPlaceKeepsItsWholeNameAndSpeaksForItsMessage) {
    const Said body = speaker_of("The Commission for Ports and Ferries of Veltria said the harbour would reopen.");
    EXPECT_EQ(body.name, "Commission for Ports and Ferries of Veltria");
    EXPECT_EQ(body.type, SourceType::organization);
    const Said message =
        speaker_of("The harbour will reopen, a message from the Commission for Ports and Ferries of Veltria said.");
    EXPECT_EQ(message.name, "Commission for Ports and Ferries of Veltria");
    EXPECT_EQ(message.type, SourceType::organization);
    // a person of a body is still that person
    const Said person = speaker_of("Peter Lang of the Harbour Commission said the harbour would reopen.");
    EXPECT_EQ(person.name, "Peter Lang");
}

TEST(Speaker, AStatementIsItsAuthorsNeverADayOrTheWordStatement) {
    const Said day = speaker_of("An inmate escaped from a van, according to a Veltria prison statement Monday.");
    EXPECT_EQ(day.name, "Veltria prison");
    EXPECT_EQ(day.type, SourceType::organization);
    const Said from = speaker_of("Five people died, according to a statement from the Harbour Commission.");
    EXPECT_EQ(from.name, "Harbour Commission");
    const Said by = speaker_of("Five people died, according to a report by the Harbour Commission.");
    EXPECT_EQ(by.name, "Harbour Commission");
    const Said body = speaker_of("Five people died, according to a Kremlin statement.");
    EXPECT_EQ(body.name, "Kremlin");
    // a press release is its body's too ("an NYPD release" and "the NYPD" are one source)
    const Said release = speaker_of("A man was struck by a car, according to an HPD release.");
    EXPECT_EQ(release.name, "HPD");
    EXPECT_EQ(release.type, SourceType::organization);
    EXPECT_EQ(speaker_of("Five people died, according to a press release.").type, SourceType::anonymous);
    const Said of = speaker_of("The vote was valid, according to the resolution of the Harbour Election Commission.");
    EXPECT_EQ(of.name, "Harbour Election Commission");
    EXPECT_EQ(of.type, SourceType::organization);
    // whom a poll asked did not write it
    EXPECT_NE(speaker_of("Five won, according to a poll of Veltria voters.").name, "Veltria voters");
    // a document no one is named as writing stays a document
    const Said none = speaker_of("Five people died, according to a new statement.");
    EXPECT_EQ(none.type, SourceType::anonymous);
}

TEST(Speaker, AnAcademyOfArtsAndSciencesKeepsItsWholeName) {
    const Said s = speaker_of("The Academy of Harbour Arts and Sciences said the ceremony would go ahead.");
    EXPECT_EQ(s.name, "Academy of Harbour Arts and Sciences");
    EXPECT_EQ(s.type, SourceType::organization);
}

TEST(Speaker, AnAliasIsANameOrARolePhraseNeverAClause) {
    SourceMention m;
    m.span = Span{0, 1};
    m.text = "Mayor Ana Ruiz, head of the port,";
    EXPECT_EQ(extract::alias_of(m), "Mayor Ana Ruiz, head of the port");
    m.text = "AFP, the United Nations and the US have both criticised";
    EXPECT_EQ(extract::alias_of(m), "");
    m.text = "a Monday statement President Vale said he intended to nominate Dr. Reyes";
    EXPECT_EQ(extract::alias_of(m), "");
    m.text = "Ed Snider, who attended the news conference,";
    EXPECT_EQ(extract::alias_of(m), "");  // a relative clause
    m.text = "one of the three senior officials of the port authority in the northern district";
    EXPECT_EQ(extract::alias_of(m), "");  // more than ten words
    m.span.reset();
    m.text = "Mayor Ana Ruiz";
    EXPECT_EQ(extract::alias_of(m), "");  // inferred, not written
}

// a title-case headline on the line before a speaker's name is no part of the name; a name
// wrapped with the text's lines stays whole
TEST(Speaker, AHeadlineOnTheLineBeforeIsNoPartOfTheName) {
    const auto ex = extract_text(
        "The ferry was late, the paper said.\nAna TullShareReplyFebruary 6, 2016 9:12PMBrel Says His Harbour "
        "Replacement Will Not Allow People To Die On The Street\nIvo Brel, who has made favorable comments about "
        "the port in the past, defended his commitment to the ferry. The ferry was late on Monday, and Senator "
        "Ana\nTull said the timetable would change.");
    const Attribution* brel = find_statement(ex, "his commitment");
    const Attribution* tull = find_statement(ex, "timetable would change");
    ASSERT_TRUE(brel && tull);
    EXPECT_EQ(brel->source->name, "Ivo Brel");
    EXPECT_EQ(tull->source->name, "Ana Tull");
}

// "Jorge Orel, 58, said": an age is no role, nor is a circumstance; where one works is
TEST(Speaker, AnAgeOrACircumstanceAfterTheNameIsNoRole) {
    const auto ex = extract_text(
        "Jorge Orel, 58, said the ferry was late. Ana Tull, after a long pause, said the pier was shut. "
        "Dan Kell, at the Harbour Institute, said the port was busy. Ivo Brel, a harbour pilot, said the fog "
        "was thick.");
    const Attribution* orel = find_statement(ex, "ferry was late");
    const Attribution* tull = find_statement(ex, "pier was shut");
    const Attribution* kell = find_statement(ex, "port was busy");
    const Attribution* brel = find_statement(ex, "fog was thick");
    ASSERT_TRUE(orel && tull && kell && brel);
    EXPECT_EQ(orel->source->name, "Jorge Orel");
    EXPECT_EQ(orel->source->role, "");
    EXPECT_EQ(tull->source->role, "");
    EXPECT_EQ(kell->source->role, "at the Harbour Institute");
    EXPECT_EQ(brel->source->role, "harbour pilot");
}

}  // namespace claimgraph
