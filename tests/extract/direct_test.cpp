// Quotations and the speaker the words around them name (direct.cpp).
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "test_support.h"

namespace claimgraph {

using testing::extract_fast;
using testing::extract_text;
using testing::find_statement;

TEST(Direct, ANameRightBeforeAQuoteAfterTheVerbIsTheQuotationsSubject) {
    // "SPEAKER says X “…”": X is what the quotation is about, the verb's subject speaks,
    // and the statement is the whole of what was said
    const auto clip = extract_text("The clip says Reyes \u201Chas a passion for defending the wrong people.\u201D");
    ASSERT_EQ(clip.statements.size(), 1u);
    ASSERT_TRUE(clip.statements[0].source);
    EXPECT_EQ(clip.statements[0].source->text, "The clip");
    EXPECT_EQ(clip.statements[0].content_text, "Reyes \u201Chas a passion for defending the wrong people.\u201D");
    const auto ruling = extract_text(
        "In a statement, Vale said the court's decision \"will force us to put voters back on the rolls.\"");
    const Attribution* a = find_statement(ruling, "will force us");
    ASSERT_NE(a, nullptr);
    ASSERT_TRUE(a->source);
    EXPECT_EQ(a->source->name, "Vale");
    EXPECT_EQ(a->content_text.substr(0, 20), "the court's decision");
    // over an auxiliary
    const auto doctor =
        extract_text("The governor's doctor is calling the governor \u201Cextremely physically fit.\u201D");
    ASSERT_EQ(doctor.statements.size(), 1u);
    ASSERT_TRUE(doctor.statements[0].source);
    EXPECT_EQ(doctor.statements[0].source->text, "The governor's doctor");
}

TEST(Direct, ANameSetOffAfterTheVerbStillSpeaks) {
    // "said SPEAKER: “…”" and "said SPEAKER, “…”": the inverted order keeps its speaker
    const auto colon = extract_text("Then said Mayor Ana Reyes: \u201CWe will rebuild the bridge by spring.\u201D");
    ASSERT_EQ(colon.statements.size(), 1u);
    ASSERT_TRUE(colon.statements[0].source);
    EXPECT_EQ(colon.statements[0].source->name, "Ana Reyes");
}

TEST(Direct, ASplitQuoteKeepsItsSecondPiecePastASetting) {
    // “A,” X said during a rally in Port Elm, Veltria, “but B.”: one statement of two pieces
    const auto ex = extract_text(
        "\"I think the moderator will be very fair,\" Vale said during a rally in Port Elm, Veltria, \"but a lot of "
        "people are going to be watching to see if that is true.\"");
    ASSERT_EQ(ex.statements.size(), 1u);
    ASSERT_EQ(ex.statements[0].content.size(), 2u);
    EXPECT_EQ(ex.statements[0].source->name, "Vale");
    // a clause between with a speaker of its own: the second piece is not the first's
    const auto agreed = extract_text(
        "\"We will win,\" Reyes said on Monday, as the mayor agreed, \"but not by much, and not before noon.\"");
    const Attribution* reyes = nullptr;
    for (const Attribution& a : agreed.statements)
        if (a.source && a.source->name == "Reyes") reyes = &a;
    ASSERT_NE(reyes, nullptr);
    EXPECT_EQ(reyes->content.size(), 1u);
}

TEST(Direct, ATurnGoesOnPastTheSpeakersOwnIndirectStatement) {
    // "“A,” Reyes said, stressing B. “C.”": C carries on Reyes's turn, not her indirect B
    // (turns joined, as with --scope all)
    extract::Options turns;
    turns.join_turns = true;
    const auto ex = extract_text(
        "\u201CYou cannot talk about the harbour if you do not know what we are changing,\u201D Reyes said, stressing "
        "that the port's past mattered. \u201CWhat we need to change is how the whole town thinks about this "
        "moment.\u201D",
        turns);
    const Attribution* turn = nullptr;
    for (const Attribution& a : ex.statements)
        if (a.cue && a.cue->text == "said") turn = &a;
    ASSERT_NE(turn, nullptr);
    EXPECT_EQ(turn->content.size(), 2u);
    EXPECT_NE(turn->content_text.find("What we need to change"), std::string::npos);
}

TEST(Direct, AQuotationAfterAColonEndsItsSentence) {
    // "Berg said: “…” He said …": the period inside the closing mark ends the sentence, so
    // "He said" speaks for the clause after it, not for the quotation before it
    const auto ex = extract_text(
        "The mayor said the council had agreed. Berg said: \u201CIt is not true.\u201D He said the council would "
        "vote again in May.");
    const Attribution* quote = find_statement(ex, "It is not true");
    ASSERT_NE(quote, nullptr);
    ASSERT_TRUE(quote->source);
    EXPECT_EQ(quote->source->name, "Berg");
    const Attribution* vote = find_statement(ex, "the council would vote again in May");
    ASSERT_NE(vote, nullptr);
    ASSERT_TRUE(vote->cue);
    EXPECT_EQ(vote->cue->text, "said");
}

TEST(Direct, ContentEndsWhereAnotherSpeakerAnswers) {
    // ", to which Berg replied: “…”": the mayor's words end at the comma; the reply is Berg's
    const auto ex = extract_text(
        "The mayor said the council had agreed, to which Ms. Berg interjected: \u201CIt is not true.\u201D");
    const Attribution* mayor = find_statement(ex, "the council had agreed");
    ASSERT_NE(mayor, nullptr);
    EXPECT_EQ(mayor->content_text, "the council had agreed");
    const Attribution* reply = find_statement(ex, "It is not true");
    ASSERT_NE(reply, nullptr);
    ASSERT_TRUE(reply->source);
    EXPECT_EQ(reply->source->name, "Berg");
    ASSERT_TRUE(reply->cue);
    EXPECT_EQ(reply->cue->text, "interjected");
}

TEST(Direct, AQuotationWithItsOwnFrameDoesNotCarryOnTheTurnBeforeIt) {
    // two paragraphs, each “…,” said SPEAKER: the second had been joined to the first
    // speaker's turn when the words after its verb were not a speaker the lists know
    // ("the woman"), and its own speaker was lost; the rules alone, as --fast reads them
    extract::Options fast;
    fast.fast = true;
    const std::string text =
        "Port strike enters second week\n\n\u201CThanks for opening the gates,\u201D said Omar Dalil.\n\n"
        "\u201CWe were safe here,\u201D said the woman.\n";
    for (const auto& options : {extract::Options{}, fast}) {
        const auto ex = extract_text(text, options);
        ASSERT_EQ(ex.statements.size(), 2u);
        EXPECT_EQ(ex.statements[0].content.size(), 1u);
        ASSERT_TRUE(ex.statements[1].source);
        EXPECT_EQ(ex.statements[1].source->text, "the woman");
        EXPECT_EQ(ex.statements[1].content_text, "\u201CWe were safe here,\u201D");
    }
    // a quotation carrying on in the next paragraph, with no frame of its own, still joins
    // the turn (the turn unit, as PolNeAR's annotators count)
    extract::Options turns;
    turns.join_turns = true;
    const auto turn = extract_text(
        "\u201CThe port is safe,\u201D Dalil said.\n\n\u201CWe checked every crane and every gate.\u201D\n\n"
        "Asked about the strike, Dalil said talks would resume.\n",
        turns);
    const Attribution* port = find_statement(turn, "The port is safe");
    ASSERT_NE(port, nullptr);
    EXPECT_EQ(port->content.size(), 2u);
}

TEST(Direct, APlainDescriptionAfterTheVerbOfAQuotationSpeaks) {
    // "says the affable proprietor.": a description the word lists do not know as a
    // speaker's, right after the verb that frames the quotation (the rules alone read it,
    // with no parse to find the verb's subject)
    const auto ex =
        extract_fast("\u201CIn my experience, the port has never been this quiet,\u201D says the affable proprietor.");
    const Attribution* quote = find_statement(ex, "never been this quiet");
    ASSERT_NE(quote, nullptr);
    ASSERT_TRUE(quote->source);
    EXPECT_EQ(quote->source->text, "the affable proprietor");
    // not a time or place after the verb, nor a clause
    const auto time = extract_fast("\u201CWe will rebuild the bridge,\u201D said the mayor on Monday.");
    ASSERT_EQ(time.statements.size(), 1u);
    ASSERT_TRUE(time.statements[0].source);
    EXPECT_EQ(time.statements[0].source->text, "the mayor");
}

TEST(Direct, ASpeakersRelativeClauseAfterAQuotationHoldsNoFrame) {
    // “…,” Berg, who has proposed …, said: "proposed" is inside the speaker's relative
    // clause; the quotation had been lost and "said at the time" read as a statement
    const auto ex = extract_text(
        "\u201CThe answer you want is yes,\u201D Berg, who has proposed closing the terminal over five years, said "
        "at the time.");
    const Attribution* quote = find_statement(ex, "The answer you want is yes");
    ASSERT_NE(quote, nullptr);
    ASSERT_TRUE(quote->source);
    EXPECT_EQ(quote->source->name, "Berg");
    ASSERT_TRUE(quote->cue);
    EXPECT_EQ(quote->cue->text, "said");
    EXPECT_EQ(find_statement(ex, "the time"), nullptr);
}

TEST(Direct, ASettingBetweenTheVerbAndTheColonLeavesTheSubjectSpeaking) {
    // "Berg said Monday: “…”" had the speaker "Monday"; "Berg said on Monday: “…”" had none
    // with the rules alone
    for (const std::string setting : {"Monday", "on Monday", "at a news conference"}) {
        const auto ex =
            extract_fast("Mayor Ana Berg said " + setting + ": \u201CWe will rebuild the bridge by spring.\u201D");
        ASSERT_EQ(ex.statements.size(), 1u) << setting;
        ASSERT_TRUE(ex.statements[0].source) << setting;
        EXPECT_EQ(ex.statements[0].source->name, "Ana Berg") << setting;
        EXPECT_EQ(ex.statements[0].content_text, "\u201CWe will rebuild the bridge by spring.\u201D") << setting;
    }
    // a title after the setting is no quotation of hers
    const auto book = extract_fast("Berg wrote in her memoir, \u201CHard Choices.\u201D");
    for (const Attribution& a : book.statements) EXPECT_NE(a.content_text, "\u201CHard Choices.\u201D");
}

TEST(Direct, ASentenceOpeningWithTheVerbNamesTheSpeakerAfterIt) {
    // "Said X, who …, “…”" had no statement; "Said X: “…”" was read as a label whose
    // speaker was "Said X"
    for (const std::string opening : {"Said Maria Okafor, who grew up with him on the quay, ", "Said Maria Okafor: "}) {
        const auto ex = extract_fast(opening + "\u201CWe were all so proud of him.\u201D");
        ASSERT_EQ(ex.statements.size(), 1u) << opening;
        ASSERT_TRUE(ex.statements[0].source) << opening;
        EXPECT_EQ(ex.statements[0].source->name, "Maria Okafor") << opening;
        ASSERT_TRUE(ex.statements[0].cue);
        EXPECT_EQ(ex.statements[0].cue->text, "Said");
    }
}

TEST(Direct, ADescriptionFamiliarWithSomethingSpeaks) {
    // "said one councillor familiar with the campaign, who …": the quotation had been lost
    const auto familiar = extract_fast(
        "\u201CIf Berg wins the vote, the energy will be substantial,\u201D said one councillor familiar with the "
        "campaign, who requested anonymity.");
    const Attribution* energy = find_statement(familiar, "the energy will be substantial");
    ASSERT_NE(energy, nullptr);
    ASSERT_TRUE(energy->source);
    EXPECT_EQ(energy->source->text.substr(0, 13), "one councillo");
}

TEST(Direct, AProgrammesTitleInTheSettingIsNoQuotation) {
    // a programme's title in the setting is no quotation of the speaker's clause after it
    const auto title = extract_fast(
        "Sunday on Channel 9's \u201CMorning Report,\u201D Councillor Eva Holm said the mayor's judgment is in "
        "question.");
    const Attribution* judgment = find_statement(title, "the mayor's judgment is in question");
    ASSERT_NE(judgment, nullptr);
    EXPECT_EQ(judgment->content_text, "the mayor's judgment is in question");
    for (const Attribution& a : title.statements) EXPECT_EQ(a.content_text.find("Morning Report"), std::string::npos);
}

TEST(Direct, APronounAfterTheVerbThatGoesOnWithAClauseIsNoInvertedSpeaker) {
    // "…a “disgrace,” said he does not …": the pronoun is the clause's subject, no inverted
    // speaker of the quoted word
    const auto pronoun = extract_fast(
        "Lund, who calls the contract a \u201Cdisgrace,\u201D said he does not believe the effort needs an "
        "alternative.");
    for (const Attribution& a : pronoun.statements) {
        ASSERT_TRUE(a.source);
        EXPECT_NE(a.source->text, "he") << a.content_text;
    }
}

TEST(Direct, ATextReadsItsQuotation) {
    // "“…,” it read.", "“…,” the editorial read.": what a sign, an email or an editorial says
    for (const std::string frame : {"it read", "the editorial read", "the suit reads"}) {
        const auto ex = extract_fast("\u201CIf she wants to be mayor, Berg should act like one,\u201D " + frame + ".");
        ASSERT_EQ(ex.statements.size(), 1u) << frame;
        ASSERT_TRUE(ex.statements[0].cue);
        EXPECT_EQ(ex.statements[0].cue->lemma, "read");
        EXPECT_EQ(ex.statements[0].cue->cls, "speech");
        ASSERT_TRUE(ex.statements[0].source);
        EXPECT_EQ(ex.statements[0].source->text, frame.substr(0, frame.rfind(' ')));
    }
    // not "read" with no quotation before it
    EXPECT_TRUE(extract_fast("Lund read the words he had come to deliver.").statements.empty());
}

}  // namespace claimgraph

