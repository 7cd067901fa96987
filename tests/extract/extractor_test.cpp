// Extraction end to end on sentences we write: quotations and their speakers, split quotes,
// reported speech, inversions, turns, relays, the scope of speech.
#include <gtest/gtest.h>

#include "extract/extractor.h"
#include "extract/extractor_model.h"
#include "load/loader.h"
#include "extract/lexicon.h"
#include "test_support.h"

namespace claimgraph {

using testing::extract_fast;
using testing::extract_text;
using testing::find_statement;

namespace {

std::string slice(const Extraction& ex, Span s) { return ex.document.text.substr(s.start, s.end - s.start); }

}  // namespace

TEST(Extract, QuoteThenSpeakerIncludesTheQuoteMarks) {
    const auto ex =
        extract_text("\xE2\x80\x9CThis crime will not go unpunished,\xE2\x80\x9D the ministry said in a statement.");
    ASSERT_EQ(ex.statements.size(), 1u);
    const Attribution& a = ex.statements[0];
    EXPECT_EQ(a.kind, StatementKind::direct);
    EXPECT_EQ(slice(ex, a.content[0]), "\xE2\x80\x9CThis crime will not go unpunished,\xE2\x80\x9D");
    EXPECT_EQ(a.cue->text, "said in a statement");
    EXPECT_EQ(a.cue->lemma, "say");
}

TEST(Extract, SpeakerThenColonThenQuote) {
    const auto ex = extract_text("The mayor said: \"We will rebuild every house.\"");
    ASSERT_EQ(ex.statements.size(), 1u);
    EXPECT_EQ(ex.statements[0].kind, StatementKind::direct);
    EXPECT_EQ(ex.statements[0].source->text, "The mayor");
}

TEST(Extract, ASplitQuoteIsOneStatementWithTwoSpans) {
    const std::string text =
        "\xE2\x80\x9CWe are ready,\xE2\x80\x9D he said, \xE2\x80\x9C"
        "but we need more time.\xE2\x80\x9D";
    const auto ex = extract_text("Governor Ivan Horak spoke on Friday.\n\n" + text);
    ASSERT_EQ(ex.statements.size(), 1u);
    const Attribution& a = ex.statements[0];
    ASSERT_EQ(a.content.size(), 2u);
    EXPECT_EQ(slice(ex, a.content[0]), "\xE2\x80\x9CWe are ready,\xE2\x80\x9D");
    EXPECT_EQ(slice(ex, a.content[1]),
              "\xE2\x80\x9C"
              "but we need more time.\xE2\x80\x9D");
}

TEST(Extract, ReportedSpeechKeepsALeadingThat) {
    const auto ex = extract_text("The Kremlin said that the president had been briefed on the situation.");
    ASSERT_EQ(ex.statements.size(), 1u);
    EXPECT_EQ(ex.statements[0].content_text, "that the president had been briefed on the situation");
    EXPECT_EQ(ex.statements[0].kind, StatementKind::indirect);
    EXPECT_EQ(ex.statements[0].source->name, "Kremlin");
}

TEST(Extract, InversionPutsTheSpeakerAfterTheVerb) {
    const auto ex = extract_text(
        "A further 110 people were wounded in the strike, said regional governor Vyacheslav "
        "Gladkov, making it one of the deadliest attacks.");
    ASSERT_EQ(ex.statements.size(), 1u);
    EXPECT_EQ(ex.statements[0].content_text, "A further 110 people were wounded in the strike");
    EXPECT_EQ(ex.statements[0].source->name, "Vyacheslav Gladkov");
}

TEST(Extract, AFrameInsideTheClauseLeavesItsContentInTwoPieces) {
    // the frame interrupts the clause: the subject before it, the verb after it
    const auto ex = extract_text(
        "The bridge, the mayor told reporters, was safe for traffic.\n\n"
        "All of this, the minister acknowledges, could be undone at the ballot box.\n\n"
        "The strike was a crime, the ministry said, and a warning.");
    ASSERT_EQ(ex.statements.size(), 3u);
    const Attribution& bridge = ex.statements[0];
    ASSERT_EQ(bridge.content.size(), 2u);
    EXPECT_EQ(slice(ex, bridge.content[0]), "The bridge");
    EXPECT_EQ(slice(ex, bridge.content[1]), "was safe for traffic");
    EXPECT_EQ(bridge.source->text, "the mayor");
    ASSERT_EQ(ex.statements[1].content.size(), 2u);
    EXPECT_EQ(slice(ex, ex.statements[1].content[1]), "could be undone at the ballot box");
    // a whole clause before the frame is the content; what follows is no second piece
    ASSERT_EQ(ex.statements[2].content.size(), 1u);
    EXPECT_EQ(ex.statements[2].content_text, "The strike was a crime");
}

TEST(Extract, AQuotationEndingItsSentenceEndsItThere) {
    // the period inside the closing mark ends the host sentence: the next one is a statement
    // of its own, not more of the accusation
    const auto ex = extract_text(
        "Russia accused the mayor of \u201Cfanatic recklessness.\u201D The governor said the bridge was safe.");
    ASSERT_EQ(ex.statements.size(), 2u);
    EXPECT_EQ(ex.statements[0].content_text,
              "the mayor of \u201C"
              "fanatic recklessness.\u201D");
    EXPECT_EQ(ex.statements[1].content_text, "the bridge was safe");
    EXPECT_EQ(ex.statements[1].source->text, "The governor");
    // a quotation that is the whole sentence keeps its speaker after it
    const auto whole = extract_text("\u201CWe will rebuild every house.\u201D The governor said so on Monday.");
    ASSERT_FALSE(whole.statements.empty());
    EXPECT_EQ(whole.statements[0].content_text, "\u201CWe will rebuild every house.\u201D");
}

TEST(Extract, AQuotationAfterATitleEndingTheSentenceOpensANewOne) {
    // "… on Channel 9's “Morning Report.” “…”": the title's period ends the frame's sentence,
    // so the next quotation stands alone and carries on the speaker's turn
    extract::Options turns;
    turns.join_turns = true;
    const auto ex = extract_text(
        "\u201CVale is a fraud,\u201D Holm said Sunday on Channel 9\u2019s \u201CMorning Report.\u201D "
        "\u201CListening to him talk about the port is painful.\u201D",
        turns);
    ASSERT_EQ(ex.statements.size(), 1u);
    ASSERT_EQ(ex.statements[0].content.size(), 2u);
    EXPECT_NE(ex.statements[0].content_text.find("Listening to him"), std::string::npos);
    ASSERT_TRUE(ex.statements[0].source);
    EXPECT_EQ(ex.statements[0].source->name, "Holm");
}

TEST(Extract, ContentEndsAtANonRestrictiveClause) {
    const auto ex =
        extract_text("Russian authorities accused Kyiv of carrying out the attack, which took place at noon.");
    ASSERT_EQ(ex.statements.size(), 1u);
    EXPECT_EQ(ex.statements[0].content_text, "Kyiv of carrying out the attack");
    EXPECT_EQ(ex.statements[0].cue->lemma, "accuse");
}

TEST(Extract, MixedContentEndsWithItsClosingQuote) {
    const auto ex = extract_text(
        "The envoy said that the strike was \xE2\x80\x9C"
        "a terrorist attack.\xE2\x80\x9D");
    ASSERT_EQ(ex.statements.size(), 1u);
    EXPECT_EQ(ex.statements[0].kind, StatementKind::mixed);
    EXPECT_EQ(ex.statements[0].content_text,
              "that the strike was \xE2\x80\x9C"
              "a terrorist attack.\xE2\x80\x9D");
}

TEST(Extract, AccordingToAndReportedlyAttribute) {
    const auto ex = extract_text(
        "According to witnesses, the shelling began at dawn. Nine people were killed reportedly "
        "in the raid.");
    const Attribution* a = find_statement(ex, "shelling began");
    ASSERT_TRUE(a);
    EXPECT_EQ(a->cue->text, "According to");
    EXPECT_EQ(a->source->name, "Witnesses");
    const Attribution* b = find_statement(ex, "Nine people");
    ASSERT_TRUE(b);
    EXPECT_FALSE(b->source.has_value());
    EXPECT_EQ(b->cue->text, "reportedly");
}

TEST(Extract, RelaysAreRecordedAsVia) {
    const auto ex = extract_text(
        "Speaking to Russia\xE2\x80\x99s state news agency, spokeswoman Maria Zakharova said that "
        "the talks were over.");
    ASSERT_EQ(ex.statements.size(), 1u);
    ASSERT_EQ(ex.statements[0].via.size(), 1u);
    EXPECT_EQ(ex.statements[0].via[0].name, "Russia's state news agency");
    EXPECT_EQ(ex.statements[0].via[0].type, SourceType::agency);
    const auto told = extract_text("The commander told Reuters that the town had fallen.");
    ASSERT_EQ(told.statements.size(), 1u);
    ASSERT_EQ(told.statements[0].via.size(), 1u);
    EXPECT_EQ(told.statements[0].via[0].name, "Reuters");
    EXPECT_EQ(told.statements[0].content_text, "that the town had fallen");
}

TEST(Extract, ScareQuotesAndNonReportingUsesAreNotStatements) {
    const auto ex = extract_text(
        "The so-called \xE2\x80\x9Cpeacekeepers\xE2\x80\x9D left. Earlier attacks have claimed "
        "fewer lives. The report was released by the agency.");
    EXPECT_TRUE(ex.statements.empty());
}

TEST(Extract, AQuoteParagraphContinuesThePreviousSpeaker) {
    const auto ex = extract_text(
        "\xE2\x80\x9CWe held the line,\xE2\x80\x9D said commander Ivan Horak.\n\n"
        "\xE2\x80\x9CNobody will take this town from us while we stand.\xE2\x80\x9D");
    ASSERT_EQ(ex.statements.size(), 2u);
    const SourceMention& m = *ex.statements[1].source;
    EXPECT_EQ(m.name, "Ivan Horak");
    EXPECT_FALSE(m.span.has_value());
    EXPECT_TRUE(m.resolved_from.has_value());
}

// PolNeAR's unit is the turn: a speaker's quotations in a row, in the same paragraph or the
// next, are one statement of several pieces; GGT's is the quotation (the test above).
TEST(Extract, WithTurnsAQuotationCarryingOnTheSpeakerJoinsTheStatement) {
    const std::string text =
        "\xE2\x80\x9CWe held the line,\xE2\x80\x9D said commander Ivan Horak. \xE2\x80\x9CNobody "
        "will take this town from us.\xE2\x80\x9D\n\n\xE2\x80\x9C"
        "And the bridge stays open for "
        "every family that wants to leave.\xE2\x80\x9D\n\nThe army said the town was quiet.";
    extract::Options turns;
    turns.join_turns = true;
    const auto joined = extract::extract(load::load_text("t.txt", text), turns);
    ASSERT_EQ(joined.statements.size(), 2u);
    const Attribution& a = joined.statements[0];
    ASSERT_EQ(a.content.size(), 3u);
    EXPECT_EQ(slice(joined, a.content[1]), "\xE2\x80\x9CNobody will take this town from us.\xE2\x80\x9D");
    EXPECT_EQ(a.source->text, "commander Ivan Horak");
    EXPECT_EQ(a.cue->text, "said");
    EXPECT_NE(a.content_text.find("\xE2\x80\xA6 \xE2\x80\x9C"
                                  "And the bridge"),
              std::string::npos);
    EXPECT_EQ(joined.statements[1].content_text, "the town was quiet");
    // the quotation unit: three statements of one piece each, and the indirect one
    const auto quotations = extract::extract(load::load_text("t.txt", text));
    ASSERT_EQ(quotations.statements.size(), 4u);
    for (const Attribution& q : quotations.statements) EXPECT_EQ(q.content.size(), 1u);
}

TEST(Extract, WithTurnsReportedSpeechIsNotJoinedByALaterQuotation) {
    extract::Options turns;
    turns.join_turns = true;
    const auto ex = extract::extract(
        load::load_text("t.txt",
                        "Commander Ivan Horak said the town was quiet. \xE2\x80\x9CNobody will take this "
                        "town from us while we stand here.\xE2\x80\x9D"),
        turns);
    ASSERT_EQ(ex.statements.size(), 2u);
    EXPECT_EQ(ex.statements[0].content.size(), 1u);
    EXPECT_EQ(ex.statements[1].content.size(), 1u);
}

// The content first, then the speaker telling someone: the listener may relay it, and a
// phrase of setting may close the sentence.
TEST(Extract, ContentThenASpeakerWhoToldSomeone) {
    const auto ex = extract_text(
        "The bridge is safe, the mayor told reporters.\n\nAt least four band members were "
        "killed, lead singer Ifan Fajarsyah told followers in a video.\n\nThe port will reopen "
        "on Monday, the minister told Reuters.");
    ASSERT_EQ(ex.statements.size(), 3u);
    EXPECT_EQ(ex.statements[0].content_text, "The bridge is safe");
    EXPECT_EQ(ex.statements[0].source->text, "the mayor");
    EXPECT_EQ(ex.statements[1].content_text, "At least four band members were killed");
    EXPECT_EQ(ex.statements[1].source->name, "Ifan Fajarsyah");
    EXPECT_EQ(ex.statements[2].source->text, "the minister");
    ASSERT_EQ(ex.statements[2].via.size(), 1u);
    EXPECT_EQ(ex.statements[2].via[0].name, "Reuters");
}

// "said on Saturday": the writer's time, never a speaker; the name before the verb speaks.
TEST(Extract, ATimePhraseAfterTheVerbIsNotTheSpeaker) {
    const auto ex = extract_text(
        "\xE2\x80\x9CWe continue to make progress,\xE2\x80\x9D Bill Sims, the city's director "
        "of engineering and public works, said on Saturday.");
    ASSERT_EQ(ex.statements.size(), 1u);
    EXPECT_EQ(ex.statements[0].source->name, "Bill Sims");
}

// With --scope speech a plan is no statement, and its words stay free for the speech that
// carries them.
TEST(Extract, SpeechOnlyLeavesAPlanItsWordsForTheSpeaker) {
    const std::string text = "The party plans to name a candidate in the next two weeks, spokesman Martin Masse said.";
    extract::Options speech;
    speech.speech_only = true;
    const auto ex = extract_text(text, speech);
    ASSERT_EQ(ex.statements.size(), 1u);
    EXPECT_EQ(ex.statements[0].source->name, "Martin Masse");
    EXPECT_EQ(ex.statements[0].content_text, "The party plans to name a candidate in the next two weeks");
}

// "X, who believes …" makes no statement with --scope speech; the "who" that a statement
// made there would join to its speaker's words must not be joined to the statement before
// (found on ECB+ under UBSan: with none before, it read past an empty list).
TEST(Extract, SpeechOnlyBeliefInARelativeClauseLeavesTheStatementBeforeAlone) {
    extract::Options speech;
    speech.speech_only = true;
    const auto alone = extract_text("Barkley, who believes the plan will fail, left the meeting.", speech);
    EXPECT_TRUE(alone.statements.empty());
    const auto ex = extract_text(
        "The mayor said the bridge was safe. Barkley, who believes the plan will fail, left the meeting.", speech);
    ASSERT_EQ(ex.statements.size(), 1u);
    ASSERT_TRUE(ex.statements[0].source && ex.statements[0].source->span);
    EXPECT_EQ(ex.statements[0].source->text, "The mayor");
    EXPECT_EQ(ex.statements[0].source->span->end, 9u);
    // the default scope makes the belief a statement whose speaker's words run to "who"
    const auto all = extract_text("Barkley, who believes the plan will fail, left the meeting.");
    ASSERT_EQ(all.statements.size(), 1u);
    EXPECT_EQ(all.statements[0].source->text, "Barkley, who");
}

// "said by phone" says how, not who: no passive, and the medium is not content.
TEST(Extract, SaidByPhoneIsNoPassive) {
    const auto ex = extract_text(
        "Roman, a resident of the area, said by text message the weather had been fine.\n\n"
        "The governor said by phone that the roads were closed.\n\n"
        "The report was written by analysts.");
    ASSERT_EQ(ex.statements.size(), 2u);
    EXPECT_EQ(ex.statements[0].content_text, "the weather had been fine");
    EXPECT_EQ(ex.statements[0].source->name, "Roman");
    EXPECT_EQ(ex.statements[1].content_text, "that the roads were closed");
}

// Doubled typographer's single quotes are double quotation marks: ‘‘…’’.
TEST(Extract, DoubledSingleQuotesAreAQuotation) {
    const auto ex = extract_text(
        "\xE2\x80\x9CWe dedicate ourselves to local creators,\xE2\x80\x99\xE2\x80\x99 says "
        "the founder of the press. \xE2\x80\x98\xE2\x80\x98It is a small shop,\xE2\x80\x99"
        "\xE2\x80\x99 he added.");
    ASSERT_EQ(ex.statements.size(), 2u);
    EXPECT_EQ(ex.statements[0].kind, StatementKind::direct);
    EXPECT_EQ(ex.statements[0].source->text, "the founder of the press");
    EXPECT_EQ(ex.statements[1].content_text, "\xE2\x80\x98\xE2\x80\x98It is a small shop,\xE2\x80\x99\xE2\x80\x99");
}

TEST(Extract, PointedOutAndAContractedIsSpeak) {
    const auto ex = extract_text(
        "Politifact pointed out that one shooting may have more than one victim.\n\n"
        "He\xE2\x80\x99s claiming that the vote was rigged.");
    ASSERT_EQ(ex.statements.size(), 2u);
    EXPECT_EQ(ex.statements[0].cue->text, "pointed out");
    EXPECT_EQ(ex.statements[0].cue->cls, "speech");
    EXPECT_EQ(ex.statements[0].content_text, "that one shooting may have more than one victim");
    EXPECT_EQ(ex.statements[1].source->text, "He");
    EXPECT_EQ(ex.statements[1].content_text, "that the vote was rigged");
}

// What a speaker is not: a clause after ", said" ("the event brought back memories"), a
// lone "that" ("Having said that"), a time clause ("said before he died").
TEST(Extract, NotSpeakersAndNotContents) {
    const auto ex = extract_text(
        "Donna Rawlings, who watched the ceremony on a screen, said the event brought back "
        "memories of her father.\n\n(Having said that, there are some economists who "
        "disagree.)\n\nGarner, gasping on a sidewalk, said before he died.");
    ASSERT_EQ(ex.statements.size(), 1u);
    EXPECT_EQ(ex.statements[0].content_text, "the event brought back memories of her father");
    EXPECT_EQ(ex.statements[0].cue->text, "said");
}

// A progressive speaks ("Trump is warning voters that …": the listener is not content);
// "charges that" is the verb.
TEST(Extract, AProgressiveAndItsListener) {
    extract::Options fast;
    fast.fast = true;  // the word rules alone
    const auto ex =
        extract::extract(load::load_text("t.txt",
                                         "Donald Trump is warning voters that a victory would bring scandal back.\n\n"
                                         "The senator charges that the donors were paid."),
                         fast);
    ASSERT_EQ(ex.statements.size(), 2u);
    EXPECT_EQ(ex.statements[0].source->text, "Donald Trump");
    EXPECT_EQ(ex.statements[0].content_text, "that a victory would bring scandal back");
    EXPECT_EQ(ex.statements[1].cue->text, "charges");
}

// The sentence's subject ends at its verb ("Trump revised …"), and speaks the participle's
// content, whose infinitive is the content's ("promising to focus …").
TEST(Extract, AParticipleAfterTheSubjectsOwnVerb) {
    const auto ex =
        extract_text("Trump revised his plan, promising to focus more of its benefits on average Americans.");
    ASSERT_EQ(ex.statements.size(), 1u);
    EXPECT_EQ(ex.statements[0].source->text, "Trump");
    EXPECT_EQ(ex.statements[0].cue->text, "promising");
    EXPECT_EQ(ex.statements[0].content_text, "to focus more of its benefits on average Americans");
}

// A short phrase of place or manner between the verb and a clause opening on a pronoun is
// not content: "said in retrospect he feels …".
TEST(Extract, APhraseBeforeTheClauseIsNotContent) {
    const auto ex = extract_text(
        "The mayor said in retrospect he feels the vote was a misstep.\n\n"
        "The governor said in Kyiv it was safe.");
    ASSERT_EQ(ex.statements.size(), 2u);
    EXPECT_EQ(ex.statements[0].content_text, "he feels the vote was a misstep");
    EXPECT_EQ(ex.statements[1].content_text, "it was safe");
}

// A content ends before a second cue verb after "and", the speaker's own ("and also
// warned") or another speaker's ("and Democrats accused").
TEST(Extract, AContentEndsBeforeACoordinatedCue) {
    const auto ex = extract_text(
        "The ministry said it was opposed to the test and also warned the North to refrain "
        "from further actions.\n\nRepublicans said the agency mishandled the inquiry and "
        "Democrats accused them of playing politics.");
    const Attribution* a = testing::find_statement(ex, "opposed");
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->content_text, "it was opposed to the test");
    const Attribution* b = testing::find_statement(ex, "mishandled");
    ASSERT_NE(b, nullptr);
    EXPECT_EQ(b->content_text, "the agency mishandled the inquiry");
}

// The cue reader's speaker is the possessor without its "'s" ("Mr. Obama's suggestion …":
// Mr. Obama), never a phrase opening on a comma.
}  // namespace claimgraph
