// Training the boundary model (bounds.h) on gold contents: the extractor runs over each
// gold article as it will at run time, and wherever it proposes a content that a gold
// content overlaps, every candidate start and end is recorded next to the gold's.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "extract/gold.h"
#include "learn/model.h"

namespace claimgraph::extract {

struct TrainedBounds {
    learn::LinearModel starts, ends;
};

/// Trains for `epochs` passes (shuffled by `seed`); how often the chosen edge gives the
/// gold's words on `dev`, against the rules' edge, goes to `log` after each epoch.
TrainedBounds train_bounds(const std::vector<GoldArticle>& train, const std::vector<GoldArticle>& dev,
                           const Options& extraction, std::size_t epochs, std::uint64_t seed, std::size_t runs,
                           std::string* log);

}  // namespace claimgraph::extract
