#include "report/parts.h"

#include <algorithm>

#include <fmt/format.h>

#include "model/verdict.h"
#include "util/text.h"

namespace claimgraph::report {

std::string escape_html(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

namespace parts {

std::string esc(std::string_view s) { return escape_html(s); }

std::string md_cell(std::string_view s) { return text::markdown_text(s); }

std::string date_or_dash(const std::optional<std::string>& d) { return d ? *d : "—"; }

std::string speaker_text(const ClaimRow& r, std::string_view none) {
    if (!r.source_name) return std::string(none);
    if (!r.presumed) return *r.source_name;
    return fmt::format("{} (presumably: written \u201C{}\u201D)", *r.source_name, r.presumed->name);
}

std::string value_text(long long value, const std::optional<std::string>& qualifier) {
    return qualifier ? fmt::format("{} ({})", value, *qualifier) : std::to_string(value);
}

std::string summary(const ReportData& d) {
    return text::counted(d.documents.size(), "document") + " · " + text::counted(d.sources.size(), "source") + " · " +
           text::counted(d.claims.size(), "claim") + " · " + text::counted(d.disputes.size(), "dispute") + " · " +
           text::counted(d.timelines.size(), "figure timeline");
}

bool web_url(const std::string& url) {
    const std::string lower = text::lower(url);
    return lower.starts_with("https://") || lower.starts_with("http://");
}

graph::Timeline shown(const graph::Timeline& t) {
    graph::Timeline s = t;
    if (s.points.size() > kShownPoints) s.points.resize(kShownPoints);
    return s;
}

std::string not_shown(const graph::Timeline& t) {
    return t.points.size() > kShownPoints
               ? fmt::format("the first {} of {} figures; `claimgraph timeline --measure {}` lists them all",
                             kShownPoints, t.points.size(), t.measure)
               : std::string();
}

std::vector<const graph::Timeline*> ranked_timelines(const ReportData& d) {
    std::vector<const graph::Timeline*> out;
    for (const graph::Timeline& t : d.timelines) out.push_back(&t);
    std::stable_sort(out.begin(), out.end(),
                     [](const graph::Timeline* a, const graph::Timeline* b) { return a->points.size() > b->points.size(); });
    return out;
}

}  // namespace parts

}  // namespace claimgraph::report
