// Verdicts as a desk reads and publishes them: each reviewed claim with its words and its
// speaker, and the graph ClaimReview markup is written from.
#pragma once

#include <string>
#include <vector>

#include "model/graph.h"
#include "model/verdict.h"
#include "store/store.h"

namespace claimgraph::app {

struct ReviewedClaim {
    Verdict verdict;
    std::string text;     ///< the claim's words
    std::string speaker;  ///< its source's name, "" when none
};

struct Reviews {
    std::vector<ReviewedClaim> claims;  ///< every claim with a verdict (its latest), by claim id
    /// the reviewed claims with the documents that carry them and their sources: what
    /// `verdict list --format claimreview` publishes
    GraphData graph;
};

/// The reviewed claims, read once for listing and for publishing.
Reviews reviews(const store::Store& db);

/// What a published review still lacks for Google's fact-check markup ("no --url"), one
/// line per claim; empty when every review has its url and reviewer.
std::vector<std::string> unpublishable(const std::vector<ReviewedClaim>& reviews);

/// Today's date in UTC, "2026-12-01": a verdict's date when none is given.
std::string today();

/// Whether `s` reads as an ISO 8601 date ("2026-12-01", optionally with a time after it).
bool iso_date(const std::string& s);

}  // namespace claimgraph::app
