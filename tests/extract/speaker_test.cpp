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

namespace {

// The speaker's words of each statement that has a speaker, in order.
std::vector<std::string> speakers_words(const Extraction& ex) {
    std::vector<std::string> out;
    for (const auto& s : ex.statements)
        if (s.source) out.push_back(s.source->text);
    return out;
}

}  // namespace

TEST(Speaker, SplitsOrganisationRoleAndName) {
    const auto ex = extract_text("Foreign Ministry spokeswoman Maria Zakharova said that the talks had failed.");
    ASSERT_EQ(ex.statements.size(), 1u);
    const SourceMention& m = *ex.statements[0].source;
    EXPECT_EQ(m.name, "Maria Zakharova");
    EXPECT_EQ(m.role, "spokeswoman");
    EXPECT_EQ(m.organization, "Foreign Ministry");
    EXPECT_EQ(m.type, SourceType::person);
}

TEST(Speaker, AWordThatStandsForTheSpeakersNamesThem) {
    // "both", "most", "some" after a comma stand for the people the sentence spoke of: the
    // word is the speaker's name (it had been skipped as a determiner, leaving no name, and
    // a source without a name cannot be exported and imported again)
    const auto ex = extract_text(
        "The two ministers met in Kyiv, and both said the bridge was safe.\n\n"
        "Of the voters polled, most said the ferry fares would rise.\n\n"
        "The harbour pilots were divided; some argued that the port should close.");
    const Attribution* both = find_statement(ex, "bridge was safe");
    const Attribution* most = find_statement(ex, "fares would rise");
    const Attribution* some = find_statement(ex, "port should close");
    ASSERT_TRUE(both && most && some);
    EXPECT_EQ(both->source->name, "Both");
    EXPECT_EQ(most->source->name, "Most");
    EXPECT_EQ(some->source->name, "Some");
    for (const Attribution* a : {both, most, some}) EXPECT_EQ(a->source->type, SourceType::anonymous);
    // a determiner before its noun is still left out of the name
    const auto officials = extract_text("The ministers met, and some officials said the bridge was safe.");
    ASSERT_EQ(officials.statements.size(), 1u);
    EXPECT_EQ(officials.statements[0].source->name, "Officials");
}

TEST(Speaker, ANameAndAVerbInThePastAreAClauseNotAName) {
    // the words before a cue held a clause: "Mayor Ana Lund appointed a harbour chief who
    // had accused …" was a source named "Mayor Ana Lund appointed a harbour chief", "Lund
    // made similarly sharp charges that …" one named "Lund made similarly sharp"
    const auto ex = extract_text(
        "Mayor Ana Lund appointed a harbour chief who had accused the ferry company of hiding the damage.\n\n"
        "Lund made similarly sharp charges that the ferry company had hidden the damage.\n\n"
        "Ms. Lund, who was born in Dover and emigrated as a teenager, said the quay would reopen.");
    const Attribution* chief = find_statement(ex, "hiding the damage");
    const Attribution* charges = find_statement(ex, "had hidden the damage");
    const Attribution* born = find_statement(ex, "quay would reopen");
    ASSERT_TRUE(chief && charges && born);
    EXPECT_EQ(chief->source->name, "harbour chief");  // who accused: what "appointed" took
    EXPECT_EQ(charges->source->name, "Lund");  // whose charges: the clause's subject
    // a verb past a comma describes the name before it: the speaker stays whole
    EXPECT_EQ(born->source->name, "Lund");
    EXPECT_EQ(born->source->text, "Ms. Lund, who was born in Dover and emigrated as a teenager,");
}

