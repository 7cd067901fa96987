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
TEST(Extract, APossessorSpeaksWithoutItsApostropheS) {
    const extract::ExtractorModel* model = extract::builtin_extractor();
    ASSERT_NE(model, nullptr);
    const auto ex = extract::extract(
        load::load_text("t.txt",
                        "The senator won partly because of Mr. Obama's patronizing suggestion at a debate that "
                        "she was likable enough."),
        model->options({}, true));
    bool found = false;
    for (const Attribution& a : ex.statements) {
        if (!a.source || !a.source->span) continue;
        EXPECT_EQ(a.source->text.find("'s"), std::string::npos) << a.source->text;
        EXPECT_NE(a.source->text.front(), ',') << a.source->text;
        found = found || a.source->name == "Obama";
    }
    EXPECT_TRUE(found);
}

TEST(Extract, FindsDocumentProvenance) {
    const auto ex = extract_text(
        "Image Source : AP Smoke over the city.\n\nKYIV (Reuters) \xE2\x80\x94 Officials said "
        "the bridge was hit.\n\n(With inputs from agency)\n");
    ASSERT_EQ(ex.provenance.size(), 3u);
    EXPECT_EQ(ex.provenance[0].kind, "image-credit");
    EXPECT_EQ(ex.provenance[0].agency, "AP");
    EXPECT_EQ(ex.provenance[1].kind, "dateline");
    EXPECT_EQ(ex.provenance[1].agency, "Reuters");
    EXPECT_EQ(ex.provenance[2].kind, "agency-inputs");
    EXPECT_EQ(ex.provenance[2].text, "(With inputs from agency)");
    ASSERT_EQ(ex.statements.size(), 1u);
    EXPECT_EQ(ex.statements[0].content_text, "the bridge was hit");  // the dateline is not content
}

TEST(Extract, ADatelineWithNoAgencyIsNeitherContentNorSpeaker) {
    // "ODESA, Ukraine —", "OTTAWA --": no provenance mark (no agency), but no part of the
    // first sentence's content or subject either
    const auto ex = extract_text(
        "ODESA, Ukraine \xE2\x80\x94 The port will reopen on Monday, an official said.\n\n"
        "LVIV -- Mayor Ana Vale said the bridge was hit.");
    EXPECT_TRUE(ex.provenance.empty());
    const Attribution* a = find_statement(ex, "The port will reopen");
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->content_text, "The port will reopen on Monday");
    const Attribution* b = find_statement(ex, "the bridge was hit");
    ASSERT_NE(b, nullptr);
    ASSERT_TRUE(b->source);
    EXPECT_EQ(b->source->text, "Mayor Ana Vale");
    // capitals that are no dateline stay: "NATO said the bridge was hit."
    const auto nato = extract_text("NATO said the bridge was hit.");
    ASSERT_EQ(nato.statements.size(), 1u);
    ASSERT_TRUE(nato.statements[0].source);
    EXPECT_EQ(nato.statements[0].source->text, "NATO");
}

TEST(Extract, OffsetsAreBytesOfTheFileAsGiven) {
    const std::string text = "\xEF\xBB\xBFtitle: T\r\n\r\nCaf\xC3\xA9 owners said that prices rose.\r\n";
    const auto ex = extract_text(text);
    ASSERT_EQ(ex.statements.size(), 1u);
    const Span s = ex.statements[0].content[0];
    EXPECT_EQ(text.substr(s.start, s.end - s.start), "that prices rose");
}

TEST(Extract, PathologicalQuoteRunsStayLinearAndDoNotCrash) {
    std::string text;
    for (int i = 0; i < 20000; ++i) text += "\" \xE2\x80\x9C ' ";
    text += "he said.";
    const auto ex = extract_text(text);
    EXPECT_LE(ex.statements.size(), 20000u);
}

TEST(Extract, AParticipleTakesTheSpeakerOfItsClause) {
    const auto ex =
        extract_text("The mayor said the bridge would reopen in May, adding that repairs had cost $4 million.");
    const Attribution* first = find_statement(ex, "bridge would reopen");
    const Attribution* added = find_statement(ex, "repairs had cost");
    ASSERT_NE(first, nullptr);
    ASSERT_NE(added, nullptr);
    EXPECT_EQ(first->content_text, "the bridge would reopen in May");
    EXPECT_EQ(added->content_text, "that repairs had cost $4 million");
    EXPECT_EQ(added->cue->lemma, "add");
    ASSERT_TRUE(added->source.has_value());
    EXPECT_EQ(added->source->text, "The mayor");
}

TEST(Extract, AParticipleWithoutAnEarlierStatementTakesTheSentenceSubject) {
    const auto ex = extract_text("Senator Ada Brook posted a video on Sunday, saying the tax plan would hurt farmers.");
    const Attribution* a = find_statement(ex, "tax plan would hurt");
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->content_text, "the tax plan would hurt farmers");
    ASSERT_TRUE(a->source.has_value());
    EXPECT_EQ(a->source->name, "Ada Brook");
}

