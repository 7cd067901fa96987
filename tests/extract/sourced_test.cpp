// "According to X" and the frames of sourced.cpp, read with the rules alone.
#include <gtest/gtest.h>

#include <utility>

#include "test_support.h"

namespace claimgraph {

using testing::extract_fast;
using testing::extract_text;

namespace {

// (source, content) of the one statement; empty when there is not exactly one with a source
std::pair<std::string, std::string> read(const std::string& sentence) {
    const auto ex = extract_fast(sentence);
    if (ex.statements.size() != 1 || !ex.statements[0].source) return {};
    return {ex.statements[0].source->text, ex.statements[0].content_text};
}

using Read = std::pair<std::string, std::string>;

}  // namespace

TEST(Sourced, AConnectiveOrAConjunctionMayOpenTheSentence) {
    EXPECT_EQ(read("Now, according to the latest poll, some districts are swinging."),
              (Read{"the latest poll", "some districts are swinging"}));
    // "But according to …" needs no comma
    EXPECT_EQ(read("But according to leaked council documents, the members often reach out to the same firms."),
              (Read{"leaked council documents", "the members often reach out to the same firms"}));
}

TEST(Sourced, AfterAConjunctionItIntroducesTheClauseThatFollows) {
    // "… because, according to Lund, CLAUSE": the clause after it, not the words before
    EXPECT_EQ(read("Lund went to the debate because, according to Lund, the crews would call him a coward."),
              (Read{"Lund", "the crews would call him a coward"}));
    // and a noun after a determiner and an adjective of order is no verb of that clause
    EXPECT_EQ(read("He left the port after, according to him, the network censured his first report."),
              (Read{"him", "the network censured his first report"}));
}

TEST(Sourced, AColonBeforeAQuotationGivesTheQuotation) {
    EXPECT_EQ(read("According to the harbour blog: \"The port authority has had a mixed record on safety.\""),
              (Read{"the harbour blog", "\"The port authority has had a mixed record on safety.\""}));
}

}  // namespace claimgraph

namespace claimgraph {

// "X, according to Y, REST" where X is no clause of its own (a setting, a subject without
// its verb): the rest of the sentence is the content's second piece, unless it is another
// statement ("…, according to Gibson, Major said …").
TEST(Sourced, WhatAccordingToInterruptsGoesOnAfterIt) {
    const auto ex = testing::extract_text(
        "Since last November, according to Harbour Watch, security forces have detained more than 400 dockers.\n\n"
        "Other major differences, according to the poll, include age and education.\n\n"
        "At 2,300 feet, according to Berg, Lund said she could see the quay.");
    const Attribution* a = testing::find_statement(ex, "Since last November");
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->content_text, "Since last November \u2026 security forces have detained more than 400 dockers");
    const Attribution* b = testing::find_statement(ex, "Other major differences");
    ASSERT_NE(b, nullptr);
    EXPECT_EQ(b->content_text, "Other major differences \u2026 include age and education");
    const Attribution* c = testing::find_statement(ex, "At 2,300 feet");
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c->content_text, "At 2,300 feet");
    // a verb after the frame goes on with the clause however short the rest
    EXPECT_EQ(read("The port grew. Fundraising, according to the campaign, has surged.").second,
              "Fundraising \u2026 has surged");
}

// A parenthesis opening the sentence leaves "According to X," at its start.
TEST(Sourced, AccordingToInsideAParenthesis) {
    const auto [source, content] =
        read("The port fines skaters. (According to the Vale Police Department, it keeps no figures on such fines.)");
    EXPECT_EQ(source, "the Vale Police Department");
    EXPECT_EQ(content, "it keeps no figures on such fines");
}

}  // namespace claimgraph
