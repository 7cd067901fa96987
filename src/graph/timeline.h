// Figure timelines: how each measure of each event (a death toll in Sosnovka) moved over
// time and by source. One source's successive values are a revision; different sources'
// values stand side by side (the disputes between them are `disputes` edges).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "model/records.h"

namespace claimgraph::graph {

struct TimelinePoint {
    std::string statement, text;
    std::string source_id, source_name;
    std::optional<std::string> date;
    long long value = 0;
    std::optional<std::string> qualifier;
    std::optional<long long> revised_from;  ///< the same source's previous value, when it changed
};

struct Timeline {
    std::string measure;
    std::vector<TimelinePoint> points;  ///< by date (undated last), then source, then value
    std::size_t sources = 0;
    std::size_t revisions = 0;
};

/// When and where a statement is: two statements are of one event when their days are at
/// most two apart (when both are known) and they share a place (when both name one) —
/// resolve::same_event's rule, which resolve::event_key gives the parts of.
struct EventKey {
    std::optional<long> day;  ///< days since 1970-01-01
    std::vector<std::string> places;  ///< place keys, any order
};

/// Groups the figures of `statements` by measure and by event (statements one event joins,
/// directly or through others, are one event: connected components, found in n·log n from
/// the keys, never by comparing every pair) and orders each group in time. Groups with a
/// single figure are left out. Sorted by measure, then first date.
std::vector<Timeline> figure_timelines(const std::vector<KnownStatement>& statements,
                                       const std::function<EventKey(const KnownStatement&)>& event_key);

}  // namespace claimgraph::graph