TEST(Extract, AParticiplesSubjectIsANounBeforeTheClausesVerb) {
    // "The mayor vetoed …": the subject ends at the clause's verb after a lower-case noun,
    // after a setting the sentence opens with
    for (const std::string& sentence :
         {std::string("The mayor vetoed the ferry budget on Monday, saying the city could not afford it."),
          std::string("In August, the port council fined the ferry company, saying it had misled passengers.")}) {
        extract::Options fast;
        fast.fast = true;
        const auto ex = extract_text(sentence, fast);
        const Attribution* a = find_statement(ex, "could not afford it");
        if (!a) a = find_statement(ex, "misled passengers");
        ASSERT_NE(a, nullptr) << sentence;
        ASSERT_TRUE(a->source.has_value()) << sentence;
        EXPECT_TRUE(a->source->text == "The mayor" || a->source->text == "the port council") << a->source->text;
        EXPECT_EQ(a->cue->lemma, "say");
    }
    // and the model still reads the clause's own verb, which the word rules never parsed for
    const extract::ExtractorModel* model = extract::builtin_extractor();
    ASSERT_NE(model, nullptr);
    const auto ex = extract::extract(
        load::load_text("t.txt", "The mayor vetoed the ferry budget on Monday, saying the city could not afford it.\n"),
        model->options({}, false));
    bool vetoed = false;
    for (const Attribution& a : ex.statements) vetoed = vetoed || (a.cue && a.cue->text == "vetoed");
    EXPECT_TRUE(vetoed);
}

TEST(Extract, SayingAfterAPrepositionIsWhatTheSubjectSaid) {
    // "began by saying", "aside from saying" (the statement before ends at its comma)
    const auto by = extract_fast("Dr. Ana Berg then went on the radio and began by saying the clinic would stay open.");
    const Attribution* a = find_statement(by, "clinic would stay open");
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->source->name, "Ana Berg");
    EXPECT_EQ(a->cue->text, "saying");
    const auto aside =
        extract_fast("The governor refuses to name a successor, aside from saying he wants someone from the coast.");
    const Attribution* b = find_statement(aside, "someone from the coast");
    ASSERT_NE(b, nullptr);
    EXPECT_EQ(b->content_text, "he wants someone from the coast");
    EXPECT_EQ(b->source->text, "The governor");
    for (const Attribution& other : aside.statements)
        EXPECT_EQ(other.content_text.find("aside"), std::string::npos) << other.content_text;
    // a participle that says nothing is no statement: "a vote for admitting two states"
    const auto vote = extract_fast("Senators cast a vote for admitting two states that had applied.");
    EXPECT_EQ(find_statement(vote, "two states"), nullptr);
}

TEST(Extract, AccordingToOpeningASentenceTakesTheSourceToItsComma) {
    // (source, content) of the one statement, "" when there is not one
    const auto read = [&](const std::string& sentence) -> std::pair<std::string, std::string> {
        const auto ex = extract_fast(sentence);
        if (ex.statements.size() != 1 || !ex.statements[0].source) return {};
        return {ex.statements[0].source->text, ex.statements[0].content_text};
    };
    using Read = std::pair<std::string, std::string>;
    // a name, a phrase with a preposition, a description set off by commas
    EXPECT_EQ(read("According to Mayor Ana Lund, the bridge is safe."), (Read{"Mayor Ana Lund", "the bridge is safe"}));
    EXPECT_EQ(read("According to the officer in charge of the dock, the crane had failed."),
              (Read{"the officer in charge of the dock", "the crane had failed"}));
    EXPECT_EQ(read("According to Jana Holm, a spokeswoman for the port, the crane had failed."),
              (Read{"Jana Holm, a spokeswoman for the port", "the crane had failed"}));
    // a connective before it is no part of the content
    EXPECT_EQ(read("But, according to the survey, most dock workers remain undecided."),
              (Read{"the survey", "most dock workers remain undecided"}));
    // inside the clause: the clause on both sides of it
    const auto ex = extract_fast("Fundraising, according to the campaign, has surged since May.");
    ASSERT_EQ(ex.statements.size(), 1u);
    EXPECT_EQ(ex.statements[0].content.size(), 2u);
    EXPECT_EQ(ex.statements[0].content_text, "Fundraising \u2026 has surged since May");
}

TEST(Extract, AccordingToInsideAClauseWhoseStartIsTakenGivesNoEmptyPiece) {
    // the words before the frame belong to the statement before (its quotation ran on):
    // what is left of the clause is the content, and no piece is empty
    const auto ex = extract_fast(
        "Lund wrote on Twitter: \u201cThe rules were broken during the break.\u201d The implication, according to "
        "the aide, is that the mayor cheated by meeting her staff.");
    bool according = false;
    for (const Attribution& a : ex.statements) {
        for (const Span& piece : a.content) EXPECT_LT(piece.start, piece.end) << a.content_text;
        according = according || (a.cue && a.cue->lemma == "according to");
    }
    EXPECT_TRUE(according);
}

TEST(Extract, StancesAndIntentionsAreAttributedToTheirSubject) {
    const auto ex = extract_text(
        "Governor Lena Fisk endorsed the harbour plan on Monday. Local farmers want the state "
        "to build a second dam.");
    const Attribution* endorsed = find_statement(ex, "harbour plan");
    ASSERT_NE(endorsed, nullptr);
    EXPECT_EQ(endorsed->cue->lemma, "endorse");
    EXPECT_EQ(endorsed->source->name, "Lena Fisk");
    const Attribution* want = find_statement(ex, "second dam");
    ASSERT_NE(want, nullptr);
    EXPECT_EQ(want->content_text, "the state to build a second dam");
    EXPECT_EQ(want->source->text, "Local farmers");
}