namespace claimgraph {

// "“…,” says Wise’s dad, Darrin.": a description the name after its comma names speaks,
// whatever its noun ("dad" is no role of the lexicon); a name cut at an initial's full stop
// is not taken for the end ("another advocate, Andrew J. Pincus of the firm").
TEST(Direct, ADescriptionNamedAfterItsCommaSpeaks) {
    const auto ex = testing::extract_fast(
        "The mayor spoke.\n\n\u201CThe port is safe,\u201D says Wise\u2019s dad, Darrin.\n\n"
        "\u201CThe odds are even,\u201D said another leading advocate, Andrew J. Pincus of the firm Mayer Brown.");
    const Attribution* a = testing::find_statement(ex, "The port is safe");
    ASSERT_NE(a, nullptr);
    ASSERT_TRUE(a->source);
    EXPECT_EQ(a->source->name, "Darrin");
    const Attribution* b = testing::find_statement(ex, "The odds are even");
    ASSERT_NE(b, nullptr);
    ASSERT_TRUE(b->source);
    EXPECT_NE(b->source->name, "Andrew J");
}

}  // namespace claimgraph

namespace claimgraph {

// "points out" frames a quotation after it as "says" does (the phrasal verb's two words are
// the cue, and a description its speaker).
TEST(Direct, PointsOutFramesAQuotation) {
    const auto ex = testing::extract_text(
        "The mayor spoke.\n\n\u201CYou are talking about one genre only,\u201D points out the harbour master.");
    const Attribution* a = testing::find_statement(ex, "You are talking about one genre only");
    ASSERT_NE(a, nullptr);
    ASSERT_TRUE(a->source && a->cue);
    EXPECT_EQ(a->source->text, "the harbour master");
    EXPECT_EQ(a->cue->text, "points out");
}

}  // namespace claimgraph

