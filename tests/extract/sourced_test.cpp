// "According to X" and the frames of sourced.cpp, read with the rules alone.
#include <gtest/gtest.h>

#include <utility>

#include "test_support.h"

namespace claimgraph {

using testing::extract_text;

namespace {

// (source, content) of the one statement; empty when there is not exactly one with a source
std::pair<std::string, std::string> read(const std::string& sentence) {
    extract::Options fast;
    fast.fast = true;
    const auto ex = extract_text(sentence, fast);
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