TEST(Extract, AVerbWithoutANamedSubjectIsNoStance) {
    // "She drew support": "support" is a noun here; "the city's plans" too
    const auto ex = extract_text("She drew support from the unions. The city's plans include a new school.");
    EXPECT_TRUE(ex.statements.empty());
}

TEST(Extract, BeliefsAndFindingsAreClaims) {
    const auto ex = extract_text(
        "Officials believe the fire was set deliberately. A state audit found that the "
        "agency had overspent by $2 million.");
    const Attribution* belief = find_statement(ex, "set deliberately");
    ASSERT_NE(belief, nullptr);
    EXPECT_EQ(belief->cue->lemma, "believe");
    EXPECT_EQ(belief->source->text, "Officials");
    const Attribution* finding = find_statement(ex, "overspent");
    ASSERT_NE(finding, nullptr);
    EXPECT_EQ(finding->content_text, "that the agency had overspent by $2 million");
    EXPECT_EQ(finding->source->text, "A state audit");
}

TEST(Extract, AClosingAccordingToAttributesTheWholeClause) {
    // "Vale plans to visit …, according to a campaign aide": the aide's, not Vale's plan
    const auto ex = extract_text(
        "The port reopened.\n\nVale plans to visit the harbour on Sunday, according to a "
        "campaign aide.\n");
    ASSERT_EQ(ex.statements.size(), 1u);
    ASSERT_TRUE(ex.statements[0].source);
    EXPECT_EQ(ex.statements[0].source->text, "a campaign aide");
    EXPECT_EQ(ex.statements[0].content_text, "Vale plans to visit the harbour on Sunday");
}

TEST(Extract, AClosingAccordingToAfterAStatementRelaysIt) {
    // "Brel told the judge that …, according to the Associated Press": Brel's words, the AP
    // relaying them (the origin is the speaker, not the outlet)
    const auto ex = extract_text(
        "The port reopened.\n\nAttorney Tomas Brel told Judge Ana Ruiz that Vale had "
        "checked into a clinic, according to the Associated Press.\n");
    ASSERT_EQ(ex.statements.size(), 1u);
    ASSERT_TRUE(ex.statements[0].source);
    EXPECT_EQ(ex.statements[0].source->name, "Tomas Brel");
    ASSERT_EQ(ex.statements[0].via.size(), 1u);
    EXPECT_EQ(ex.statements[0].via[0].type, SourceType::agency);
}

TEST(Extract, ADocumentsNounEndsTheSourceAfterAccordingTo) {
    // "according to the Gazette report": the report's noun is the source's, not a verb whose
    // subject was "according to the Gazette" (a second statement of "the Gazette", role
    // "according to the", whose content was the clause's rest)
    const auto ex = extract_text(
        "The port reopened.\n\nIvo Brel, according to the Gazette report, rejected the pressure from the "
        "ministry.\n\nThe toll rose to 12, according to a Harbour Watchdog report released by the mayor's "
        "office.\n");
    ASSERT_EQ(ex.statements.size(), 2u);
    for (const Attribution& a : ex.statements) {
        ASSERT_TRUE(a.source && a.cue);
        EXPECT_EQ(a.cue->lemma, "according to");
        EXPECT_EQ(a.source->role, "");
    }
    EXPECT_EQ(ex.statements[0].source->name, "Gazette");
    EXPECT_EQ(ex.statements[0].source->type, SourceType::outlet);
    EXPECT_NE(ex.statements[0].content_text.find("rejected the pressure"), std::string::npos);
    EXPECT_EQ(ex.statements[1].content_text, "The toll rose to 12");
}

TEST(Extract, AStatementInAnOpeningClauseEndsWhereTheMainClausesSpeakerBegins) {
    // "When the F.B.I. director, James B. Comey, said that …,'' both private experts and
    // federal investigators immediately understood …": two statements (the first had run on
    // over the second's speaker and taken its words); "Although X said …, Y defended …" too
    const auto ex = extract_text(
        "The port reopened.\n\nWhen the harbour director, James B. Brel, said on Tuesday that his staff had no "
        "''direct evidence'' that the port had been ''successfully hacked,'' both private experts and federal "
        "investigators immediately understood his meaning: It very likely had been breached.\n\nAlthough the "
        "Rockets said they would not speak to the lawsuit, the team's general manager defended the league's "
        "safety practices.\n");
    const Attribution* brel = find_statement(ex, "successfully hacked");
    const Attribution* experts = find_statement(ex, "had been breached");
    const Attribution* rockets = find_statement(ex, "speak to the lawsuit");
    const Attribution* manager = find_statement(ex, "safety practices");
    ASSERT_TRUE(brel && experts && rockets && manager);
    EXPECT_NE(brel, experts);
    EXPECT_EQ(brel->content_text.find("experts"), std::string::npos) << brel->content_text;
    EXPECT_NE(rockets, manager);
    // a reported clause may hold such a clause where no subordinate clause opens the sentence
    const auto held = extract_text(
        "The port reopened.\n\nShe said that, if elected, she would ask the mayor to "
        "lead the plan.\n");
    ASSERT_FALSE(held.statements.empty());
    EXPECT_NE(held.statements[0].content_text.find("lead the plan"), std::string::npos);
}

