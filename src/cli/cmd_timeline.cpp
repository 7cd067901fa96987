// `claimgraph timeline`: each disputed or revised figure over time, by source — the death
// toll one governor revised from 14 to 24 beside the health ministry's 20.
#include <algorithm>
#include <ostream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/common.h"
#include "cli/ids.h"
#include "interchange/listing_json.h"
#include "graph/timeline.h"
#include "resolve/linker.h"
#include "store/store.h"
#include "util/text.h"

namespace claimgraph::cli {

namespace {

struct TimelineOptions {
    bool csv_raw = false;  ///< --csv-raw: cells as they are, formulas included
    std::string db;
    std::string format = "text";
    std::string measure;
    std::string source;
};

bool has_source(const graph::Timeline& t, const std::string& filter) {
    if (filter.empty()) return true;
    const std::string lower = text::lower(filter);
    for (const graph::TimelinePoint& p : t.points)
        if (p.source_id.starts_with(lower) || text::lower(p.source_name).find(lower) != std::string::npos) return true;
    return false;
}

using interchange::timeline_json;

void run_timeline(Io& io, const TimelineOptions& o) {
    const auto db = open_existing(o.db);
    std::vector<graph::Timeline> timelines;
    for (graph::Timeline& t : graph::figure_timelines(db->statements_with_figures(o.measure), resolve::event_key))
        if (has_source(t, o.source)) timelines.push_back(std::move(t));
    if (o.format == "json") {
        for (const graph::Timeline& t : timelines) io.out << timeline_json(t).dump() << '\n';
        return;
    }
    if (o.format == "csv") {
        io.out << csv_row(
            {"measure", "timeline", "date", "source_id", "source", "value", "qualifier", "statement", "revised_from"},
            o.csv_raw);
        for (std::size_t i = 0; i < timelines.size(); ++i)
            for (const graph::TimelinePoint& p : timelines[i].points)
                io.out << csv_row({timelines[i].measure, std::to_string(i + 1), p.date.value_or(""), p.source_id,
                                   p.source_name, std::to_string(p.value), p.qualifier.value_or(""), p.statement,
                                   p.revised_from ? std::to_string(*p.revised_from) : ""},
                                  o.csv_raw);
        return;
    }
    for (const graph::Timeline& t : timelines) {
        out_line(io, fmt::format("{} — {} figures from {} source{}{}", t.measure, t.points.size(), t.sources,
                                 t.sources == 1 ? "" : "s",
                                 t.revisions ? fmt::format(", {} revision{}", t.revisions, t.revisions == 1 ? "" : "s")
                                             : std::string()));
        std::size_t width = 0;  // source names line up (in bytes: names are mostly ASCII)
        for (const graph::TimelinePoint& p : t.points)
            width = std::max(width, std::max<std::size_t>(p.source_name.size(), 11));
        for (const graph::TimelinePoint& p : t.points) {
            const std::string value =
                p.qualifier ? fmt::format("{} ({})", p.value, *p.qualifier) : std::to_string(p.value);
            out_line(io,
                     fmt::format("  {:<17} {:<16} {:<{}}  {}{}", p.date.value_or("(undated)"), value,
                                 p.source_name.empty() ? "(no source)" : p.source_name, width, short_id(p.statement),
                                 p.revised_from ? fmt::format("  revised from {}", *p.revised_from) : std::string()));
        }
    }
    io.out << fmt::format("{} timeline{}\n", timelines.size(), timelines.size() == 1 ? "" : "s");
}

}  // namespace

void setup_timeline(CLI::App& sub, Io& io) {
    auto o = std::make_shared<TimelineOptions>();
    add_db_option(sub, o->db);
    add_format_option(sub, o->format, {"text", "json", "csv"});
    sub.add_flag("--csv-raw", o->csv_raw,
                 "CSV cells as they are (by default a cell starting with = + - @ gets a leading ' so that a "
                 "spreadsheet does not run it as a formula)");
    sub.add_option("--measure", o->measure, "only this measure (killed, wounded, …)");
    sub.add_option("--source", o->source, "only timelines with this source (id prefix or part of the name)");
    sub.final_callback([&io, o] { io.action = [&io, o] { run_timeline(io, *o); }; });
}

}  // namespace claimgraph::cli
