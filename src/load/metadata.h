// Checks the metadata an article arrives with: a date claimgraph can order by, a link a
// reader can follow. What does not pass is left out with a warning; the article is kept.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/document.h"

namespace claimgraph::load {

/// The ISO form of a publication date, or nothing when `text` is not one:
/// - `2024-03-02`, `2024/03/02`, `March 2, 2024`, `Mar. 2, 2024`, `2 March 2024`, with or
///   without a weekday in front (`Saturday, March 2, 2024`), give `2024-03-02`;
/// - an ISO date and time keeps its time to the minute or second (`2024-03-02T09:40`,
///   `2024-03-02 09:40:05` → `2024-03-02T09:40:05`); a time with an offset or `Z` is given
///   in UTC (`2024-03-02T01:30+03:00` → `2024-03-01T22:30`), so that outlets in different
///   zones order correctly.
/// Calendar dates only: `2023-02-30` is not one. Years 1800 to 2999.
std::optional<std::string> normalize_date(std::string_view text);

/// True for an absolute http or https link with a host: the only links a report follows.
bool is_web_link(std::string_view url);

/// The publication date written in the first three lines of an article's text (the first
/// 500 bytes), as pages and wire copy give it: a line that opens with a date, or with
/// "Date", "Dated", "Published", "First published", "Updated", "Last updated", "Posted"
/// (an optional ":" after) and then a date: `date 2023-12-31 Follow us…`,
/// `Updated: Dec 31, 2023`, `31 December 2023 14:05`, `Posted 2024-03-02 09:40`. nullopt
/// when none does.
std::optional<std::string> date_near_top(std::string_view body);

/// Normalises `doc`'s date and drops a date that is not one or a URL that is not an http(s)
/// link, returning one warning for each, opening with `where` (`'a.txt'`, `b.jsonl:3:1`):
/// `'a.txt': date 'yesterday' is not a date (such as 2024-03-02 or March 2, 2024); left out`.
/// A document left with no date takes the one date_near_top finds in its text.
std::vector<std::string> check_metadata(Document& doc, const std::string& where);

}  // namespace claimgraph::load