TEST(Extract, APluralNounBeforeItsVerbIsNoCue) {
    // "Initial estimates indicate that …" had been a person "Initial" whose cue was "estimates"
    const auto ex = extract_text(
        "The port reopened.\n\nInitial estimates indicate that the repair will take twelve days.\n\nVarious "
        "reports suggest that the crane was never insured.\n");
    ASSERT_EQ(ex.statements.size(), 2u);
    for (const Attribution& a : ex.statements) {
        ASSERT_TRUE(a.source && a.cue);
        EXPECT_NE(a.source->name.find(' '), std::string::npos) << a.source->name;  // "Initial estimates"
    }
    EXPECT_EQ(ex.statements[0].cue->text, "indicate");
    EXPECT_EQ(ex.statements[1].cue->text, "suggest");
}

TEST(Extract, AnAudienceRelaysNothingAndAPersonWhoRelaysIsAPerson) {
    // "Speaking to students at Drexel University, …" had made the students a relay, typed as a
    // publication; "according to Sheriff Ivo Pickell" a publication named "Ivo Pickell"
    const auto ex = extract_text(
        "The port reopened.\n\nSpeaking to students at Varnia University, the mayor said the port was "
        "safe.\n\nIn an interview with Anna Berg on her podcast, the mayor said the crane was fixed.\n\nThe "
        "driver said the road was closed, according to County Sheriff Ivo Pickell.\n");
    const Attribution* safe = find_statement(ex, "port was safe");
    const Attribution* fixed = find_statement(ex, "crane was fixed");
    const Attribution* closed = find_statement(ex, "road was closed");
    ASSERT_TRUE(safe && fixed && closed);
    EXPECT_TRUE(safe->via.empty());
    ASSERT_EQ(fixed->via.size(), 1u);
    EXPECT_EQ(fixed->via[0].name, "Anna Berg");
    EXPECT_EQ(fixed->via[0].type, SourceType::person);
    ASSERT_EQ(closed->via.size(), 1u);
    EXPECT_EQ(closed->via[0].name, "Ivo Pickell");
    EXPECT_EQ(closed->via[0].type, SourceType::person);
}

TEST(Extract, OneListOfOpeningClausesAndOneOfNameParticles) {
    // the participle reader and the content's end share one list of words that open a
    // clause before the main one ("Once …," had been no such word for the participle, and
    // "Despite …," none for the content's end), and the name reader and the role one list of
    // name particles ("dos" of "dos Santos" had been a role)
    const auto ex = extract_text(
        "The port reopened.\n\nOnce Ivo Brel took office, Mr. Tull moved fast, announcing that the port would "
        "reopen.\n\nThe plan works, dos Santos says.\n\nDespite saying the port was open, the ministers do "
        "not believe the port is safe.\n");
    const Attribution* reopen = find_statement(ex, "port would reopen");
    const Attribution* works = find_statement(ex, "plan works");
    const Attribution* open = find_statement(ex, "port was open");
    const Attribution* safe = find_statement(ex, "port is safe");
    ASSERT_TRUE(reopen && works && open && safe && reopen->source && works->source);
    EXPECT_EQ(reopen->source->name, "Tull");
    EXPECT_EQ(works->source->role, "");
    EXPECT_NE(open, safe);  // the ministers' belief is no part of the first statement
}

TEST(Extract, ADayIsNoSpeaker) {
    // the parse once made "early Friday" the subject of "saying"
    const extract::ExtractorModel* model = extract::builtin_extractor();
    ASSERT_NE(model, nullptr);
    const auto ex = extract::extract(load::load_text("t.txt",
                                                     "The port reopened.\n\nVale unleashed a series of "
                                                     "tweets early Friday saying that rival Ana Ruiz had "
                                                     "shown bad judgment.\n"),
                                     model->options({}, false));
    ASSERT_FALSE(ex.statements.empty());
    for (const Attribution& a : ex.statements) {
        if (a.source) {
            EXPECT_EQ(a.source->text.find("Friday"), std::string::npos) << a.source->text;
        }
    }
}

TEST(Extract, AStudyOpeningTheSentenceIsItsSource) {
    const auto ex = extract_text("In a poll released Monday, 52 percent of voters backed the levy.");
    ASSERT_EQ(ex.statements.size(), 1u);
    EXPECT_EQ(ex.statements[0].content_text, "52 percent of voters backed the levy");
    EXPECT_EQ(ex.statements[0].source->text, "a poll released Monday");
    // no comma closes the phrase: the sentence's own speaker follows it, and the
    // circumstance before the name is no part of the speaker
    const auto said = extract_text(
        "In a Monday statement President Ivo Vale said he intended to nominate Dr. Ana Reyes, the port's chief.");
    ASSERT_EQ(said.statements.size(), 1u);
    ASSERT_TRUE(said.statements[0].source);
    EXPECT_EQ(said.statements[0].source->name, "Ivo Vale");
    EXPECT_EQ(said.statements[0].source->text, "President Ivo Vale");
    // a speech is its author's, who opens the clause with a verb of her own
    // (the text's first line is its headline)
    const auto speech =
        extract_text("The port reopened.\n\nIn an August speech, Vale attacked the ideology of the radical groups.\n");
    ASSERT_EQ(speech.statements.size(), 1u);
    ASSERT_TRUE(speech.statements[0].source);
    EXPECT_EQ(speech.statements[0].source->text, "Vale");
    ASSERT_TRUE(speech.statements[0].cue);
    EXPECT_EQ(speech.statements[0].cue->text, "attacked");
    EXPECT_EQ(speech.statements[0].content_text, "the ideology of the radical groups");
    // a document a name writes speaks for its author
    const auto announced =
        extract_text("President Ivo Vale's announcement noted that Dr. Reyes had run the port for ten years.");
    ASSERT_EQ(announced.statements.size(), 1u);
    ASSERT_TRUE(announced.statements[0].source);
    EXPECT_EQ(announced.statements[0].source->name, "Ivo Vale");
    EXPECT_EQ(announced.statements[0].source->type, SourceType::person);
}