TEST(Speaker, ThePeopleAskedSpeakNotWhoAskedThem) {
    // "Fishermen interviewed by Reuters said" was a person named "Reuters" in the role
    // "Fishermen interviewed by"; "Traders interviewed by the paper" a body of that name
    const auto ex = extract_text(
        "Traders interviewed by the paper said the market would reopen.\n\n"
        "Fishermen interviewed by Reuters said the catch had fallen.\n\n"
        "Residents questioned by the council said the road was unsafe.");
    const Attribution* traders = find_statement(ex, "market would reopen");
    const Attribution* fishermen = find_statement(ex, "catch had fallen");
    const Attribution* residents = find_statement(ex, "road was unsafe");
    ASSERT_TRUE(traders && fishermen && residents);
    EXPECT_EQ(traders->source->name, "Traders");
    EXPECT_EQ(fishermen->source->name, "Fishermen");
    EXPECT_EQ(fishermen->source->role, "");
    EXPECT_EQ(residents->source->name, "Residents");
    for (const Attribution* a : {traders, fishermen, residents}) EXPECT_EQ(a->source->type, SourceType::anonymous);
}

TEST(Speaker, AnAsideOnWhatTheyWereDoingIsNoName) {
    // "The mayor, speaking to reporters, said": the name was "Speaking to reporters" (and
    // "Trump, speaking to a veterans group, said" had that as his role)
    const auto ex = extract_text(
        "The mayor, speaking to reporters, said the bridge was safe.\n\n"
        "The hospital director, speaking to reporters outside the building, said 31 people had been admitted.\n\n"
        "The governor, visiting the site on Monday, said the damage was severe.\n\n"
        "Ivo Brel, speaking to a veterans group in Dover, said the port would reopen.");
    const Attribution* mayor = find_statement(ex, "bridge was safe");
    const Attribution* director = find_statement(ex, "had been admitted");
    const Attribution* governor = find_statement(ex, "damage was severe");
    const Attribution* brel = find_statement(ex, "port would reopen");
    ASSERT_TRUE(mayor && director && governor && brel);
    EXPECT_EQ(mayor->source->name, "mayor");
    EXPECT_EQ(director->source->name, "hospital director");
    EXPECT_EQ(governor->source->name, "governor");
    EXPECT_EQ(brel->source->name, "Ivo Brel");
    EXPECT_EQ(brel->source->role, "");
}

TEST(Speaker, TheWordRulesReadASpeakerPastAnAsideOnHowTheySpoke) {
    // the word rules (--fast) found no statement in "The minister, writing on Telegram,
    // said …" (the default found one from the parse, without its speaker)
    extract::Options fast;
    fast.fast = true;
    const auto ex = extract_text(
        "The minister, writing on Telegram, said the port was closed.\n\n"
        "The mayor, speaking to reporters, said the bridge was safe.",
        fast);
    const Attribution* minister = find_statement(ex, "port was closed");
    const Attribution* mayor = find_statement(ex, "bridge was safe");
    ASSERT_TRUE(minister && mayor);
    EXPECT_EQ(minister->source->name, "minister");
    EXPECT_EQ(mayor->source->name, "mayor");
    const auto whole = extract_text("The minister, writing on Telegram, said the port was closed.");
    ASSERT_EQ(whole.statements.size(), 1u);
    ASSERT_TRUE(whole.statements[0].source);
    EXPECT_EQ(whole.statements[0].source->name, "minister");
}

TEST(Speaker, OneUnnamedOfficialIsAnonymousHisColleaguesACollective) {
    // "A State Department official" was a collective source, as "State Department
    // officials" are: one person the text does not name is anonymous
    const auto ex = extract_text(
        "A State Department official said the talks had stalled.\n\n"
        "State Department officials said the envoy would return.\n\n"
        "An Israeli official, speaking on condition of anonymity, said the visit was off.");
    const Attribution* one = find_statement(ex, "talks had stalled");
    const Attribution* many = find_statement(ex, "envoy would return");
    const Attribution* israeli = find_statement(ex, "visit was off");
    ASSERT_TRUE(one && many && israeli);
    EXPECT_EQ(one->source->type, SourceType::anonymous);
    EXPECT_EQ(many->source->type, SourceType::collective);
    EXPECT_EQ(israeli->source->type, SourceType::anonymous);
    EXPECT_EQ(israeli->source->name, "Israeli official");
}

