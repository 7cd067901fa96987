// Who speaks when the phrase names a place, a body or a role with "of", "at", "for" or "in";
// settings, titles, stations, publications and groups that are no person.
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

// "A few researchers of the port's history": the noun before "of" is who speaks, and how
// many; "he" in the next sentence is not them
TEST(Speaker, TheNounBeforeOfIsWhoSpeaksAndHowMany) {
    const auto ex = extract_text(
        "Harbour master Ivo Brel said the pier would reopen. A few researchers of the port's history have "
        "suggested that Brel could have saved the old crane. He discounted those rumors, saying the crane was "
        "beyond repair. One of them told the council the crane could still be moved.");
    const Attribution* researchers = find_statement(ex, "saved the old crane");
    const Attribution* he = find_statement(ex, "beyond repair");
    const Attribution* one = find_statement(ex, "still be moved");
    ASSERT_TRUE(researchers && he && one);
    EXPECT_EQ(researchers->source->type, SourceType::collective);
    EXPECT_EQ(he->source->name, "Ivo Brel");
    EXPECT_EQ(one->source->name, "One of them");
    EXPECT_EQ(one->source->type, SourceType::anonymous);
    // who is shown speaks: "footage of Ivo Brel saying"
    const auto shown = extract_text("The spot ends with footage of Ivo Brel saying, \u201CThe pier is safe.\u201D");
    ASSERT_EQ(shown.statements.size(), 1u);
    EXPECT_EQ(shown.statements[0].source->name, "Ivo Brel");
}

// "Senator Bernie Sanders of Vermont": the person, not the place they are from
TEST(Speaker, ATitledNameOfAPlaceIsThePerson) {
    const auto ex = extract_text(
        "Senator Ivo Brel of Varnia said the bridge would close. Republican Rep. Ana G. Tull of New Harbour "
        "said the port would open. Chancellor Lena Marsh of Ostland said talks went on. Harbour County "
        "Supervisor of Elections Dana Vale said the count was over.");
    const Attribution* brel = find_statement(ex, "bridge would close");
    const Attribution* tull = find_statement(ex, "port would open");
    const Attribution* marsh = find_statement(ex, "talks went on");
    const Attribution* vale = find_statement(ex, "count was over");
    ASSERT_TRUE(brel && tull && marsh && vale);
    EXPECT_EQ(brel->source->name, "Ivo Brel");
    EXPECT_EQ(brel->source->role, "Senator");
    EXPECT_EQ(tull->source->name, "Ana G. Tull");
    EXPECT_EQ(tull->source->role, "Republican Rep.");
    EXPECT_EQ(marsh->source->name, "Lena Marsh");
    EXPECT_EQ(vale->source->name, "Dana Vale");  // "Supervisor of Elections" is her title
}