TEST(Extract, ATitleCaseHeadlineSaysWhoSaidWhat) {
    const auto after = extract_text(
        "Port Could Reopen By Spring, Harbour Chief Dana Vale Says.\n\nThe port has been closed since May.");
    ASSERT_EQ(after.statements.size(), 1u);
    EXPECT_EQ(after.statements[0].content_text, "Port Could Reopen By Spring");
    EXPECT_EQ(after.statements[0].source->text, "Harbour Chief Dana Vale");
    EXPECT_EQ(after.statements[0].cue->lemma, "say");
    const auto before = extract_text(
        "Mayor Ivo Reyes Finally Calls Bridge Repairs \u2018A Scandal\u2019\n\nThe bridge has been shut for a year.");
    ASSERT_EQ(before.statements.size(), 1u);
    EXPECT_EQ(before.statements[0].content_text, "Bridge Repairs \u2018A Scandal\u2019");
    EXPECT_EQ(before.statements[0].source->text, "Mayor Ivo Reyes");  // the adverb is not the name's
    // a question or a clause before the verb names no speaker; a headline further down the
    // page, or a sentence written in sentence case, is not read so
    EXPECT_TRUE(extract_text("How Mayor Ivo Reyes Thinks About Bridges\n\nHe wrote a book.").statements.empty());
    EXPECT_TRUE(
        extract_text("The port reopened on Monday.\n\nPort Workers Union Says Strike Is Over").statements.empty());
}

TEST(Extract, AQuestionAskedOfTheSpeakerIsAStatementWithoutASource) {
    const auto ex = extract_text(
        "Asked whether the bridge was safe, the mayor said it was.\n\n"
        "Asked about the strike, the union sent a statement.\n\n"
        "Asked if Dana Vale, the harbour chief, who ran the port for ten years, would stay, he smiled.\n\n"
        "Asked if she is \u201Cready to lead,\u201D 72 percent said yes.");
    std::vector<std::string> asked;
    for (const Attribution& a : ex.statements)
        if (a.cue && a.cue->lemma == "ask") {
            EXPECT_FALSE(a.source) << a.content_text;  // the sentence does not say who asked
            asked.push_back(a.content_text);
        }
    EXPECT_EQ(asked,
              (std::vector<std::string>{"whether the bridge was safe", "the strike",
                                        "if Dana Vale, the harbour chief, who ran the port for ten years, would stay",
                                        "if she is \u201Cready to lead,\u201D"}));
    // the answer is a statement of its own
    const Attribution* said = find_statement(ex, "it was");
    ASSERT_NE(said, nullptr);
    EXPECT_EQ(said->source->text, "the mayor");
    // with --scope speech a question put by no one named is no claim
    extract::Options speech;
    speech.speech_only = true;
    const auto only = extract_text("Asked whether the bridge was safe, the mayor said it was.", speech);
    for (const Attribution& a : only.statements) EXPECT_NE(a.cue->lemma, "ask");
}

TEST(Extract, ASpeechNounAfterItsDeterminerIsNoCue) {
    // "announced the news in a tweet:" — the tweet is how, not who says the quote
    const auto ex = extract_text(
        "Ada Orel announced the news in a tweet: \"I'm hosting the awards! Thanks to everyone.\"\n\n"
        "\"I am so excited to be hosting again,\" she added in a statement.\n");
    for (const auto& s : ex.statements) {
        ASSERT_TRUE(s.source);
        EXPECT_EQ(s.source->name.find("news"), std::string::npos) << s.source->name;
    }
    const Attribution* added = find_statement(ex, "so excited");
    ASSERT_NE(added, nullptr);
    EXPECT_EQ(added->source->name, "Ada Orel");
}

TEST(Extract, AHeadlineNameBeforeAColonSpeaks) {
    const auto ex = extract_text(
        "Harlow: The Port Deal Is Dead\n\nREAD MORE: Strikes spread to northern ports\n\n"
        "The deal collapsed on Friday.");
    ASSERT_EQ(ex.statements.size(), 1u);
    EXPECT_EQ(ex.statements[0].content_text, "The Port Deal Is Dead");
    EXPECT_EQ(ex.statements[0].source->text, "Harlow");
    EXPECT_EQ(ex.statements[0].cue->text, ":");
}

