// A fact-checker's verdict on a claim: a rating on a stated scale (ClaimReview's
// reviewRating), who gave it, where it is published, and when.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace claimgraph {

/// A rating of the scale claimgraph states: its word ("false"), the name a reader sees
/// ("False", ClaimReview's alternateName) and its value from kWorstRating to kBestRating,
/// 0 for a rating off the scale ("unproven").
struct Rating {
    const char* word;
    const char* name;
    int value;
};

inline constexpr int kWorstRating = 1;
inline constexpr int kBestRating = 5;

/// The scale, worst first: false 1, mostly-false 2, misleading 2, half-true 3,
/// mostly-true 4, true 5, unproven (off the scale).
const std::vector<Rating>& ratings();

/// The rating with this word; nullopt for any other.
std::optional<Rating> rating_from_word(const std::string& word);

/// The words of the scale, "false, mostly-false, …", for messages and help.
std::string rating_words();

/// A rating as a reader sees it: "Misleading (2 of 5)", "Unproven" off the scale; a word
/// not of the scale as it is.
std::string rating_label(const std::string& word);

struct Verdict {
    std::string statement;  ///< the claim's id
    std::string rating;     ///< a word of ratings()
    std::string note;       ///< the reviewer's reasons, one line
    std::string url;        ///< where the fact-check is published
    std::string reviewer;   ///< who reviewed it (a desk, a person)
    std::string date;       ///< when, ISO 8601
};

}  // namespace claimgraph
