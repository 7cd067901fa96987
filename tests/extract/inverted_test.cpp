// Frames whose speaker comes after what was said: "CONTENT, X said" (inverted.cpp).
#include <gtest/gtest.h>

#include "test_support.h"

namespace claimgraph {

using testing::extract_fast;
using testing::extract_text;
using testing::find_statement;

TEST(Inverted, AConnectiveOpeningTheSentenceIsNoPartOfWhatWasSaid) {
    // "Also," links the sentence to the one before; the speaker said the rest
    const auto ex = extract_text("Joseph Lund said he will not vote for Vale. Also, Vale isn't a conservative, he said.");
    const Attribution* a = find_statement(ex, "Vale isn't a conservative");
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->content_text, "Vale isn't a conservative");
    ASSERT_TRUE(a->source);
    EXPECT_EQ(a->source->text, "he");
    // a word that is the content's own stays ("Still" is no connective without its comma)
    const auto still = extract_text("Still the cranes are not safe, she said.");
    const Attribution* b = find_statement(still, "cranes");
    ASSERT_NE(b, nullptr);
    EXPECT_EQ(b->content_text, "Still the cranes are not safe");
}

TEST(Inverted, WhereTheSpeechWasMadeMayFollowTheFrame) {
    // "…, X said in posing the question", "…, the mayor said at a rally in Brno."
    const auto ex = extract_text(
        "Many voters found the plan unfair, journalist Ana Lund said in posing the question to Vale.\n\n"
        "The bridge will reopen in May, the mayor said at a rally in Brno.");
    const Attribution* a = find_statement(ex, "Many voters found the plan unfair");
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->content_text, "Many voters found the plan unfair");
    ASSERT_TRUE(a->source);
    EXPECT_EQ(a->source->name, "Ana Lund");
    EXPECT_EQ(find_statement(ex, "in posing"), nullptr);
    const Attribution* b = find_statement(ex, "The bridge will reopen in May");
    ASSERT_NE(b, nullptr);
    ASSERT_TRUE(b->source);
    EXPECT_EQ(b->source->text, "the mayor");
    // not a belief's object, nor before a quotation the sentence goes on to
    const auto dream = extract_text("In a changing economy, most farmers still believe in the dream.");
    EXPECT_EQ(find_statement(dream, "In a changing economy"), nullptr);
    const auto quoted = extract_text(
        "After the audit, Vale declared at a press conference, \u201CI did not move any money.\u201D");
    const Attribution* q = find_statement(quoted, "I did not move any money");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(find_statement(quoted, "After the audit"), nullptr);
}

TEST(Inverted, ASpeakersRelativeClauseWithNoCommaEndsTheFrame) {
    // ", said several councillors who know the port well.": who the speakers are, to the
    // sentence's end; the clause before the frame had no statement
    for (const std::string speakers : {"several councillors", "a handful of councillors"}) {
        const auto ex = extract_fast("Keeping the terminal open is well within reach, said " + speakers +
                                     " who know the port well.");
        const Attribution* a = find_statement(ex, "Keeping the terminal open");
        ASSERT_NE(a, nullptr) << speakers;
        EXPECT_EQ(a->content_text, "Keeping the terminal open is well within reach");
        ASSERT_TRUE(a->source);
        EXPECT_EQ(a->source->text, speakers);
    }
    // a description whose relative clause has verbs of its own ("drove", "has driven")
    for (const std::string who : {"a graduate who drove reporters off the beat",
                                  "a port graduate whose zeal has driven less eager reporters off the beat"}) {
        const auto ex = extract_fast("That will be true up to a point, said Ana Lund, " + who + ".");
        const Attribution* a = find_statement(ex, "That will be true");
        ASSERT_NE(a, nullptr) << who;
        EXPECT_EQ(a->content_text, "That will be true up to a point");
        ASSERT_TRUE(a->source);
        EXPECT_EQ(a->source->name, "Ana Lund");
    }
    // not after a name and its description, which is no clause
    const auto named = extract_fast("The mayor's deputy, Eva Holm, said the man who took over the port should resign.");
    EXPECT_EQ(find_statement(named, "The mayor's deputy, Eva Holm"), nullptr);
}

TEST(Inverted, AClauseOfTimeAfterTheFrameSaysWhenItWasSaid) {
    // "…, Berg told her advisers as she worked on the speech.": the words before the frame
    // were said; "as she worked …" had been read as what was told
    for (const std::string frame : {"Mayor Berg told her closest advisers", "Mayor Berg said"}) {
        const auto ex = extract_fast("This is not about me, " + frame + " as she worked on the speech.");
        ASSERT_EQ(ex.statements.size(), 1u) << frame;
        EXPECT_EQ(ex.statements[0].content_text, "This is not about me") << frame;
        ASSERT_TRUE(ex.statements[0].source);
        EXPECT_EQ(ex.statements[0].source->name, "Berg");
    }
    // "as" in an aside, or "as many as", still opens what was said
    const auto aside = extract_fast("Lund wondered, as I do, why the council had so little to say about it.");
    EXPECT_NE(find_statement(aside, "why the council had so little to say"), nullptr);
    const auto many = extract_fast("Police said as many as 40 people were hurt in the fire.");
    const Attribution* hurt = find_statement(many, "40 people were hurt");
    ASSERT_NE(hurt, nullptr);
    EXPECT_EQ(hurt->content_text, "as many as 40 people were hurt in the fire");
}