TEST(Extract, ContentAfterAccordingToNeedsNoShortSource) {
    const auto ex = extract_text(
        "Turnout fell by a third in the northern districts, according to early results of "
        "the count published by the electoral board.");
    ASSERT_EQ(ex.statements.size(), 1u);
    EXPECT_EQ(ex.statements[0].content_text, "Turnout fell by a third in the northern districts");
    EXPECT_EQ(ex.statements[0].cue->text, "according to");
}

TEST(Extract, ARelativeClauseSpeaksForItsAntecedent) {
    const auto ex = extract_text("Dana Oduya, who said she had voted for the mayor twice, left the meeting early.");
    ASSERT_EQ(ex.statements.size(), 1u);
    EXPECT_EQ(ex.statements[0].content_text, "she had voted for the mayor twice");
    ASSERT_TRUE(ex.statements[0].source.has_value());
    EXPECT_EQ(ex.statements[0].source->name, "Dana Oduya");
    EXPECT_EQ(ex.statements[0].source->text, "Dana Oduya, who");
}

TEST(Extract, ATimePhraseOrParenthesisMayStandBeforeTheVerb) {
    const auto ex = extract_text(
        "Senator Rita Lowe (D-Ore.) last week said the audit was overdue. The council on "
        "Monday said the vote would be delayed.");
    const Attribution* audit = find_statement(ex, "audit was overdue");
    ASSERT_NE(audit, nullptr);
    EXPECT_EQ(audit->source->name, "Rita Lowe");
    const Attribution* vote = find_statement(ex, "vote would be delayed");
    ASSERT_NE(vote, nullptr);
    EXPECT_EQ(vote->source->text, "The council");
}

TEST(Extract, ASecondVerbSharesTheSpeaker) {
    const auto ex = extract_text(
        "A spokesman for the port defended the new schedule and said the cranes had been "
        "inspected.");
    const Attribution* defended = find_statement(ex, "new schedule");
    const Attribution* said = find_statement(ex, "cranes had been inspected");
    ASSERT_NE(defended, nullptr);
    ASSERT_NE(said, nullptr);
    EXPECT_EQ(defended->content_text, "the new schedule");
    ASSERT_TRUE(said->source.has_value());
    EXPECT_EQ(said->source->text, defended->source->text);
}

TEST(Extract, AListenerNameEndsWhereTheClauseBegins) {
    const auto ex = extract_text("Okafor told host Lisa Brandt a recount is \xE2\x80\x9Cinevitable.\xE2\x80\x9D");
    ASSERT_EQ(ex.statements.size(), 1u);
    EXPECT_EQ(ex.statements[0].content_text, "a recount is \xE2\x80\x9Cinevitable.\xE2\x80\x9D");
    EXPECT_EQ(ex.statements[0].kind, StatementKind::mixed);
}

TEST(Extract, ScareQuotesAndTitlesAreNotStatements) {
    const auto ex = extract_text(
        "The so-called \xE2\x80\x9Cpeacekeepers\xE2\x80\x9D crossed the river. Residents watched "
        "the film \xE2\x80\x9CThe Long Night\xE2\x80\x9D in the square.");
    EXPECT_TRUE(ex.statements.empty());
}

TEST(Extract, AWholeSentenceQuotationWithoutASpeakerKeepsNoSource) {
    const auto ex = extract_text(
        "The harbour was quiet on Monday.\n\n\xE2\x80\x9CWe have never seen the cranes stand "
        "still this long.\xE2\x80\x9D\n\nThe strike entered its third week.");
    ASSERT_EQ(ex.statements.size(), 1u);
    EXPECT_EQ(ex.statements[0].kind, StatementKind::direct);
    EXPECT_FALSE(ex.statements[0].source.has_value());
    EXPECT_FALSE(ex.statements[0].cue.has_value());
}

TEST(Extract, TollsCitationsAndBodiesNamedWithOf) {
    // "put the death toll at": the toll is the claim, with its figure
    const auto a = extract_text("Governor Ivan Horak had earlier put the death toll at 14.");
    ASSERT_EQ(a.statements.size(), 1u);
    EXPECT_EQ(a.statements[0].content_text, "the death toll at 14");
    ASSERT_EQ(a.statements[0].figures.size(), 1u);
    EXPECT_EQ(a.statements[0].figures[0].measure, "killed");
    EXPECT_EQ(a.statements[0].figures[0].value, 14);
    // a part of the day after the time phrase of an inversion, and a toll far from its number
    const auto b =
        extract_text("The death toll from the fire has risen to 24, Governor Horak said on Saturday evening.");
    ASSERT_EQ(b.statements.size(), 1u);
    EXPECT_EQ(b.statements[0].source->name, "Horak");
    ASSERT_EQ(b.statements[0].figures.size(), 1u);
    EXPECT_EQ(b.statements[0].figures[0].value, 24);
    // ", as X reported": the clause before is the outlet's claim
    const auto c = extract_text("Doctors counted 31 dead, as the Harbour Ledger reported on Sunday.");
    ASSERT_EQ(c.statements.size(), 1u);
    EXPECT_EQ(c.statements[0].content_text, "Doctors counted 31 dead");
    EXPECT_EQ(c.statements[0].source->name, "Harbour Ledger");
    EXPECT_EQ(c.statements[0].cue->lemma, "report");
    // "Ministry of Defense" is a body, not a person named Defense
    const auto d = extract_text("The Russian Ministry of Defense said 12 drones had been shot down.");
    ASSERT_EQ(d.statements.size(), 1u);
    EXPECT_EQ(d.statements[0].source->type, SourceType::organization);
    EXPECT_EQ(d.statements[0].source->name, "Russian Ministry of Defense");
}