TEST(Speaker, NamesABodyOnlyFromItsHead) {
    // a body's head in lower case ("campaign", "accused") with capitalised words after it
    // that are a title and a name: no body "Mr." or "President Tomas Vale of fraud"
    const auto ex = extract_text(
        "A woman who has accused former President Tomas Vale of fraud said the papers were false.\n\nHe has held up "
        "the plan as typical of a campaign Mr. Vale has called reckless and unlawful.\n");
    ASSERT_EQ(ex.statements.size(), 2u);
    for (const auto& s : ex.statements) {
        ASSERT_TRUE(s.source);
        EXPECT_EQ(s.source->organization, "") << s.source->text;
    }
    EXPECT_EQ(ex.statements[1].source->name, "Vale");
}

TEST(Speaker, AFormOfAddressAfterACommonNounOpensTheSpeakersWords) {
    // "a campaign [that] Mr. Vale has called …": the speaker's words are "Mr. Vale", not
    // the phrase the clause hangs from
    const auto ex = extract_text(
        "He has held up the plan as typical of a campaign Mr. Vale has called reckless and unlawful.\n\n"
        "The rally was calm, and even Mrs. Orr says there is good reason for the quiet.\n\n"
        "Advisers to Mr. Lund say the senator is angry.\n\n"
        "The younger Mr. Vale said the campaign was a movement.\n");
    const std::vector<std::string> said = speakers_words(ex);
    EXPECT_NE(std::find(said.begin(), said.end(), "Mr. Vale"), said.end()) << ::testing::PrintToString(said);
    EXPECT_NE(std::find(said.begin(), said.end(), "Mrs. Orr"), said.end()) << ::testing::PrintToString(said);
    // after a preposition or a comparative the address is inside the phrase
    EXPECT_NE(std::find(said.begin(), said.end(), "Advisers to Mr. Lund"), said.end()) << ::testing::PrintToString(said);
    EXPECT_NE(std::find(said.begin(), said.end(), "The younger Mr. Vale"), said.end()) << ::testing::PrintToString(said);
    for (const std::string& t : said) EXPECT_EQ(t.find("typical"), std::string::npos) << t;
}

TEST(Speaker, TheNameBeforeASpeakingWhoIsTheSpeakerAfterAPrepositionOfNoPerson) {
    // "… attacks by Mr. Vale, who criticized …": the "who" speaks for Mr. Vale, not for the
    // clause his name ends; after a noun that names a person the phrase stays whole
    const auto ex = extract_text(
        "The deal could open her up to further attacks by Mr. Vale, who criticized the plan.\n\n"
        "The road is steep for Mrs. Orr, who said she would stay in the race.\n\n"
        "The plan drew praise from friends of Mr. Lund, who said the bridge was safe.\n");
    const std::vector<std::string> said = speakers_words(ex);
    EXPECT_NE(std::find(said.begin(), said.end(), "Mr. Vale, who"), said.end()) << ::testing::PrintToString(said);
    EXPECT_NE(std::find(said.begin(), said.end(), "Mrs. Orr, who"), said.end()) << ::testing::PrintToString(said);
    // ("friends" name people: the "who" may be theirs)
    EXPECT_EQ(std::find(said.begin(), said.end(), "Mr. Lund, who"), said.end()) << ::testing::PrintToString(said);
    EXPECT_NE(std::find_if(said.begin(), said.end(), [](const std::string& t) { return t.ends_with("friends of Mr. Lund, who"); }),
              said.end())
        << ::testing::PrintToString(said);
    for (const auto& s : ex.statements) {
        if (s.source && s.source->text.starts_with("Mr. Vale")) {
            EXPECT_EQ(s.source->role, "Mr.");
        }
    }
}

