#include "graph/timeline.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/connected_components.hpp>

namespace claimgraph::graph {

namespace {

// Undated points sort after dated ones.
bool earlier(const TimelinePoint& a, const TimelinePoint& b) {
    const bool da = a.date.has_value(), db = b.date.has_value();
    if (da != db) return da;
    return std::tie(a.date, a.source_name, a.value, a.statement) < std::tie(b.date, b.source_name, b.value, b.statement);
}

}  // namespace

std::vector<Timeline> figure_timelines(
    const std::vector<KnownStatement>& statements,
    const std::function<bool(const KnownStatement&, const KnownStatement&)>& same_event) {
    std::map<std::string, std::vector<const KnownStatement*>> by_measure;
    for (const KnownStatement& s : statements) {
        std::set<std::string> measures;
        for (const Figure& f : s.figures) measures.insert(f.measure);
        for (const std::string& m : measures) by_measure[m].push_back(&s);
    }
    std::vector<Timeline> out;
    for (const auto& [measure, group] : by_measure) {
        // events: connected components of the same-event relation
        boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS> g(group.size());
        for (std::size_t i = 0; i < group.size(); ++i)
            for (std::size_t j = i + 1; j < group.size(); ++j)
                if (same_event(*group[i], *group[j])) boost::add_edge(i, j, g);
        std::vector<std::size_t> component(group.size());
        const std::size_t n = group.empty() ? 0 : boost::connected_components(g, component.data());
        std::vector<Timeline> events(n);
        for (std::size_t i = 0; i < group.size(); ++i) {
            const KnownStatement& s = *group[i];
            for (const Figure& f : s.figures) {
                if (f.measure != measure) continue;
                events[component[i]].points.push_back(
                    {s.id, s.text, s.source_id, s.source_name, s.date, f.value, f.qualifier, std::nullopt});
            }
        }
        for (Timeline& t : events) {
            if (t.points.size() < 2) continue;
            t.measure = measure;
            std::sort(t.points.begin(), t.points.end(), earlier);
            std::map<std::string, long long> last;  // source → its latest value
            for (TimelinePoint& p : t.points) {
                auto [it, fresh] = last.try_emplace(p.source_id, p.value);
                if (!fresh && it->second != p.value && !p.source_id.empty()) {
                    p.revised_from = it->second;
                    it->second = p.value;
                    ++t.revisions;
                }
            }
            t.sources = last.size();
            out.push_back(std::move(t));
        }
    }
    std::sort(out.begin(), out.end(), [](const Timeline& a, const Timeline& b) {
        return std::tie(a.measure, a.points.front().date, a.points.front().statement) <
               std::tie(b.measure, b.points.front().date, b.points.front().statement);
    });
    return out;
}

}  // namespace claimgraph::graph
