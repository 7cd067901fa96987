#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "extract/quotes.h"
#include "extract/tokenizer.h"
#include "test_support.h"

namespace claimgraph::extract {

namespace {

std::vector<std::string> quoted(const std::string& text) {
    const Tokens t = tokenize(text, 0);
    std::vector<std::string> out;
    for (std::size_t p = 0; p < t.paragraphs.size(); ++p)
        for (const Quote& q : find_quotes(t, p))
            out.push_back(text.substr(t.tokens[q.open].start, t.tokens[q.close].end - t.tokens[q.open].start));
    return out;
}

}  // namespace

TEST(Quotes, PairsCurlyAndStraightMarks) {
    EXPECT_EQ(quoted("\xE2\x80\x9CWe will rebuild,\xE2\x80\x9D she said."),
              std::vector<std::string>{"\xE2\x80\x9CWe will rebuild,\xE2\x80\x9D"});
    EXPECT_EQ(quoted("He said \"it is over\" and left."), std::vector<std::string>{"\"it is over\""});
}

TEST(Quotes, ACurlyOpenerMayCloseWithAStraightMark) {
    EXPECT_EQ(quoted("\xE2\x80\x9CNo surrender\": Kyiv"), std::vector<std::string>{"\xE2\x80\x9CNo surrender\""});
}

TEST(Quotes, AClosingMarkSetAgainstTheNextWordOpens) {
    // "”We …”": the opening mark mistyped as a closing one, at a line's start
    EXPECT_EQ(quoted("Readers wrote.\n\xE2\x80\x9DWe are afraid.\xE2\x80\x9D \xE2\x80\x95 Ana Reyes"),
              std::vector<std::string>{"\xE2\x80\x9DWe are afraid.\xE2\x80\x9D"});
    // one set against the word before it closes, and one standing alone opens nothing
    EXPECT_EQ(quoted("\xE2\x80\x9CWe are afraid\xE2\x80\x9D and tired \xE2\x80\x9D now."),
              std::vector<std::string>{"\xE2\x80\x9CWe are afraid\xE2\x80\x9D"});
}

TEST(Quotes, AnOpeningMarkSetAgainstThePunctuationBeforeItCloses) {
    // "…here,“ said Jim Kell": the opening mark typed where the closing one belongs
    EXPECT_EQ(quoted("\"The port is safe,\xE2\x80\x9C said Jim Kell."),
              std::vector<std::string>{"\"The port is safe,\xE2\x80\x9C"});
    EXPECT_EQ(quoted("\xE2\x80\x9CWe will rebuild.\xE2\x80\x9C The mayor left."),
              std::vector<std::string>{"\xE2\x80\x9CWe will rebuild.\xE2\x80\x9C"});
    // one set against the next word still opens
    EXPECT_EQ(quoted("He called it \xE2\x80\x9C" "fair,\xE2\x80\x9D and \xE2\x80\x9Cjust\xE2\x80\x9D too."),
              (std::vector<std::string>{"\xE2\x80\x9C" "fair,\xE2\x80\x9D", "\xE2\x80\x9Cjust\xE2\x80\x9D"}));
}

TEST(Quotes, ApostrophesAndPossessivesNeverOpenAQuote) {
    EXPECT_TRUE(quoted("The players\xE2\x80\x99 union said the \xE2\x80\x99"
                       "90s were hard, and Russia\xE2\x80\x99s army didn\xE2\x80\x99t.")
                    .empty());
}

TEST(Quotes, NestedSingleQuotesStayInsideTheDoubleQuote) {
    const auto q = quoted(
        "\xE2\x80\x9C"
        "From \xE2\x80\x98"
        "civilized democracies\xE2\x80\x99 it came,\xE2\x80\x9D he said.");
    ASSERT_EQ(q.size(), 1u);
    EXPECT_EQ(q[0].substr(q[0].size() - 3), "\xE2\x80\x9D");
}

TEST(Quotes, AnUnclosedQuoteRunsToTheEndOfItsParagraph) {
    const std::string text =
        "\xE2\x80\x9CThe first paragraph goes on\n\n\xE2\x80\x9C"
        "And ends here.\xE2\x80\x9D";
    const Tokens t = tokenize(text, 0);
    ASSERT_EQ(t.paragraphs.size(), 2u);
    const auto first = find_quotes(t, 0);
    ASSERT_EQ(first.size(), 1u);
    EXPECT_FALSE(first[0].closed);
    EXPECT_EQ(first[0].words, 5u);
}

TEST(Quotes, GuillemetsAndLowQuotes) {
    EXPECT_EQ(quoted("Er sagte \xE2\x80\x9E"
                     "nein danke\xE2\x80\x9C heute."),
              std::vector<std::string>{"\xE2\x80\x9E"
                                       "nein danke\xE2\x80\x9C"});
    EXPECT_EQ(quoted("Il a dit \xC2\xAB non merci \xC2\xBB hier."),
              std::vector<std::string>{"\xC2\xAB non merci \xC2\xBB"});
}

TEST(Tokenizer, SplitsPossessivesAndKeepsInitialismsWhole) {
    const std::string text = "Russia\xE2\x80\x99s U.S. envoy said 1,200 troops left.";
    const Tokens t = tokenize(text, 0);
    std::vector<std::string> words;
    for (const Token& k : t.tokens) words.push_back(text.substr(k.start, k.end - k.start));
    EXPECT_EQ(words, (std::vector<std::string>{"Russia", "\xE2\x80\x99s", "U.S.", "envoy", "said", "1,200", "troops",
                                               "left", "."}));
}

// Pages copied a paragraph a line: a single line break after a sentence's end (a closing
// quote mark after it too) starts a paragraph; one inside a sentence does not.
TEST(Tokenizer, ALineThatEndsASentenceEndsItsParagraph) {
    const std::string text =
        "\xE2\x80\x9CMost people are upset.\xE2\x80\x9D\nThe spokesman added, \xE2\x80\x9CWe chased it.\xE2\x80\x9D\n"
        "The port closed on Monday,\nand stayed shut.";
    const Tokens t = tokenize(text, 0);
    ASSERT_EQ(t.paragraphs.size(), 3u);
    EXPECT_EQ(text.substr(t.tokens[t.paragraphs[1].first].start, 3), "The");
    EXPECT_EQ(text.substr(t.tokens[t.paragraphs[2].first].start, 8), "The port");
    EXPECT_EQ(text.substr(t.tokens[t.paragraphs[2].last - 1].start, 1), ".");
}

TEST(Tokenizer, AbbreviationsDoNotEndSentences) {
    const std::string text = "Mr. Smith said Gov. Jones was away. Then he left.";
    const Tokens t = tokenize(text, 0);
    const auto s = split_sentences(t, 0, {});
    ASSERT_EQ(s.size(), 2u);
    EXPECT_EQ(text.substr(t.tokens[s[1].first].start, 4), "Then");
}

// An initialism keeps its period ("U.S.", "p.m."), which then also ends the sentence when a
// subject pronoun or "The" follows: no title or initial is followed by one. PolNeAR: "…
// after the polls close at 7 p.m. He says “…”" made "the polls close at 7 p.m. He" a speaker.
TEST(Tokenizer, AnInitialismEndsTheSentenceBeforeHeOrThe) {
    const std::string text =
        "Polls close at 7 p.m. He says the count will be quick. Troops left the U.S. The base closed. "
        "U.S. officials met Mr. He Lin in Washington, D.C. on Monday.";
    const Tokens t = tokenize(text, 0);
    const auto s = split_sentences(t, 0, {});
    std::vector<std::string> firsts;
    for (const Sentence& x : s) firsts.push_back(text.substr(t.tokens[x.first].start, 4));
    EXPECT_EQ(firsts, (std::vector<std::string>{"Poll", "He s", "Troo", "The ", "U.S."}));
}

// A token's lower-case form folds its ASCII capitals and nothing else, whatever its length
// and wherever it ends (words are folded eight bytes at a time, and the last ones of the
// text byte by byte).
TEST(Tokenizer, LowerCaseFoldsAsciiCapitalsOnly) {
    const std::vector<std::string> words = {"A",
                                            "Kyiv",
                                            "KHARKIV",
                                            "McDONALD",
                                            "AtTheEndOfTheText",
                                            "Z9Y8X7W6V5",
                                            "\xC3\x89LYS\xC3\x89"
                                            "E",
                                            "@[`{AZaz",
                                            "ABCDEFGH",
                                            "ABCDEFGHI"};
    std::mt19937 rng(11);
    for (int round = 0; round < 200; ++round) {
        std::string text;
        std::vector<std::string> expected;
        const std::size_t n = 1 + rng() % 6;
        for (std::size_t k = 0; k < n; ++k) {
            const std::string& w = words[rng() % words.size()];
            text += (k ? " " : "") + w;
            std::string folded;
            for (char c : w) {
                if (c == '@' || c == '[' || c == '`' || c == '{') {  // a token of its own
                    if (!folded.empty()) expected.push_back(folded);
                    folded.clear();
                    expected.push_back(std::string(1, c));
                    continue;
                }
                folded += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
            }
            if (!folded.empty()) expected.push_back(folded);
        }
        std::vector<std::string> lowered;
        for (const Token& t : tokenize(text, 0).tokens) lowered.push_back(t.lower);
        EXPECT_EQ(lowered, expected) << text;
    }
}

// the whole extractor on 60,000 quote marks (20,000 runs of three kinds) before one "he said."
TEST(Quotes, PathologicalQuoteRunsStayLinearAndDoNotCrash) {
    std::string text;
    for (int i = 0; i < 20000; ++i) text += "\" \xE2\x80\x9C ' ";
    text += "he said.";
    const auto ex = testing::extract_text(text);
    EXPECT_LE(ex.statements.size(), 20000u);
}

}  // namespace claimgraph::extract