// Relays are not speakers: the trace of a statement must reach its origin.
TEST(Extract, ARelayIsNeverTheSpeaker) {
    const auto told = extract_text(
        "As co-author Jane Roe told The Daily Planet, \xE2\x80\x9CWe never expected the results to hold up this "
        "well.\xE2\x80\x9D");
    ASSERT_EQ(told.statements.size(), 1u);
    EXPECT_EQ(told.statements[0].source->text, "co-author Jane Roe");
    ASSERT_EQ(told.statements[0].via.size(), 1u);
    EXPECT_EQ(told.statements[0].via[0].name, "Daily Planet");
    EXPECT_EQ(told.statements[0].via[0].type, SourceType::outlet);

    const auto according =
        extract_text("According to Channel 9, the spokesman also believes the bridge will reopen next week.");
    ASSERT_EQ(according.statements.size(), 1u);
    EXPECT_EQ(according.statements[0].source->text, "the spokesman");
    EXPECT_EQ(according.statements[0].content_text, "the bridge will reopen next week");
    ASSERT_EQ(according.statements[0].via.size(), 1u);
    EXPECT_EQ(according.statements[0].via[0].name, "Channel 9");

    const auto quoting = extract_text(
        "Interfax, quoting the state news agency TASS, reported that two drones were shot down over the region.");
    ASSERT_EQ(quoting.statements.size(), 1u);
    EXPECT_EQ(quoting.statements[0].source->text, "the state news agency TASS");
    ASSERT_EQ(quoting.statements[0].via.size(), 1u);
    EXPECT_EQ(quoting.statements[0].via[0].name, "Interfax");
    EXPECT_EQ(quoting.statements[0].via[0].type, SourceType::agency);
    // the agency the description names is an agency (it was a person named TASS)
    EXPECT_EQ(quoting.statements[0].source->name, "TASS");
    EXPECT_EQ(quoting.statements[0].source->type, SourceType::agency);

    // the other way round: the ministry speaks, the agency that quoted it relays
    const auto quoted = extract_text(
        "The Defence Ministry, quoted by the state news agency TASS, said its forces had taken the village.");
    ASSERT_EQ(quoted.statements.size(), 1u);
    EXPECT_EQ(quoted.statements[0].source->name, "Defence Ministry");
    ASSERT_EQ(quoted.statements[0].via.size(), 1u);
    EXPECT_EQ(quoted.statements[0].via[0].name, "TASS");
    EXPECT_EQ(quoted.statements[0].via[0].type, SourceType::agency);
    const auto cited =
        extract_text("The regional governor, cited by RIA Novosti, said two people were wounded in the strike.");
    ASSERT_EQ(cited.statements.size(), 1u);
    EXPECT_EQ(cited.statements[0].source->text, "The regional governor");
    ASSERT_EQ(cited.statements[0].via.size(), 1u);
    EXPECT_EQ(cited.statements[0].via[0].name, "RIA Novosti");
}

// Named speakers of quotes across a sentence or paragraph boundary.
TEST(Extract, AQuoteAfterASentenceAboutANamedPersonIsTheirs) {
    const auto ex = extract_text(
        "Mayor Jane Roe was defiant on Monday. \xE2\x80\x9CWe will rebuild every house in this district.\xE2\x80\x9D");
    ASSERT_EQ(ex.statements.size(), 1u);
    ASSERT_TRUE(ex.statements[0].source);
    EXPECT_EQ(ex.statements[0].source->text, "Mayor Jane Roe");
    // not when the sentence before is about something else
    const auto other = extract_text(
        "The bridge was closed on Monday. \xE2\x80\x9CWe will rebuild every house in this district.\xE2\x80\x9D");
    ASSERT_EQ(other.statements.size(), 1u);
    EXPECT_FALSE(other.statements[0].source && other.statements[0].source->span);
}

TEST(Extract, AParagraphEndingWithAColonIntroducesTheQuoteAfterIt) {
    const auto ex = extract_text(
        "Governor Tom Hale spoke after the vote:\n\n\xE2\x80\x9CThis budget keeps every school open, and it does so "
        "without new taxes.\xE2\x80\x9D");
    ASSERT_EQ(ex.statements.size(), 1u);
    ASSERT_TRUE(ex.statements[0].source);
    EXPECT_EQ(ex.statements[0].source->text, "Governor Tom Hale");
    EXPECT_EQ(ex.statements[0].cue->text, "spoke");
}

// The two sentences without "that" the learned-extraction issue names.
TEST(Extract, ReportedSpeechWithoutThatIsAStatement) {
    const auto police = extract_text("Police said five people died in the fire.");
    ASSERT_EQ(police.statements.size(), 1u);
    EXPECT_EQ(police.statements[0].source->text, "Police");
    EXPECT_EQ(police.statements[0].content_text, "five people died in the fire");
    const auto mayor = extract_text("The mayor told reporters the bridge was safe.");
    ASSERT_EQ(mayor.statements.size(), 1u);
    EXPECT_EQ(mayor.statements[0].source->text, "The mayor");
    EXPECT_EQ(mayor.statements[0].content_text, "the bridge was safe");
}

