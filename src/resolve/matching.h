// Whether two statements are one claim, and the date and word measures that decide it.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/timeline.h"
#include "model/records.h"
#include "resolve/corpus.h"

namespace claimgraph::resolve {

/// Words that carry no content for matching claims.
bool is_stopword(std::string_view w);
/// The content words of a match key: no stopword, and none of the words that name nothing
/// alone, a single letter (the key splits "Orr's" into "orr s") or a form of address
/// (extract::is_honorific: "mr", "mrs"): two statements about two people of one title share
/// those.
std::set<std::string> content_words(const std::string& match_key);
/// The numbers written in a match key.
std::set<std::string> numbers_in(const std::string& match_key);
/// |a ∩ b| / |a ∪ b| (1 when both are empty).
double jaccard(const std::set<std::string>& a, const std::set<std::string>& b);
/// The share of the smaller set's words that the larger one has.
double containment(const std::set<std::string>& a, const std::set<std::string>& b);
/// How many words `a` and `b` have in common.
std::size_t common_words(const std::set<std::string>& a, const std::set<std::string>& b);
/// jaccard and containment of two sets of `a` and `b` words with `common` in common, for
/// callers that have counted them once for both (or over sorted word lists).
double jaccard_of(std::size_t common, std::size_t a, std::size_t b);
double containment_of(std::size_t common, std::size_t a, std::size_t b);
/// (measure, value) of each figure.
std::set<std::pair<std::string, long long>> figure_set(const std::vector<Figure>& fs);
/// Days since the epoch of a "YYYY-MM-DD…" date; nullopt when it does not parse.
std::optional<long> day_number(const std::optional<std::string>& date);
/// The ISO date of a day number (days since 1970-01-01).
std::string iso_date(long day);
/// The days around a statement's date in which its match or its event can lie.
DateWindow around(const std::optional<std::string>& date, long days);
/// How a statement matches another by the same source: "exact" (same words), "near"
/// (wire-copy edits: content-word Jaccard ≥ 0.6, or 80% of the shorter one's words in the
/// longer), "figure" (same figures, same event), or "" when it does not. Figures decide:
/// "21 killed" is never "24 killed". Symmetric.
std::string match_kind(const KnownStatement& a, const KnownStatement& b);
/// exact 3, near 2, figure 1, none 0.
int match_rank(const std::string& kind);

/// Two statements are about the same event: dates at most two days apart (when both are
/// known) and a place in common (when both name one). A statement that names no place is of
/// one event with those within its window only when both dates are known: undated and
/// placeless, nothing says which event it is of ("she said 4 people died" in an undated
/// article had disputed every toll of the archive).
bool same_event(const KnownStatement& a, const KnownStatement& b);
/// The same for two statements of one document, which is about one event: no place on a side
/// is then no bar, dated or not.
bool same_event_in_document(const KnownStatement& a, const KnownStatement& b);
/// What same_event compares, for graph::figure_timelines to group a whole archive by.
graph::EventKey event_key(const KnownStatement& s);

}  // namespace claimgraph::resolve
