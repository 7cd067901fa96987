#include "store/mention_cache.h"

#include <algorithm>
#include <iterator>
#include <tuple>

namespace claimgraph::store {

namespace {

using Row = MentionCache::Row;

// The table's index order on (source_id, date), the rest of the key after it: SQLite sorts
// NULL before any text and compares text byte by byte, as std::string does.
bool before(const Row& a, const Row& b) {
    if (a.date.has_value() != b.date.has_value()) return !a.date.has_value();
    if (a.date && *a.date != *b.date) return *a.date < *b.date;
    return std::tie(a.claim, a.original, a.document) < std::tie(b.claim, b.original, b.document);
}

KnownStatement known_of(const Row& r, const std::string& source) {
    KnownStatement k;
    k.id = r.claim;
    k.match_key = r.match_key;
    k.places = r.places;
    k.date = r.date;
    k.source_id = source;
    k.figures = r.figures;
    k.pinned = r.pinned;
    return k;
}

// The first dated row: the undated rows come first in the index order.
std::vector<Row>::const_iterator first_dated(const std::vector<Row>& rows) {
    return std::partition_point(rows.begin(), rows.end(), [](const Row& r) { return !r.date; });
}

// What the allocator hands out for a string's buffer: its size class, at least 16 bytes more
// than asked for (none inside the string itself).
std::size_t heap_bytes(const std::string& s) noexcept { return s.size() > 15 ? (s.capacity() + 1 + 31) / 16 * 16 : 0; }

}  // namespace

std::size_t MentionCache::bytes_of(const Row& r) noexcept {
    std::size_t n = sizeof(Row);
    for (const std::string* s : {&r.claim, &r.original, &r.document, &r.match_key, &r.places}) n += heap_bytes(*s);
    if (r.date) n += heap_bytes(*r.date);
    if (r.figures.capacity() > 0) n += r.figures.capacity() * sizeof(Figure) + 16;
    for (const Figure& f : r.figures) n += heap_bytes(f.measure) + heap_bytes(f.text);
    return n;
}

const std::vector<Row>* MentionCache::find(const std::string& source) {
    auto it = m_sources.find(source);
    if (it == m_sources.end()) return nullptr;
    it->second.used = ++m_tick;
    return &it->second.rows;
}

const std::vector<Row>* MentionCache::find(const std::string& source, const std::string& from,
                                           const std::string& center, const std::string& to, std::size_t limit) {
    auto it = m_sources.find(source);
    if (it == m_sources.end() || !covers(it->second, from, center, to, limit)) return nullptr;
    it->second.used = ++m_tick;
    return &it->second.rows;
}

// Whether every row window() takes from the whole table is in the slice (and so the rows it
// takes from the slice are the same).
bool MentionCache::covers(const Entry& e, const std::string& from, const std::string& center, const std::string& to,
                          std::size_t limit) {
    const auto dated = first_dated(e.rows);
    const auto undated = static_cast<std::size_t>(dated - e.rows.begin());
    if (!e.all_undated && undated < limit) return false;
    if (from.empty() && to.empty())  // the first rows: the undated, then the earliest dated
        return undated >= limit || (!e.from && (!e.to || e.rows.size() >= limit));
    const auto mid =
        std::lower_bound(dated, e.rows.end(), center, [](const Row& r, const std::string& d) { return *r.date < d; });
    if (center < to) {  // [center, to) upwards: from the slice's start, to its end or `limit` rows
        if (e.from && center < *e.from) return false;
        if (e.to && *e.to < to && static_cast<std::size_t>(e.rows.end() - mid) < limit) return false;
    }
    if (from < center) {  // [from, center) downwards
        if (e.to && *e.to < center) return false;
        if (e.from && from < *e.from && static_cast<std::size_t>(mid - dated) < limit) return false;
    }
    return true;
}

void MentionCache::hold(const std::string& source, Slice slice) {
    forget(source);
    std::vector<Row>& rows = slice.rows;
    if (rows.size() > kMostRows) {
        m_refused.insert(source);
        return;
    }
    std::sort(rows.begin(), rows.end(), before);
    Entry e;
    // (the map's node: the key, the entry and the allocator's and the table's own words)
    e.bytes = heap_bytes(source) + sizeof(std::string) + sizeof(Entry) + 64 + rows.capacity() * sizeof(Row);
    for (const Row& r : rows) e.bytes += bytes_of(r) - sizeof(Row);
    for (const auto* bound : {&slice.from, &slice.to})
        if (*bound) e.bytes += heap_bytes(**bound);
    e.read = rows.size();
    e.rows = std::move(rows);
    e.from = std::move(slice.from);
    e.to = std::move(slice.to);
    e.all_undated = slice.all_undated;
    e.used = ++m_tick;
    m_bytes += e.bytes;
    m_sources.emplace(source, std::move(e));
    shrink();
}

void MentionCache::add(const std::string& source, Row row) {
    auto it = m_sources.find(source);
    if (it == m_sources.end()) return;
    Entry& e = it->second;
    if (!row.date) {
        // only the first undated rows are held: a row after the last of them is not
        const auto dated = first_dated(e.rows);
        if (!e.all_undated && (dated == e.rows.begin() || !before(row, *std::prev(dated)))) return;
    } else if ((e.from && *row.date < *e.from) || (e.to && !(*row.date < *e.to))) {
        return;  // outside the dates held
    }
    const std::size_t before_capacity = e.rows.capacity();
    const std::size_t size = bytes_of(row) - sizeof(Row);
    e.rows.insert(std::upper_bound(e.rows.begin(), e.rows.end(), row, before), std::move(row));
    const std::size_t grown = size + (e.rows.capacity() - before_capacity) * sizeof(Row);
    e.bytes += grown;
    m_bytes += grown;
    if (e.rows.size() > std::min(kMostRows, std::max(kWholeRows, 2 * e.read))) {
        forget(source);  // read again, around the dates asked for then
        return;
    }
    shrink();
}

void MentionCache::forget(const std::string& source) noexcept {
    m_refused.erase(source);
    auto it = m_sources.find(source);
    if (it == m_sources.end()) return;
    m_bytes -= it->second.bytes;
    m_sources.erase(it);
}

void MentionCache::clear() noexcept {
    m_sources.clear();
    m_refused.clear();
    m_bytes = 0;
}

// Past the budget, the half of the sources asked for least recently go (whole sources, so
// what is left stays exact).
void MentionCache::shrink() {
    if (m_bytes <= m_budget) return;
    std::vector<std::pair<std::uint64_t, const std::string*>> by_use;
    by_use.reserve(m_sources.size());
    for (const auto& [source, e] : m_sources) by_use.emplace_back(e.used, &source);
    std::sort(by_use.begin(), by_use.end());
    std::vector<std::string> gone;
    for (std::size_t i = 0; i < by_use.size() && (i < (by_use.size() + 1) / 2 || m_bytes > m_budget); ++i) {
        m_bytes -= m_sources.at(*by_use[i].second).bytes;
        gone.push_back(*by_use[i].second);
    }
    for (const std::string& s : gone) m_sources.erase(s);
}

std::vector<KnownStatement> MentionCache::window(const std::vector<Row>& rows, const std::string& source,
                                                 const std::string& from, const std::string& center,
                                                 const std::string& to, std::size_t limit) {
    std::vector<KnownStatement> out;
    const auto dated = first_dated(rows);
    if (from.empty() && to.empty()) {
        for (auto it = rows.begin(); it != rows.end() && out.size() < limit; ++it) out.push_back(known_of(*it, source));
        return out;
    }
    const auto at = [&](const std::string& day) {
        return std::lower_bound(dated, rows.end(), day, [](const Row& r, const std::string& d) { return *r.date < d; });
    };
    const auto mid = at(center), end = at(to), start = at(from);
    std::size_t n = 0;
    for (auto it = mid; it < end && n < limit; ++it, ++n) out.push_back(known_of(*it, source));
    n = 0;
    for (auto it = mid; it > start && n < limit; ++n) out.push_back(known_of(*--it, source));
    n = 0;
    for (auto it = rows.begin(); it != dated && n < limit; ++it, ++n) out.push_back(known_of(*it, source));
    return out;
}

}  // namespace claimgraph::store