// "Joel Pollak of Breitbart California": a first name and a surname before "of" are the
// person, whatever names the body or place after it (the body's words had been the person,
// the person's "Joel Pollak of" the role)
TEST(Speaker, AFirstNameAndSurnameBeforeOfAreThePerson) {
    const auto ex = extract_text(
        "Anna Varga of Harbour Capital said the bank had raised its forecast. Mark Tull of Varnia said the "
        "ferry was late. Paul Kell of The Beacon wrote that the port was closed. Maria Rask of Portmore, D.C., "
        "said the count was over.");
    const Attribution* varga = find_statement(ex, "raised its forecast");
    const Attribution* tull = find_statement(ex, "ferry was late");
    const Attribution* kell = find_statement(ex, "port was closed");
    const Attribution* rask = find_statement(ex, "count was over");
    ASSERT_TRUE(varga && tull && kell && rask);
    EXPECT_EQ(varga->source->name, "Anna Varga");
    EXPECT_EQ(varga->source->organization, "Harbour Capital");
    EXPECT_EQ(tull->source->name, "Mark Tull");  // one word, no article: a place, maybe
    EXPECT_EQ(tull->source->organization, "");
    EXPECT_EQ(kell->source->name, "Paul Kell");
    EXPECT_EQ(kell->source->organization, "Beacon");
    EXPECT_EQ(rask->source->name, "Maria Rask");
    EXPECT_EQ(rask->source->role, "");  // "D.C." is the place's, no role
    // whatever the surname means, after a title or a description in lower case
    const auto titled = extract_text(
        "Senator Barbara Boxer of Varnia said the bill was dead. Former Gov. Peter T. King of Ostland said the "
        "port was open. Undecided voter Anna Church of Derry said the race was close.");
    const Attribution* boxer = find_statement(titled, "bill was dead");
    const Attribution* king = find_statement(titled, "port was open");
    const Attribution* church = find_statement(titled, "race was close");
    ASSERT_TRUE(boxer && king && church);
    EXPECT_EQ(boxer->source->name, "Barbara Boxer");
    EXPECT_EQ(boxer->source->role, "Senator");
    EXPECT_EQ(king->source->name, "Peter T. King");
    EXPECT_EQ(king->source->role, "Former Gov.");
    EXPECT_EQ(church->source->name, "Anna Church");
    EXPECT_EQ(church->source->role, "Undecided voter");
    // a body named with "of" or "for", and "at" a body as "of" it
    const auto bodies = extract_text(
        "Anna Lind of the University of Varnia School of Law said the ruling was wrong. Mark Holm at the Harbour "
        "Review wrote that the port was closed.");
    const Attribution* lind = find_statement(bodies, "ruling was wrong");
    const Attribution* holm = find_statement(bodies, "port was closed");
    ASSERT_TRUE(lind && holm);
    EXPECT_EQ(lind->source->name, "Anna Lind");
    EXPECT_EQ(lind->source->organization, "University of Varnia School of Law");
    EXPECT_EQ(holm->source->name, "Mark Holm");
    EXPECT_EQ(holm->source->organization, "Harbour Review");
    // a body's name is no person's: "Friends of the Earth", "Bank of Varnia"
    const auto body = extract_text("Bank of Varnia said the rate would rise.");
    ASSERT_EQ(body.statements.size(), 1u);
    EXPECT_EQ(body.statements[0].source->name, "Bank of Varnia");
}

// "the mayor of Portmore", "the former CEO of Harbour Lines": the holder of a role of a body
// or place speaks (had been a person named "Portmore" in the role "mayor of"); "the city of
// Portmore", "the Harbour Workers of Varnia" are bodies (had been persons "Portmore",
// "Varnia")
TEST(Speaker, TheHolderOfARoleOfABodySpeaks) {
    const auto ex = extract_text(
        "The mayor of Portmore said the port was open. But, the former CEO of Harbour Lines added, it is not "
        "the way to win. The head of the Harbour Authority said the cranes were idle. The city of Portmore is "
        "demanding that the campaign stop using the image of its police officers. The fire was out, according "
        "to the Harbour Workers of Varnia. The Republic of Varnia said the border was closed. A spokesman for "
        "Mr. Brel said the talks were over.");
    const Attribution* mayor = find_statement(ex, "port was open");
    const Attribution* ceo = find_statement(ex, "the way to win");
    const Attribution* head = find_statement(ex, "cranes were idle");
    const Attribution* city = find_statement(ex, "stop using the image");
    const Attribution* workers = find_statement(ex, "fire was out");
    const Attribution* republic = find_statement(ex, "border was closed");
    const Attribution* spokesman = find_statement(ex, "talks were over");
    ASSERT_TRUE(mayor && ceo && head && city && workers && republic && spokesman);
    EXPECT_EQ(mayor->source->name, "mayor of Portmore");
    EXPECT_EQ(mayor->source->role, "mayor");
    EXPECT_EQ(mayor->source->type, SourceType::person);
    EXPECT_EQ(ceo->source->name, "former CEO of Harbour Lines");
    EXPECT_EQ(ceo->source->role, "former CEO");
    EXPECT_EQ(ceo->source->organization, "Harbour Lines");
    EXPECT_EQ(head->source->type, SourceType::person);
    EXPECT_EQ(head->source->organization, "Harbour Authority");
    EXPECT_EQ(city->source->name, "city of Portmore");
    EXPECT_EQ(city->source->type, SourceType::organization);
    EXPECT_EQ(workers->source->name, "Harbour Workers of Varnia");
    EXPECT_EQ(workers->source->type, SourceType::organization);
    EXPECT_EQ(republic->source->name, "Republic of Varnia");
    EXPECT_EQ(spokesman->source->organization, "");  // Mr. Brel is a person, no body
    // a body, then a name: the person named speaks
    const auto named = extract_text("CEO of the Refugee Council Enver Solomon told reporters the camp was full.");
    ASSERT_EQ(named.statements.size(), 1u);
    EXPECT_EQ(named.statements[0].source->name, "Enver Solomon");
    // the role after a first "of" that holds none: "the campaign of the former senator from"
    const auto campaign =
        extract_text("The port closed, the campaign of the former senator from Varnia said on Monday.");
    ASSERT_EQ(campaign.statements.size(), 1u);
    EXPECT_NE(campaign.statements[0].source->name, "Varnia");
}

