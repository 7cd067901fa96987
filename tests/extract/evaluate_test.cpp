// Extraction scored as ../shared/tools/score_attributions.py scores it: a content matches
// at a Jaccard overlap of 0.5 of its letters and digits, one to one; the source is right
// by shared letters or by the gold's head word; the headline line.
#include <string>

#include <gtest/gtest.h>

#include "extract/evaluate.h"
#include "extract/gold.h"
#include "test_support.h"

namespace claimgraph {

namespace {

Span find(const std::string& text, const std::string& what) {
    const std::size_t at = text.find(what);
    return {at, at + what.size()};
}

Attribution said(const std::string& text, const std::string& source, const std::string& content) {
    Attribution a;
    a.content = {find(text, content)};
    if (!source.empty()) {
        a.source = SourceMention{};
        a.source->span = find(text, source);
        a.source->text = source;
    }
    return a;
}

}  // namespace

TEST(Evaluate, MatchesContentsByOverlapAndSourcesByLettersOrHeadWord) {
    const auto gold = extract::read_gold(testing::data_path("gold/tiny.gold"));
    const extract::GoldArticle& a = gold.at(1);  // "The union wants … Police said five people died in the fire."
    const std::string& text = a.document.text;
    // the first gold exactly; the second with too little of its content; one that is no gold's
    std::vector<Attribution> p = {said(text, "The union", "to end the strike before Friday"),
                                  said(text, "Police", "fire"), said(text, "", "The union wants")};
    std::vector<bool> right;
    const extract::ExtractionScores s = extract::score_article(a, p, &right);
    EXPECT_EQ(s.gold, 2u);
    EXPECT_EQ(s.predicted, 3u);
    EXPECT_EQ(s.matched, 1u);
    EXPECT_EQ(s.source_ok, 1u);
    EXPECT_EQ(s.covered, 1u);  // "fire" covers less than 30% of its gold
    EXPECT_EQ(right, (std::vector<bool>{true, false, false}));
    // a source named by the gold's head word, without a span: right too
    p = {said(text, "", "five people died in the fire")};
    p[0].source = SourceMention{};
    p[0].source->name = "Local police";
    const extract::ExtractionScores t = extract::score_article(a, p);
    EXPECT_EQ(t.matched, 1u);
    EXPECT_EQ(t.source_ok, 1u);
    const std::string lines = extract::format_scores(t);
    EXPECT_NE(lines.find("headline: content F1 66.7; content+source F1 66.7"), std::string::npos) << lines;
}

}  // namespace claimgraph
