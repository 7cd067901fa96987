// Confidence: a calibration is a monotone step function and a damaged one is refused; a
// model trained on gold gives every statement a probability in [0, 1] and is the same for
// a seed; the shipped model's confidence reaches the JSON and leaves statements out below
// --min-confidence; the evaluation's reliability table counts what it was given.
#include <string>

#include <gtest/gtest.h>

#include "extract/confidence.h"
#include "extract/evaluate.h"
#include "extract/extractor.h"
#include "extract/extractor_model.h"
#include "load/loader.h"
#include "test_support.h"
#include "util/error.h"

namespace claimgraph {

TEST(Confidence, CalibrationStepsAreReadBackAndDamageIsRefused) {
    const auto steps = extract::ConfidenceModel::parse_steps("-2.5 0.100000\n0 0.400000\n3 0.900000\n");
    ASSERT_EQ(steps.size(), 3u);
    EXPECT_FLOAT_EQ(steps[1].second, 0.4f);
    EXPECT_THROW(extract::ConfidenceModel::parse_steps("0 0.4\n-1 0.5\n"), Error);  // scores must ascend
    EXPECT_THROW(extract::ConfidenceModel::parse_steps("0 1.5\n"), Error);  // not a probability
    EXPECT_THROW(extract::ConfidenceModel::parse_steps("zero 0.5\n"), Error);
}

TEST(Confidence, ATrainedModelGivesProbabilitiesAndIsTheSameForASeed) {
    const auto gold = extract::read_gold(testing::data_path("gold/tiny.gold"));
    const std::string a = extract::ExtractorModel::train(gold, gold, {}),
                      b = extract::ExtractorModel::train(gold, gold, {});
    EXPECT_EQ(a, b);
    const extract::ExtractorModel model(a, "tiny");
    extract::Options options = model.options({});
    options.bounds = nullptr;  // four articles teach edges poorly (a lone "the"); bounds_test.cpp tests them
    const auto ex = extract::extract(load::load_text("t.txt",
                                                     "Police said five people died in the fire. The mayor said "
                                                     "the bridge was safe."),
                                     options);
    ASSERT_EQ(ex.statements.size(), 2u);
    for (const Attribution& s : ex.statements) {
        EXPECT_GE(s.confidence, 0.0);
        EXPECT_LE(s.confidence, 1.0);
        EXPECT_FALSE(s.evidence.empty());
    }
}

TEST(Confidence, TheShippedModelGivesOneAndTheThresholdLeavesStatementsOut) {
    const extract::ExtractorModel* model = extract::builtin_extractor();
    ASSERT_NE(model, nullptr);
    const Document doc =
        load::load_text("t.txt", "Police said five people died in the fire. Officials believe the dam is safe.\n");
    const auto all = extract::extract(doc, model->options({}, false));
    ASSERT_EQ(all.statements.size(), 2u);
    const double low = std::min(all.statements[0].confidence, all.statements[1].confidence);
    const double high = std::max(all.statements[0].confidence, all.statements[1].confidence);
    ASSERT_LT(low, high);  // a belief of unnamed officials is less sure than what police said
    extract::Options strict = model->options({}, false);
    strict.min_confidence = (low + high) / 2;
    const auto kept = extract::extract(doc, strict);
    ASSERT_EQ(kept.statements.size(), 1u);
    EXPECT_EQ(kept.statements[0].confidence, high);
    // without a model: no confidence, nothing left out
    extract::Options none;
    none.min_confidence = 0.99;
    for (const Attribution& s : extract::extract(doc, none).statements) EXPECT_LT(s.confidence, 0.0);
}

TEST(Confidence, TheReliabilityTableCountsStatementsByTheConfidenceGiven) {
    const auto gold = extract::read_gold(testing::data_path("gold/tiny.gold"));
    const extract::GoldArticle& a = gold.at(1);
    Attribution right, wrong;
    const std::string& text = a.document.text;
    const std::size_t at = text.find("five people died in the fire");
    right.content = {{at, at + 28}};
    right.source = SourceMention{};
    right.source->name = "Police";
    right.confidence = 0.83;
    wrong.content = {{0, 9}};  // "The union": no gold's content
    wrong.confidence = 0.12;
    const extract::ExtractionScores s = extract::score_article(a, {right, wrong});
    ASSERT_EQ(s.reliability.size(), 10u);
    EXPECT_EQ(s.reliability[8].statements, 1u);
    EXPECT_EQ(s.reliability[8].right, 1u);
    EXPECT_EQ(s.reliability[1].statements, 1u);
    EXPECT_EQ(s.reliability[1].right, 0u);
    EXPECT_NE(extract::format_scores(s).find("0.8-0.9"), std::string::npos);
}

}  // namespace claimgraph