// A description, then the name with an initial, a title or a suffix: the name speaks
// ("Christopher M. Shelton, the president of …, which …, said" had been the president's;
// "The chairman of the Joint Chiefs, Gen. Joseph F. Dunford Jr., asked" the chairman's)
TEST(Speaker, ANameWithInitialsOrTitleBesideADescriptionSpeaks) {
    const auto ex = extract_text(
        "Christopher M. Tull, the president of the Harbour Workers of Varnia, which endorsed the mayor in "
        "December, said that the strike would go on. The chairman of the Joint Port Board, Gen. Ivo Brel Jr., "
        "said the port was safe.");
    const Attribution* tull = find_statement(ex, "strike would go on");
    const Attribution* brel = find_statement(ex, "port was safe");
    ASSERT_TRUE(tull && brel);
    EXPECT_EQ(tull->source->name, "Christopher M. Tull");
    EXPECT_EQ(brel->source->name, "Ivo Brel Jr.");
    EXPECT_EQ(brel->source->role, "chairman of the Joint Port Board");
}

// Where or when a person spoke, a compound title and a body's kind in lower case are no
// part of the name ("Trump in his announcement speech" had been a person so named)
TEST(Speaker, SettingsAndCompoundTitlesAreNoPartOfTheName) {
    const auto ex = extract_text(
        "Brel in his announcement speech said the port would reopen. Mr. Tull in Portmore on Monday said the vote "
        "was close. Harbour Workers Secretary-Treasurer Ana Kell said the strike would go on. Anna Varga of the "
        "Varnia delegation said the count was over. Then-Archbishop of Mobile Ivo Lipscomb said the church was "
        "full. The ex-husband of Anna Rask said the house was sold.");
    const Attribution* brel = find_statement(ex, "port would reopen");
    const Attribution* tull = find_statement(ex, "vote was close");
    const Attribution* kell = find_statement(ex, "strike would go on");
    const Attribution* varga = find_statement(ex, "count was over");
    const Attribution* lipscomb = find_statement(ex, "church was full");
    const Attribution* rask = find_statement(ex, "house was sold");
    ASSERT_TRUE(brel && tull && kell && varga && lipscomb && rask);
    EXPECT_EQ(brel->source->name, "Brel");
    EXPECT_EQ(tull->source->name, "Tull");
    EXPECT_EQ(kell->source->name, "Ana Kell");
    EXPECT_EQ(varga->source->name, "Anna Varga");
    EXPECT_EQ(varga->source->organization, "Varnia delegation");
    EXPECT_EQ(lipscomb->source->name, "Ivo Lipscomb");
    EXPECT_EQ(rask->source->name, "ex-husband of Anna Rask");
    EXPECT_EQ(rask->source->organization, "");  // a person's, no body's
}

