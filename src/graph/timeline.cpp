#include "graph/timeline.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace claimgraph::graph {

namespace {

// Undated points sort after dated ones.
bool earlier(const TimelinePoint& a, const TimelinePoint& b) {
    const bool da = a.date.has_value(), db = b.date.has_value();
    if (da != db) return da;
    return std::tie(a.date, a.source_name, a.value, a.statement) <
           std::tie(b.date, b.source_name, b.value, b.statement);
}

// Disjoint sets over 0…n-1.
class Components {
public:
    explicit Components(std::size_t n) : m_parent(n) {
        for (std::size_t i = 0; i < n; ++i) m_parent[i] = i;
    }
    std::size_t find(std::size_t i) {
        while (m_parent[i] != i) i = m_parent[i] = m_parent[m_parent[i]];
        return i;
    }
    void unite(std::size_t a, std::size_t b) {
        a = find(a);
        b = find(b);
        if (a != b) m_parent[std::max(a, b)] = std::min(a, b);
    }

private:
    std::vector<std::size_t> m_parent;
};

constexpr long kEventDays = 2;

// The events of `keys`: the connected components of resolve::same_event, "days at most
// kEventDays apart (when both are known) and a place in common (when both name one; naming
// none, both days known)". Each rule is joined along
// sorted runs, so that the work is n·log n however many statements one event has:
// - dated statements sharing a place: consecutive ones (by day) within the window;
// - a dated statement naming no place: every statement within its window, any place (a
//   day whose statements are already joined to one such statement is joined through it);
// - an undated statement: every statement sharing one of its places, any day; naming none,
//   no other (nothing then says which event it is of).
std::vector<std::size_t> events_of(const std::vector<EventKey>& keys) {
    const std::size_t n = keys.size();
    Components c(n);
    std::map<std::string, std::vector<std::size_t>> dated_at, undated_at;  // place → statements
    std::map<long, std::vector<std::size_t>> day_members;  // day → dated statements
    std::vector<std::size_t> dated_placeless;
    for (std::size_t i = 0; i < n; ++i) {
        const EventKey& k = keys[i];
        if (k.day) day_members[*k.day].push_back(i);
        if (k.places.empty() && k.day) dated_placeless.push_back(i);
        for (const std::string& p : k.places) (k.day ? dated_at : undated_at)[p].push_back(i);
    }
    // dated, one place shared: along the days
    for (auto& [place, members] : dated_at) {
        std::sort(members.begin(), members.end(), [&](std::size_t a, std::size_t b) {
            return std::pair(*keys[a].day, a) < std::pair(*keys[b].day, b);
        });
        for (std::size_t m = 1; m < members.size(); ++m)
            if (*keys[members[m]].day - *keys[members[m - 1]].day <= kEventDays) c.unite(members[m], members[m - 1]);
    }
    // dated, no place: everything within the window
    std::map<long, std::size_t> joined_day;  // day → a no-place statement all its statements are joined to
    for (std::size_t i : dated_placeless) {
        const long d = *keys[i].day;
        for (auto it = day_members.lower_bound(d - kEventDays); it != day_members.end() && it->first <= d + kEventDays;
             ++it) {
            if (auto j = joined_day.find(it->first); j != joined_day.end()) {
                c.unite(i, j->second);
                continue;
            }
            for (std::size_t m : it->second) c.unite(i, m);
            joined_day.emplace(it->first, i);
        }
    }
    // undated: a shared place at any day
    for (const auto& [place, members] : undated_at) {
        for (std::size_t m = 1; m < members.size(); ++m) c.unite(members[m], members[0]);
        if (auto d = dated_at.find(place); d != dated_at.end())
            for (std::size_t m : d->second) c.unite(m, members[0]);
    }
    std::vector<std::size_t> out(n);
    for (std::size_t i = 0; i < n; ++i) out[i] = c.find(i);
    return out;
}

}  // namespace

std::vector<Timeline> figure_timelines(const std::vector<KnownStatement>& statements,
                                       const std::function<EventKey(const KnownStatement&)>& event_key) {
    std::map<std::string, std::vector<const KnownStatement*>> by_measure;
    for (const KnownStatement& s : statements) {
        std::set<std::string> measures;
        for (const Figure& f : s.figures) measures.insert(f.measure);
        for (const std::string& m : measures) by_measure[m].push_back(&s);
    }
    std::vector<Timeline> out;
    for (const auto& [measure, group] : by_measure) {
        std::vector<EventKey> keys;
        keys.reserve(group.size());
        for (const KnownStatement* s : group) keys.push_back(event_key(*s));
        const std::vector<std::size_t> root = events_of(keys);
        std::map<std::size_t, std::size_t> index;  // component root → event
        std::vector<std::size_t> component(group.size());
        for (std::size_t i = 0; i < group.size(); ++i)
            component[i] = index.try_emplace(root[i], index.size()).first->second;
        std::vector<Timeline> events(index.size());
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