// Reported speech without "that", read off the parse; --fast (the rules alone) misses it.
TEST(Extract, ReportedSpeechWithoutThatComesFromTheParse) {
    const std::string text = "The mayor told reporters the bridge was safe.";
    const auto ex = extract_text(text);
    ASSERT_EQ(ex.statements.size(), 1u);
    EXPECT_EQ(ex.statements[0].source->text, "The mayor");
    EXPECT_EQ(ex.statements[0].cue->text, "told");
    EXPECT_EQ(ex.statements[0].content_text, "the bridge was safe");
    extract::Options fast;
    fast.fast = true;
    EXPECT_TRUE(extract::extract(load::load_text("t.txt", text), fast).statements.empty());
}

// A relative clause inside the content's subject, closed by a comma before the clause's
// verb, is the content's: the rules once stopped at ", which" and found no clause ("the
// bridge"), or gave "that the bridge" and the relative clause's verb its own statement.
TEST(Extract, ARelativeClauseInsideTheContentsSubjectStaysInTheContent) {
    extract::Options fast;
    fast.fast = true;
    const auto bare = extract::extract(
        load::load_text("t.txt", "The governor said the bridge, which engineers inspected, was safe."), fast);
    ASSERT_EQ(bare.statements.size(), 1u);
    EXPECT_EQ(bare.statements[0].source->text, "The governor");
    EXPECT_EQ(bare.statements[0].content_text, "the bridge, which engineers inspected, was safe");
    const auto nested = extract::extract(
        load::load_text("t.txt", "The governor said that the bridge, which engineers reported damaged, was safe."),
        fast);
    ASSERT_EQ(nested.statements.size(), 1u);
    EXPECT_EQ(nested.statements[0].content_text, "that the bridge, which engineers reported damaged, was safe");
    // a relative clause after the content's verb still ends it
    const auto after = extract::extract(
        load::load_text("t.txt", "The governor said the bridge was safe, which surprised engineers, and reopened it."),
        fast);
    ASSERT_EQ(after.statements.size(), 1u);
    EXPECT_EQ(after.statements[0].content_text, "the bridge was safe");
}

}  // namespace claimgraph

namespace claimgraph {

// A cue's class is read by the lexicon's lemma: "noted" is speech though the lexicon lists
// "note" by its forms alone (it had been class "other", and --scope speech dropped it).
// With --scope speech, a speech act with an object ("praised the crew", "declined to
// comment") is no statement unless it quotes the words or a clause "that" opens follows.
TEST(Extract, SpeechOnlyKeepsWhatWasSaidNotWhatWasDoneWithWords) {
    EXPECT_EQ(extract::cue_class_of("note"), "speech");
    EXPECT_EQ(extract::cue_class_of("respond"), "speech");
    EXPECT_EQ(extract::cue_class_of("call"), "other");  // naming
    extract::Options speech;
    speech.speech_only = true;
    const auto ex = testing::extract_text(
        "Mayor Ana Lund noted that the ferry had never missed a crossing.\n\n"
        "Lund praised the harbour crew for their work on Sunday.\n\n"
        "Lund praised the crew as \u201Cthe best in the country.\u201D\n\n"
        "Holm announced that the port would close in May.",
        speech);
    EXPECT_NE(testing::find_statement(ex, "the ferry had never missed a crossing"), nullptr);
    EXPECT_EQ(testing::find_statement(ex, "the harbour crew"), nullptr);
    EXPECT_NE(testing::find_statement(ex, "the best in the country"), nullptr);
    EXPECT_NE(testing::find_statement(ex, "the port would close in May"), nullptr);
    // the default scope keeps the act with its object
    EXPECT_NE(testing::find_statement(testing::extract_text("Lund praised the harbour crew for their work on Sunday."),
                                      "the harbour crew"),
              nullptr);
}

}  // namespace claimgraph

namespace claimgraph {

// "add" with a score, a figure or "to" after it reports no words ("added a goal and an
// assist", "added 0.3 per cent", "adding to her lead"); "added that …" and "added: “…”" do.
TEST(Extract, AddingAGoalOrAFigureIsNoStatement) {
    const auto ex = testing::extract_text(
        "Lund added two goals and an assist as Vale won the final.\n\n"
        "The harbour index added 0.3 per cent to 2,106.10 on Friday.\n\n"
        "The win added to her lead over Holm, the paper said.\n\n"
        "Berg added that the cranes would stay in the port.");
    EXPECT_EQ(testing::find_statement(ex, "two goals and an assist"), nullptr);
    EXPECT_EQ(testing::find_statement(ex, "0.3 per cent"), nullptr);
    EXPECT_EQ(testing::find_statement(ex, "her lead over Holm"), nullptr);
    const Attribution* a = testing::find_statement(ex, "the cranes would stay in the port");
    ASSERT_NE(a, nullptr);
    ASSERT_TRUE(a->source);
    EXPECT_EQ(a->source->name, "Berg");
}

}  // namespace claimgraph