// A generation and a jury are groups, not persons named "Millennials" or "Jury"
TEST(Speaker, AGenerationAndAJuryAreGroups) {
    const auto ex = extract_text(
        "By a lopsided margin, Millennials support checks for all buyers. Jury finds that "
        "the suspect lied.");
    ASSERT_EQ(ex.statements.size(), 2u);
    for (const Attribution& a : ex.statements) {
        ASSERT_TRUE(a.source);
        EXPECT_NE(a.source->type, SourceType::person) << a.source->name;
    }
    // (a jury is a body's people, as police are: the one jury of a trial across its articles,
    // where "Millennials" alone are anyone)
    const Attribution* jury = find_statement(ex, "suspect lied");
    ASSERT_TRUE(jury);
    EXPECT_EQ(jury->source->type, SourceType::collective);
}

// Someone unnamed before a preposition and a place: "Polls in New Hampshire" are the polls,
// "an exchange student in Montana" the student (each had been a person named after the place,
// "Polls in" the role); a title before a name is still the name's ("Secretary of State …")
TEST(Speaker, SomeoneUnnamedBeforeAPlaceSpeaks) {
    const auto ex = extract_text(
        "Polls in Varnia show that the mayor leads. An exchange student in Portmore asked whether the port "
        "was safe. An average of recent polls by Harbour Research shows that the race is close. Secretary of "
        "State Ana Reyes said the talks were over.");
    const Attribution* polls = find_statement(ex, "mayor leads");
    const Attribution* student = find_statement(ex, "port was safe");
    const Attribution* average = find_statement(ex, "race is close");
    const Attribution* reyes = find_statement(ex, "talks were over");
    ASSERT_TRUE(polls && student && average && reyes);
    EXPECT_EQ(polls->source->name, "Polls in Varnia");
    EXPECT_EQ(polls->source->type, SourceType::anonymous);
    EXPECT_EQ(student->source->name, "exchange student in Portmore");
    EXPECT_EQ(student->source->role, "exchange student");
    EXPECT_EQ(average->source->name, "Harbour Research");
    EXPECT_EQ(reyes->source->name, "Ana Reyes");
}

// A station by its call sign, a publication so described, a constitution and a group before
// any preposition are no persons ("WCVB-TV", "Trade publication Variety", "the Turkmen
// constitution", "Users across the country" had each been a person)
TEST(Speaker, StationsPublicationsDocumentsAndGroupsAreNoPersons) {
    const auto ex = extract_text(
        "WPRT-TV reported that the port was closed. Trade publication Harbour Variety reported that the studio "
        "had closed. The Varnian constitution says that the president must be elected. Users across the "
        "country reported that the network was down.");
    const Attribution* station = find_statement(ex, "port was closed");
    const Attribution* variety = find_statement(ex, "studio had closed");
    const Attribution* constitution = find_statement(ex, "must be elected");
    const Attribution* users = find_statement(ex, "network was down");
    ASSERT_TRUE(station && variety && constitution && users);
    EXPECT_EQ(station->source->type, SourceType::outlet);
    EXPECT_EQ(variety->source->type, SourceType::outlet);
    EXPECT_EQ(variety->source->name, "Harbour Variety");
    EXPECT_EQ(constitution->source->type, SourceType::anonymous);
    EXPECT_EQ(users->source->type, SourceType::collective);
}

