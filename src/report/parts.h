// What the report's HTML pages and its Markdown share (report.cpp, markdown.cpp,
// chart.cpp): escaping, counts said in words, ratings, and which claims come first.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "report/report.h"

namespace claimgraph::report::parts {

std::string esc(std::string_view s);
/// Article text in a Markdown table cell or line: text, never markup.
std::string md_cell(std::string_view s);
std::string date_or_dash(const std::optional<std::string>& d);
/// A claim's speaker as the report names it: "Barack Obama (presumably: written “Obama”)"
/// when the archive presumes who the words written are (resolve/presumed.h); `none` when
/// the claim has no speaker. Plain text, to escape.
std::string speaker_text(const ClaimRow& r, std::string_view none);
std::string value_text(long long value, const std::optional<std::string>& qualifier);
/// Minutes since 1970 for "YYYY-MM-DD[THH:MM]"; nullopt for anything else.
std::optional<long long> minutes(const std::string& d);

/// "3 documents · 1 source · 12 claims · 1 dispute · 2 figure timelines"
std::string summary(const ReportData& d);
/// Whether a url a person typed is a web page's (only those become links).
bool web_url(const std::string& url);

/// The most figures of one timeline a report shows (the first in time): a page stays
/// readable, and its size does not grow with an event reported a hundred thousand times.
constexpr std::size_t kShownPoints = 200;
/// The first kShownPoints points of a timeline, in time.
graph::Timeline shown(const graph::Timeline& t);
/// What a shortened timeline leaves to `claimgraph timeline`; "" when it is whole.
std::string not_shown(const graph::Timeline& t);

/// The timelines a reader looks at first: the most figures, then as listed.
std::vector<const graph::Timeline*> ranked_timelines(const ReportData& d);

}  // namespace claimgraph::report::parts