namespace claimgraph {

// "“…,” he was quoted as saying": the passive frame names the quotation's speaker; the
// quotation does not carry on the turn before it.
TEST(Direct, QuotedAsSayingFramesAQuotation) {
    const auto ex = testing::extract_text(
        "Mayor Ana Lund opened the bridge.\n\n\u201CThe cranes stay,\u201D Berg said.\n\n"
        "\u201CI was deeply dismayed,\u201D Holm was quoted as saying in the release.");
    const Attribution* a = testing::find_statement(ex, "I was deeply dismayed");
    ASSERT_NE(a, nullptr);
    ASSERT_TRUE(a->source && a->cue);
    EXPECT_EQ(a->source->name, "Holm");
    EXPECT_EQ(a->cue->text, "quoted as saying");
}

// What a naming verb takes right before a quotation is what it names: "calling these
// groups ‘harbour pirates’" is not the groups' quotation (the phrase after the verb had
// been taken for an inverted speaker), and "said Ana Vale: “…”" still is hers.
TEST(Direct, WhatANamingVerbNamesIsNoSpeaker) {
    const auto ex = extract_text(
        "The mayor spoke on Tuesday. When you start calling these groups ‘harbour pirates,’ the way it is heard "
        "is that the whole port is to blame, she said.\n\n"
        "Vale attacked the council on Friday, calling the levy ‘a tax on the poor’ in a speech.\n\n"
        "Asked about the ferries, said Ana Vale: “We will run them all winter.”");
    for (const Attribution& a : ex.statements)
        if (a.source) {
            EXPECT_EQ(a.source->text.find("groups"), std::string::npos) << a.content_text;
            EXPECT_EQ(a.source->text.find("levy"), std::string::npos) << a.content_text;
        }
    const Attribution* levy = find_statement(ex, "a tax on the poor");
    ASSERT_TRUE(levy && levy->source);
    EXPECT_EQ(levy->source->name, "Vale");
    const Attribution* winter = find_statement(ex, "all winter");
    ASSERT_TRUE(winter && winter->source);
    EXPECT_EQ(winter->source->name, "Ana Vale");
}

TEST(Direct, AClauseBeforeAColonFramesTheQuotationAfterIt) {
    // the word rules alone (the frame is the quotation finder's, not the parse's)
    for (const auto& [clause, cue] : std::vector<std::pair<std::string, std::string>>{
             {"Asked about the delay, Mayor Ana Vale shot back:", "shot back:"},
             {"She then addressed the dock workers again:", "then addressed the dock workers again:"},
             {"As Professor Ana Vale put it:", "put it:"},
             {"Mayor Ana Vale said flatly:", "said"}}) {
        const auto ex = extract_fast("Mayor Ana Vale said on Monday that the port had closed.\n\n" + clause +
                                     " \u201CThe port will reopen. We checked every crane.\u201D");
        const Attribution* a = find_statement(ex, "The port will reopen");
        ASSERT_NE(a, nullptr) << clause;
        EXPECT_EQ(a->content_text, "\u201CThe port will reopen. We checked every crane.\u201D") << clause;
        ASSERT_TRUE(a->source) << clause;
        EXPECT_EQ(a->source->name, "Ana Vale") << clause;
        ASSERT_TRUE(a->cue) << clause;
        EXPECT_EQ(a->cue->text, cue) << clause;
    }
    // not a clause that holds a statement of its own, nor "it" that stands for no one
    const auto own = extract_fast(
        "Mayor Ana Vale noted that the port had been closed, and added: \u201CWe checked every crane.\u201D");
    EXPECT_NE(find_statement(own, "that the port had been closed"), nullptr);
    const auto it = extract_fast(
        "It seems unfair to simply tell the dock workers: \u201CWe are sorry, but the port is closed.\u201D");
    for (const Attribution& a : it.statements) EXPECT_FALSE(a.source && a.source->text == "It");
}

TEST(Direct, ASecondVerbAfterAndFramesAQuotationForTheSentencesSubject) {
    const auto ex = extract_fast("The mayor toured the port on Monday and added: \u201CWe checked every crane.\u201D");
    const Attribution* a = find_statement(ex, "We checked every crane");
    ASSERT_NE(a, nullptr);
    ASSERT_TRUE(a->source);
    EXPECT_EQ(a->source->text, "The mayor");
    // after a statement of the subject's own, its speaker, once the word rules have read it
    const auto noted = extract_fast(
        "Mayor Ana Vale noted that the port had been closed, and added: \u201CWe checked every crane.\u201D");
    const Attribution* n = find_statement(noted, "that the port had been closed");
    ASSERT_NE(n, nullptr);
    const Attribution* q = find_statement(noted, "We checked every crane");
    ASSERT_NE(q, nullptr);
    ASSERT_TRUE(q->source);
    EXPECT_EQ(q->source->name, "Ana Vale");
    // past a clause a subordinator opens ("When asked …, Ms. Vale smiled and said, “…”")
    const auto asked = extract_fast(
        "When asked whom she supported, Ana Vale smiled and said, \u201CI am waiting for the harbour master to "
        "run.\u201D");
    const Attribution* w = find_statement(asked, "I am waiting for the harbour master");
    ASSERT_NE(w, nullptr);
    ASSERT_TRUE(w->source);
    EXPECT_EQ(w->source->name, "Ana Vale");
    // not a time that opens the sentence ("Last month, when …" had made a person "Last")
    const auto last = extract_fast(
        "Last month, when I asked Vale about the port, he looked into the camera and said, \u201CWe checked every "
        "crane.\u201D");
    for (const Attribution& b : last.statements) EXPECT_FALSE(b.source && b.source->name == "Last");
}

}  // namespace claimgraph