TEST(Inverted, AFindingsEvidenceMayComeAfterIt) {
    // "…, campaign and corporate records show.", "…, a Harbour University poll shows.": the
    // finding before its evidence had no statement
    for (const std::string evidence :
         {"campaign and corporate records show", "a Harbour University poll shows", "the audit found"}) {
        const auto ex = extract_fast("Much of that money came from companies that no longer exist, " + evidence + ".");
        const Attribution* a = find_statement(ex, "Much of that money");
        ASSERT_NE(a, nullptr) << evidence;
        EXPECT_EQ(a->content_text, "Much of that money came from companies that no longer exist");
        ASSERT_TRUE(a->cue);
        EXPECT_EQ(a->cue->lemma, evidence.ends_with("found") ? "find" : "show");
    }
    // and never the other way round: ", shows Lund with 47 percent" names no evidence
    const auto poll = extract_fast(
        "A Harbour poll, conducted with two firms, shows Lund with 47 percent against Berg, who has 44 percent.");
    for (const Attribution& a : poll.statements) EXPECT_NE(a.content_text.find("A Harbour poll"), 0u) << a.content_text;
}

}  // namespace claimgraph

namespace claimgraph {

using testing::extract_fast;
using testing::extract_text;
using testing::find_statement;

// After a frame set off by commas, a phrase the clause before it needs (a passive's agent,
// an infinitive) or a clause "and" joins goes on with what was said; a setting of the
// frame's own ("on condition of anonymity") and a clause with a speech verb of its own do
// not.
TEST(Inverted, WhatTheClauseNeedsAfterTheFrameIsStillSaid) {
    const auto ex = extract_text(
        "The toll would be lifted, Devine said, by the vote of the harbour board.\n\n"
        "The vote was close, the mayor said, and the council will meet again on Monday.\n\n"
        "The port is safe, the harbour master said, and engineers say it will stay open.\n\n"
        "He found no buyer for the cranes, the dealer said, on condition of anonymity.");
    const Attribution* a = find_statement(ex, "The toll would be lifted");
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->content_text, "The toll would be lifted \u2026 by the vote of the harbour board");
    const Attribution* b = find_statement(ex, "The vote was close");
    ASSERT_NE(b, nullptr);
    EXPECT_EQ(b->content_text, "The vote was close \u2026 and the council will meet again on Monday");
    const Attribution* c = find_statement(ex, "The port is safe");
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c->content_text, "The port is safe");
    const Attribution* d = find_statement(ex, "He found no buyer");
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(d->content_text, "He found no buyer for the cranes");
}

}  // namespace claimgraph

namespace claimgraph {

// One word before an interrupting frame is the clause's subject ("Police, Sinclair says,
// have no policy"): the content is both pieces, not the verb phrase alone.
TEST(Inverted, AOneWordSubjectBeforeTheFrameIsTheContents) {
    const auto ex = testing::extract_text("The board met.\n\nPolice, Sinclair says, have no policy on missing persons.");
    const Attribution* a = testing::find_statement(ex, "have no policy on missing persons");
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->content_text, "Police \u2026 have no policy on missing persons");
    ASSERT_TRUE(a->source);
    EXPECT_EQ(a->source->name, "Sinclair");
}

TEST(Inverted, AFrameWithADescriptionMayInterruptTheClause) {
    // "The problem, says X, a geophysicist, is …": the description's closing comma ends the
    // frame, and the clause goes on after it
    const auto ex = extract_fast("The problem with the quay, says Ana Lund, a harbour engineer, is the ground itself.");
    ASSERT_EQ(ex.statements.size(), 1u);
    const Attribution& a = ex.statements.front();
    ASSERT_EQ(a.content.size(), 2u);
    EXPECT_EQ(a.content_text, "The problem with the quay \u2026 is the ground itself");
    ASSERT_TRUE(a.source);
    EXPECT_EQ(a.source->name, "Ana Lund");
    EXPECT_EQ(a.source->role, "harbour engineer");
}

TEST(Inverted, LastWeekAfterTheFrameSaysWhenItWasSaid) {
    const auto ex = extract_fast(
        "Port traffic over the last year has been higher than in any year since 2004, the harbour authority "
        "reported last week.");
    ASSERT_EQ(ex.statements.size(), 1u);
    EXPECT_EQ(ex.statements[0].content_text,
              "Port traffic over the last year has been higher than in any year since 2004");
    ASSERT_TRUE(ex.statements[0].source);
    EXPECT_EQ(ex.statements[0].source->text, "the harbour authority");
}

}  // namespace claimgraph