TEST(Speaker, AFocusAdverbOrANegatedAuxiliaryIsNoPartOfTheSpeakerAndAPronounDeterminerStays) {
    // "Even Rendell, a stalwart supporter,": the speaker is Rendell; "Some of the mayor's
    // allies" are some of them, not "Of the mayor's allies"
    // (as `extract` reads it by default, with the built-in model: the parse's "warned")
    const extract::ExtractorModel* model = extract::builtin_extractor();
    ASSERT_NE(model, nullptr);
    const auto ex = extract_text(
        "Even Rendell, a stalwart supporter of the plan, said the bridge would take years.\n\n"
        "Perhaps Norway opposes the plan.\n\n"
        "Some of the mayor's allies said the vote was rushed.\n\n"
        "Even his own supporters say the plan is too costly.\n\n"
        "Mr. Peck of Harbour Bank doesn't expect a deal before 2027.\n\n"
        "The mayor and her aides haven't said much about how the plan is going.\n\n"
        "Even Republicans who praised his candidacy warned that the party may have to separate itself from its "
        "standard-bearer.\n",
        model->options({}, false));
    std::map<std::string, std::string> name_of;  // the speaker's words → name
    for (const auto& s : ex.statements)
        if (s.source && !s.source->text.empty()) name_of[s.source->text] = s.source->name;
    const auto has = [&](const std::string& text, const std::string& name) {
        const auto it = name_of.find(text);
        return it != name_of.end() && it->second == name;
    };
    EXPECT_TRUE(has("Rendell, a stalwart supporter of the plan,", "Rendell")) << ::testing::PrintToString(name_of);
    EXPECT_TRUE(has("Norway", "Norway")) << ::testing::PrintToString(name_of);
    EXPECT_TRUE(has("Some of the mayor's allies", "Some of the mayor's allies")) << ::testing::PrintToString(name_of);
    EXPECT_TRUE(has("his own supporters", "His own supporters")) << ::testing::PrintToString(name_of);
    // a negated auxiliary is the verb's, not the speaker's
    EXPECT_TRUE(has("Mr. Peck of Harbour Bank", "Peck")) << ::testing::PrintToString(name_of);
    EXPECT_TRUE(has("The mayor and her aides", "Mayor and her aides")) << ::testing::PrintToString(name_of);
    // the "who" clause's speaker is the one who warned, too
    std::size_t republicans = 0;
    for (const auto& s : ex.statements) republicans += s.source && s.source->name == "Republicans";
    EXPECT_EQ(republicans, 2u) << ::testing::PrintToString(name_of);
}

TEST(Speaker, TwoAddressedNamesAreTwoSpeakersThoughASurnameIsATitle) {
    // "Mr. King and Mr. Vale": two people, not "President and General Manager"
    const auto ex = extract_text("Both Mr. King and Mr. Vale say the network never edited them.\n\n"
                                 "The President and General Manager said the station would stay open.\n");
    ASSERT_EQ(ex.statements.size(), 2u);
    ASSERT_TRUE(ex.statements[0].source);
    EXPECT_EQ(ex.statements[0].source->name, "Mr. King and Mr. Vale");
    EXPECT_EQ(ex.statements[0].source->type, SourceType::collective);
    ASSERT_TRUE(ex.statements[1].source);
    EXPECT_NE(ex.statements[1].source->type, SourceType::collective);
}

TEST(Speaker, AnAppositionRunsPastAFormOfAddressAndEndsWhereADescriptionDoes) {
    // the full stop of "Mr." is no end of the description; a description cut by length ends
    // at the "and" that opened the next one, not on "and a" or a preposition
    const auto ex = extract_text(
        "\"It went well,\" said Matt Lind, a former aide to Mr. Vale.\n\n"
        "\"It went badly,\" said Dora Quist, a former adviser to President Tomas W. Vale and a senior fellow at the "
        "policy institute in the northern capital region of the country.\n");
    ASSERT_EQ(ex.statements.size(), 2u);
    ASSERT_TRUE(ex.statements[0].source);
    EXPECT_EQ(ex.statements[0].source->role, "former aide to Mr. Vale");
    ASSERT_TRUE(ex.statements[1].source);
    EXPECT_EQ(ex.statements[1].source->role, "former adviser to President Tomas W. Vale");
}