// An abbreviated title between a body and a name is the role, not the body's last word
// ("Troy police Lt. Gerry Scherlinck" had made the body "Troy police Lt.")
TEST(Speaker, AnAbbreviatedTitleAfterABodyIsTheRole) {
    const auto ex = extract_text(
        "Harbour police Lt. Ivo Brel said the port was closed. Retired Army Col. Ana Reyes said the road was "
        "open.");
    const Attribution* brel = find_statement(ex, "port was closed");
    const Attribution* reyes = find_statement(ex, "road was open");
    ASSERT_TRUE(brel && reyes);
    EXPECT_EQ(brel->source->name, "Ivo Brel");
    EXPECT_EQ(brel->source->role, "Lt.");
    EXPECT_EQ(brel->source->organization, "Harbour police");
    EXPECT_EQ(reyes->source->role, "Col.");
    EXPECT_EQ(reyes->source->organization, "Retired Army");
}

// Words before a name that end on a preposition are no role ("The ad uses footage of" had
// been the role of the person shown speaking)
TEST(Speaker, WordsEndingOnAPrepositionAreNoRole) {
    const auto ex = extract_text("The ad uses footage of Ana Reyes saying that the port is safe.");
    ASSERT_EQ(ex.statements.size(), 1u);
    ASSERT_TRUE(ex.statements[0].source);
    EXPECT_EQ(ex.statements[0].source->name, "Ana Reyes");
    EXPECT_EQ(ex.statements[0].source->role, "");
    // nor are words ending on an article, nor a name's particle alone ("de" of "de Blasio")
    const auto article = extract_text(
        "It was a partial reversal for the Varnia Republican, who said the port would reopen. Later de Varga "
        "said the port was closed.");
    for (const Attribution& a : article.statements) {
        ASSERT_TRUE(a.source);
        EXPECT_EQ(a.source->role, "") << a.source->name;
    }
    // nor are words that join or compare ("Critics like", "Neither Cruz nor")
    const auto like = extract_text("Critics like Ana Reyes say that the plan fails.");
    ASSERT_EQ(like.statements.size(), 1u);
    ASSERT_TRUE(like.statements[0].source);
    EXPECT_EQ(like.statements[0].source->role, "");
}

// "He’s not saying …": the pronoun speaks, its "’s" no possessive (had been a person "He's")
TEST(Speaker, APronounsContractedIsIsNoPartOfTheSpeaker) {
    const auto ex =
        extract_text("Ivo Brel said the port was open. He\u2019s not saying what other steps he would support.");
    const Attribution* steps = find_statement(ex, "other steps");
    ASSERT_TRUE(steps && steps->source);
    EXPECT_EQ(steps->source->name, "Ivo Brel");
}

// A participle after a verb and its object speaks for the verb's subject ("His wife, Michele,
// released a statement saying …" had been a speaker "released a statement")
TEST(Speaker, AParticipleAfterAVerbAndItsObjectIsTheSubjects) {
    const auto ex = extract_text(
        "His wife, Anna, released a statement saying they had been separated. The groups also sent a letter "
        "today asking the ministers to rescind the changes.");
    const Attribution* anna = find_statement(ex, "been separated");
    const Attribution* groups = find_statement(ex, "rescind the changes");
    ASSERT_TRUE(anna && groups && anna->source && groups->source);
    EXPECT_EQ(anna->source->name, "Anna");
    EXPECT_EQ(groups->source->name, "Groups");
    EXPECT_EQ(ex.statements.size(), 2u);  // "released a statement" makes none of its own
}

// A description's relative clause is no part of the role, even without a comma; a setting
// before a body is no part of the body ("Saturday at the … convention Sen. Elizabeth Warren")
TEST(Speaker, ARelativeClauseAndASettingStayOutOfRoleAndBody) {
    const auto ex = extract_text(
        "Anna Tull, a Democratic pollster who worked for the mayor for decades, said the race was close. "
        "Speaking Saturday at the Harbour Party Convention, Sen. Ana Reyes said the port would stay open.");
    const Attribution* tull = find_statement(ex, "race was close");
    ASSERT_TRUE(tull && tull->source);
    EXPECT_EQ(tull->source->role, "Democratic pollster");
    const auto body = extract_text("Tuesday at the Harbour Party Convention Sen. Ana Reyes said the port was open.");
    ASSERT_EQ(body.statements.size(), 1u);
    ASSERT_TRUE(body.statements[0].source);
    EXPECT_EQ(body.statements[0].source->name, "Ana Reyes");
    EXPECT_EQ(body.statements[0].source->organization.find("Tuesday"), std::string::npos)
        << body.statements[0].source->organization;
}

