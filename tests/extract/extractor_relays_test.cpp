// Extraction end to end: headlines, questions, relays that are never the speaker, quotations
// carried across sentences, reported speech without "that", the scope of speech.
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