TEST(Speaker, ADescriptionEndingOnAnothersNameIsTheRoleOfTheNameAfterIt) {
    // "One pastor supporting Mr. Vale, Darran Quist of …": Quist speaks, Vale is whom the
    // pastor supports; "The leader of the Anti-Fraud League, Jonas Berg": Berg, not the League
    const auto ex = extract_text(
        "One pastor supporting Mr. Vale, Darran Quist of Liberty Baptist Church in Marion, said he had made 150 "
        "calls.\n\n"
        "The leader of the Anti-Fraud League, Jonas Berg, warned that the ban would be unlawful.\n\n"
        "Senator Tom Vale, the committee's chairman, said the bill was dead.\n");
    ASSERT_EQ(ex.statements.size(), 3u);
    for (const auto& s : ex.statements) ASSERT_TRUE(s.source);
    EXPECT_EQ(ex.statements[0].source->name, "Darran Quist");
    EXPECT_EQ(ex.statements[0].source->role, "pastor supporting Mr. Vale");
    EXPECT_EQ(ex.statements[1].source->name, "Jonas Berg");
    EXPECT_EQ(ex.statements[2].source->name, "Tom Vale");  // a name before its description
}

TEST(Speaker, KeepsLowercaseTitlesAsTheRole) {
    const auto ex = extract_text("Nine people were hurt, said regional governor Anna Petrova.");
    ASSERT_EQ(ex.statements.size(), 1u);
    EXPECT_EQ(ex.statements[0].source->name, "Anna Petrova");
    EXPECT_EQ(ex.statements[0].source->role, "regional governor");
    EXPECT_EQ(ex.statements[0].source->text, "regional governor Anna Petrova");
}

TEST(Speaker, ReadsAppositionsOnEitherSide) {
    const auto a = extract_text("Todd Wilcox, a combat veteran, said the base would close.");
    ASSERT_EQ(a.statements.size(), 1u);
    EXPECT_EQ(a.statements[0].source->name, "Todd Wilcox");
    EXPECT_EQ(a.statements[0].source->role, "combat veteran");
    const auto b = extract_text("Two bridges were closed, said the city's mayor, Ivan Horak.");
    ASSERT_EQ(b.statements.size(), 1u);
    EXPECT_EQ(b.statements[0].source->name, "Ivan Horak");
    // the description before the name, ahead of the verb
    const auto c =
        extract_text("\u201CThe port stays closed until Friday,\u201D the harbour master, Jos\u00e9 Ortega, said.");
    ASSERT_EQ(c.statements.size(), 1u);
    EXPECT_EQ(c.statements[0].source->name, "Jos\u00e9 Ortega");
    EXPECT_EQ(c.statements[0].source->role, "harbour master");
    // a name's role before the name: "Vale's lawyer, Tom Brel, said"
    for (const char* text : {"Vale's lawyer, Tom Brel, said the clinic was licensed.",
                             "Ada Vale's lawyer, Tom Brel, said the clinic was licensed."}) {
        const auto e = extract_text(text);
        ASSERT_EQ(e.statements.size(), 1u) << text;
        EXPECT_EQ(e.statements[0].source->name, "Tom Brel") << text;
        EXPECT_NE(e.statements[0].source->role.find("lawyer"), std::string::npos) << text;
    }
    // a place before the name is no description of it
    const auto d = extract_text("\u201CThe port stays closed,\u201D outside the court, Ortega, 45, said.");
    for (const Attribution& st : d.statements) {
        if (st.source) {
            EXPECT_EQ(st.source->text.find("court"), std::string::npos) << st.source->text;
        }
    }
}

