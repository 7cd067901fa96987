// Extraction scored against gold attributions, as ../shared/tools/score_attributions.py
// scores it (the same matching, the same figures, the same lines): per article, predicted
// and gold contents are paired one to one, best first, by the Jaccard overlap of their
// letters and digits (a match at 0.5 or more); on a match the source is right when the
// spans share a letter, or the gold's head word is in the predicted source; the cue when
// the spans overlap. Used by `eval extractor` and to calibrate confidence.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "extract/confidence.h"
#include "extract/extractor.h"
#include "extract/gold.h"
#include "model/attribution.h"

namespace claimgraph::extract {

struct ExtractionScores {
    std::size_t documents = 0, gold = 0, predicted = 0, matched = 0, source_ok = 0, cue_ok = 0, cue_na = 0, covered = 0;
    std::map<std::string, std::pair<std::size_t, std::size_t>> recall;  ///< "kind=direct" → found, total
    /// Statements by the confidence they were given (tenths) and how many were right;
    /// empty when none had one.
    std::vector<ReliabilityBin> reliability;
    /// Adds another article's counts.
    void add(const ExtractionScores& o);
};

/// Scores one article's statements; `right`, when given, gets one flag per statement:
/// its content matched a gold one and its source is right.
ExtractionScores score_article(const GoldArticle& gold, const std::vector<Attribution>& statements,
                               std::vector<bool>* right = nullptr);

/// Extracts every gold article's text (read as a text file is, `N.txt`, as the scorer
/// writes it) with `options` and scores the lot.
ExtractionScores evaluate(const std::vector<GoldArticle>& gold, const Options& options);

/// The scorer's lines, its headline last; the reliability table first when statements
/// carried a confidence.
std::string format_scores(const ExtractionScores& s);

}  // namespace claimgraph::extract