// "A spokesman for Mayor Ivo Brel said": the spokesman speaks, not the mayor
TEST(Speaker, TheHolderOfARoleForSomeoneSpeaks) {
    const auto ex = extract_text(
        "A spokeswoman for Harbour Lines said the ferry was late. A spokesman for Mayor Ivo Brel said the mayor "
        "was away. The senator from Varnia said the bill was dead. Aides to Brel said he was resting. "
        "Advisers to Mr. Brel said the plan was ready. A spokesman for Mayor Dan G. Kell of Varnia said the "
        "mayor was ill.");
    const Attribution* lines = find_statement(ex, "ferry was late");
    const Attribution* mayor = find_statement(ex, "mayor was away");
    const Attribution* senator = find_statement(ex, "bill was dead");
    const Attribution* aides = find_statement(ex, "was resting");
    const Attribution* advisers = find_statement(ex, "plan was ready");
    ASSERT_TRUE(lines && mayor && senator && aides && advisers);
    EXPECT_EQ(lines->source->name, "spokeswoman for Harbour Lines");
    EXPECT_EQ(lines->source->role, "spokeswoman");
    EXPECT_EQ(lines->source->organization, "Harbour Lines");
    EXPECT_EQ(mayor->source->name, "spokesman for Mayor Ivo Brel");
    EXPECT_EQ(mayor->source->role, "spokesman");
    EXPECT_EQ(mayor->source->type, SourceType::person);
    EXPECT_EQ(senator->source->role, "senator");
    EXPECT_EQ(aides->source->type, SourceType::collective);
    EXPECT_EQ(advisers->source->type, SourceType::collective);
    const Attribution* ill = find_statement(ex, "mayor was ill");
    ASSERT_TRUE(ill);
    EXPECT_EQ(ill->source->name, "spokesman for Mayor Dan G. Kell of Varnia");
    EXPECT_EQ(ill->source->role, "spokesman");
    // "at" a body as "for" one: an editor at the Ledger is no person named "Harbour Ledger"
    // in the role "editor at the"
    const auto at = extract_text("An editor at the Harbour Ledger said the story had been checked twice.");
    ASSERT_EQ(at.statements.size(), 1u);
    EXPECT_EQ(at.statements[0].source->name, "editor at the Harbour Ledger");
    EXPECT_EQ(at.statements[0].source->role, "editor");
    EXPECT_EQ(at.statements[0].source->organization, "Harbour Ledger");
    EXPECT_EQ(at.statements[0].source->type, SourceType::person);
    // someone unnamed at a body is anonymous, the body apart (they were organizations
    // named "source at the Kremlin")
    const auto unnamed = extract_text(
        "A source at the Kremlin said no decision had been made.\n\n"
        "An official in the Interior Ministry said the border was closed.\n\n"
        "Sources inside the company said the deal was off.");
    const Attribution* kremlin = find_statement(unnamed, "no decision");
    const Attribution* ministry = find_statement(unnamed, "border was closed");
    const Attribution* company = find_statement(unnamed, "deal was off");
    ASSERT_TRUE(kremlin && ministry && company);
    EXPECT_EQ(kremlin->source->name, "Source at the Kremlin");
    EXPECT_EQ(kremlin->source->organization, "Kremlin");
    EXPECT_EQ(ministry->source->organization, "Interior Ministry");
    for (const Attribution* a : {kremlin, ministry, company}) EXPECT_EQ(a->source->type, SourceType::anonymous);
}

}  // namespace claimgraph