// "Jeff Weaver, Sanders’ campaign manager, said": a name's, then a role, is a description
// though it opens on a capital (PolNeAR: the quotation before it was lost, or its speaker
// became the quotation itself).
TEST(Speaker, AnAppositionOfAnotherNamesRoleIsADescription) {
    for (const char* text : {
             "\u201CThe numbers we have seen put us on pace,\u201D Jeff Weaver, Sanders\u2019 campaign manager, said.",
             "\u201CThe numbers we have seen put us on pace,\u201D Jeff Weaver, Sanders' campaign manager, said.",
             "\u201CThe numbers we have seen put us on pace,\u201D Jeff Weaver, the senator's campaign manager, said.",
             "Turnout rose. \u201CThe numbers we have seen put us on pace,\u201D Jeff Weaver, Ada Vale's spokesman, said.",
         }) {
        const auto ex = extract_text(text);
        ASSERT_EQ(ex.statements.size(), 1u) << text;
        ASSERT_TRUE(ex.statements[0].source) << text;
        EXPECT_EQ(ex.statements[0].source->name, "Jeff Weaver") << text;
        EXPECT_EQ(ex.statements[0].kind, StatementKind::direct) << text;
    }
    // names alone after the comma are a list, not a description: which of them speaks is
    // not said, and no one is guessed
    EXPECT_TRUE(extract_text("\u201CWe will appeal,\u201D Jeff Weaver, Ada Vale, said.").statements.empty());
}

TEST(Speaker, ARelativeClauseAfterTheNameIsNoRole) {
    const auto a = extract_text("Ed Snider, who attended King's news conference, said he backed the move.");
    ASSERT_EQ(a.statements.size(), 1u);
    EXPECT_EQ(a.statements[0].source->name, "Ed Snider");
    EXPECT_EQ(a.statements[0].source->role, "");
    // nor a name after a description: "the woman, who …" is the woman (PolNeAR: the clause
    // became her name, and a source of its own)
    const std::pair<const char*, const char*> cases[] = {
        {"\u201COne man came in and shouted at us,\u201D said the woman, who did not want to be named because "
         "of the sensitivity of the issue.",
         "woman"},
        {"\u201CThe rule will cost jobs,\u201D said Republican lawmakers, who oppose the plan.", "lawmakers"}};
    for (const auto& [text, who] : cases) {
        const auto b = extract_text(text);
        ASSERT_EQ(b.statements.size(), 1u) << text;
        ASSERT_TRUE(b.statements[0].source) << text;
        EXPECT_EQ(b.statements[0].source->name.find("who"), std::string::npos) << b.statements[0].source->name;
        EXPECT_NE(b.statements[0].source->name.find(who), std::string::npos) << b.statements[0].source->name;
    }
}

TEST(Speaker, KeepsCollectiveAndAnonymousSourcesAsSuch) {
    const auto ex = extract_text(
        "Local officials claimed 12 people were killed. According to reports, the bridge collapsed at noon. "
        "Russian authorities accused Kyiv of shelling the town.");
    ASSERT_EQ(ex.statements.size(), 3u);
    EXPECT_EQ(find_statement(ex, "12 people")->source->type, SourceType::collective);
    EXPECT_EQ(find_statement(ex, "bridge")->source->type, SourceType::anonymous);
    EXPECT_EQ(find_statement(ex, "Kyiv of shelling")->source->name, "Russian authorities");
}

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

// One statement's speaker, checked in one line.
struct Said {
    std::string name;
    SourceType type;
    std::string role;
};

Said speaker_of(const std::string& sentence) {
    const auto ex = extract_text(sentence);
    if (ex.statements.size() != 1 || !ex.statements[0].source)
        return {"(" + std::to_string(ex.statements.size()) + " statements)", SourceType::anonymous, ""};
    const SourceMention& m = *ex.statements[0].source;
    return {m.name, m.type, m.role};
}

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
                         "repercussions.").role,
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
