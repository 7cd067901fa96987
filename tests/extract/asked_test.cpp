// Questions put to a speaker (asked.cpp): statements with no source, as PolNeAR marks them.
#include <gtest/gtest.h>

#include "test_support.h"

namespace claimgraph {

using testing::extract_text;
using testing::find_statement;

TEST(Asked, WhoAskedOrWhereComesBeforeTheQuestion) {
    // "Asked during a debate why …", "Asked by NAME whether …": the question after the phrase
    const auto ex = extract_text(
        "Asked during a January debate why he trailed among harbour voters, Senator Tom Brel said he would gain "
        "ground.\n\n"
        "Asked by Dana Kell whether she had practised her speech, Ms. Lund said she had read it once.");
    const Attribution* why = find_statement(ex, "why he trailed among harbour voters");
    ASSERT_NE(why, nullptr);
    EXPECT_EQ(why->content_text, "why he trailed among harbour voters");
    EXPECT_FALSE(why->source);
    const Attribution* whether = find_statement(ex, "whether she had practised her speech");
    ASSERT_NE(whether, nullptr);
    EXPECT_EQ(whether->content_text, "whether she had practised her speech");
    // the answers are their speakers'
    const Attribution* answer = find_statement(ex, "she had read it once");
    ASSERT_NE(answer, nullptr);
    ASSERT_TRUE(answer->source);
    EXPECT_EQ(answer->source->name, "Lund");
}

TEST(Asked, AQuestionAfterACommaRunsToTheSentencesEnd) {
    const auto ex = extract_text(
        "\u201CI am focusing on my own campaign,\u201D she said, when asked whether she wanted Brel to campaign "
        "for her.");
    const Attribution* q = find_statement(ex, "whether she wanted Brel");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(q->content_text, "whether she wanted Brel to campaign for her");
    ASSERT_TRUE(q->cue);
    EXPECT_EQ(q->cue->lemma, "ask");
    // not a verb with its own subject ("she asked whether …" is hers)
    const auto own = extract_text("The mayor spoke to the crews, and she asked whether the cranes were safe.");
    for (const Attribution& a : own.statements)
        if (a.content_text.find("whether") != std::string::npos) {
            EXPECT_TRUE(a.source) << a.content_text;
        }
}

}  // namespace claimgraph

namespace claimgraph {

// "… Lund said when asked whether …" (no comma before "when") and "Asked Tuesday about …"
// (a day between the verb and the question): the question is its own statement, and the
// answer's quotation no longer holds it.
TEST(Asked, AQuestionAfterWhenOrADay) {
    const auto ex = testing::extract_text(
        "\u201CYou bet I would,\u201D Lund said when asked whether she would close the port.\n\n"
        "Asked Tuesday about the cranes, Holm said she had no comment.");
    const Attribution* whether = testing::find_statement(ex, "whether she would close the port");
    ASSERT_NE(whether, nullptr);
    EXPECT_EQ(whether->content_text, "whether she would close the port");
    EXPECT_FALSE(whether->source);
    const Attribution* about = testing::find_statement(ex, "the cranes");
    ASSERT_NE(about, nullptr);
    EXPECT_EQ(about->content_text, "the cranes");
    EXPECT_FALSE(about->source);
    const Attribution* answer = testing::find_statement(ex, "she had no comment");
    ASSERT_NE(answer, nullptr);
    ASSERT_TRUE(answer->source);
    EXPECT_EQ(answer->source->name, "Holm");
}

}  // namespace claimgraph
