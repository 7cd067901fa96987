// Who speaks, read from the speaker phrase: names, roles and bodies, appositions on either
// side, asides, forms of address, collectives and anonymous sources.
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

}  // namespace claimgraph
