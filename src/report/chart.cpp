// The figure-over-time chart of the report: inline SVG, a line per source.
#include <algorithm>
#include <chrono>
#include <map>
#include <optional>

#include <fmt/format.h>

#include "report/parts.h"
#include "report/report.h"
#include "util/text.h"

namespace claimgraph::report {

namespace {

constexpr const char* kPalette[] = {"#0072B2", "#D55E00", "#009E73", "#CC79A7",
                                    "#E69F00", "#56B4E9", "#F0E442", "#000000"};

}  // namespace

namespace parts {

// Minutes since 1970 for "YYYY-MM-DD[THH:MM]".
std::optional<long long> minutes(const std::string& d) {
    const auto num = [&](std::size_t from, std::size_t n) -> std::optional<int> {
        if (d.size() < from + n) return std::nullopt;
        int v = 0;
        for (std::size_t i = from; i < from + n; ++i) {
            if (d[i] < '0' || d[i] > '9') return std::nullopt;
            v = v * 10 + (d[i] - '0');
        }
        return v;
    };
    const auto y = num(0, 4), m = num(5, 2), dd = num(8, 2);
    if (!y || !m || !dd) return std::nullopt;
    const std::chrono::year_month_day ymd{std::chrono::year{*y}, std::chrono::month{static_cast<unsigned>(*m)},
                                          std::chrono::day{static_cast<unsigned>(*dd)}};
    if (!ymd.ok()) return std::nullopt;
    const long long days = std::chrono::sys_days{ymd}.time_since_epoch().count();
    return days * 1440 + num(11, 2).value_or(0) * 60 + num(14, 2).value_or(0);
}

}  // namespace parts

std::string timeline_chart(const graph::Timeline& t) {
    constexpr int kW = 720, kH = 260, kLeft = 56, kRight = 170, kTop = 16, kBottom = 40;
    std::vector<std::pair<long long, const graph::TimelinePoint*>> dated;
    long long t0 = 0, t1 = 0, vmax = 0;
    for (const graph::TimelinePoint& p : t.points) {
        vmax = std::max(vmax, p.value);
        if (!p.date) continue;
        if (auto m = parts::minutes(*p.date)) {
            if (dated.empty() || *m < t0) t0 = *m;
            if (dated.empty() || *m > t1) t1 = *m;
            dated.emplace_back(*m, &p);
        }
    }
    const double span = t1 > t0 ? static_cast<double>(t1 - t0) : 1.0;
    const double top = vmax > 0 ? static_cast<double>(vmax) * 1.15 : 1.0;
    const auto x = [&](long long m) {
        return kLeft + (kW - kLeft - kRight) * (t1 > t0 ? static_cast<double>(m - t0) / span : 0.5);
    };
    const auto y = [&](long long v) { return kH - kBottom - (kH - kTop - kBottom) * (static_cast<double>(v) / top); };
    std::string s = fmt::format(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {0} {1}\" width=\"{0}\" height=\"{1}\" role=\"img\" "
        "aria-label=\"{2} over time by source\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"11\">\n",
        kW, kH, parts::esc(t.measure));
    // axes: value 0 and the top, first and last date
    s += fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{2}\" y2=\"{1}\" stroke=\"#999\"/>\n", kLeft, kH - kBottom,
                     kW - kRight);
    s +=
        fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"#999\"/>\n", kLeft, kTop, kH - kBottom);
    s += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\">0</text>\n", kLeft - 6, kH - kBottom + 4);
    s += fmt::format("<text x=\"{}\" y=\"{:.1f}\" text-anchor=\"end\">{}</text>\n", kLeft - 6, y(vmax) + 4, vmax);
    if (!dated.empty()) {
        const auto first = std::min_element(dated.begin(), dated.end())->second;
        const auto last = std::max_element(dated.begin(), dated.end())->second;
        s += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"start\">{}</text>\n", kLeft, kH - kBottom + 18,
                         parts::esc(*first->date));
        if (last != first)
            s += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n", kW - kRight, kH - kBottom + 18,
                             parts::esc(*last->date));
    }
    // one series per source, in order of first appearance
    std::vector<std::string> order;
    std::map<std::string, std::vector<std::pair<long long, const graph::TimelinePoint*>>> series;
    for (const auto& [m, p] : dated) {
        if (!series.count(p->source_name)) order.push_back(p->source_name);
        series[p->source_name].emplace_back(m, p);
    }
    // a legend row per source, as many as fit beside the chart
    constexpr std::size_t kLegend = 14;
    if (order.size() > kLegend)
        s += fmt::format("<text x=\"{}\" y=\"{}\">… {} more sources</text>\n", kW - kRight + 14,
                         kTop + 9 + 16 * static_cast<int>(kLegend), order.size() - kLegend);
    for (std::size_t i = 0; i < order.size(); ++i) {
        const char* colour = kPalette[i % (sizeof kPalette / sizeof *kPalette)];
        auto& pts = series[order[i]];
        std::sort(pts.begin(), pts.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        std::string path;
        for (const auto& [m, p] : pts)
            path += fmt::format("{}{:.1f},{:.1f}", path.empty() ? "" : " ", x(m), y(p->value));
        if (pts.size() > 1)
            s +=
                fmt::format("<polyline fill=\"none\" stroke=\"{}\" stroke-width=\"2\" points=\"{}\"/>\n", colour, path);
        for (const auto& [m, p] : pts)
            s += fmt::format(
                "<circle cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"4\" fill=\"{}\"><title>{}: {} ({})</title></circle>\n"
                "<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"middle\" fill=\"{}\">{}</text>\n",
                x(m), y(p->value), colour, parts::esc(order[i]), p->value, parts::esc(*p->date), x(m), y(p->value) - 8, colour,
                p->value);
        if (i >= kLegend) continue;
        s += fmt::format(
            "<rect x=\"{}\" y=\"{}\" width=\"10\" height=\"10\" fill=\"{}\"/>"
            "<text x=\"{}\" y=\"{}\">{}</text>\n",
            kW - kRight + 14, kTop + 16 * static_cast<int>(i), colour, kW - kRight + 30,
            kTop + 9 + 16 * static_cast<int>(i), parts::esc(text::truncate(order[i], 24)));
    }
    return s + "</svg>";
}

}  // namespace claimgraph::report
