// A speaker's mentions in memory (Store::statements_by_source): every row of
// statement_variants filed under a source, with its claim's pinned state, as the table and
// the statements table hold them. The resolver asks for a speaker's mentions around each
// new statement's date; SQLite answered each question with two windowed reads of an index
// and a join per row (issue 22: a tenth of the writer's time at 10,000 articles). A source
// is held as a slice of its index: every row dated in a range, and all its undated rows or
// the first of them. A window is answered from memory only when the slice holds every row
// the table would give, so what the cache gives is what the table gives: dropping a source
// (a write that moves its rows, the memory budget, a window outside its slice) only means
// reading it again.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "model/records.h"

namespace claimgraph::store {

class MentionCache {
public:
    /// One mention (a statement_variants row) of a held source.
    struct Row {
        std::string claim, original, document, match_key, places;
        std::optional<std::string> date;
        std::vector<Figure> figures;
        bool pinned = false;  ///< its claim's
    };

    /// Part of a source's index, as read from the table.
    struct Slice {
        std::vector<Row> rows;  ///< any order
        /// The dated rows held are every row dated in [from, to); unset: no bound on that side.
        std::optional<std::string> from, to;
        /// Every undated row is held; if not, the first of them in the index order.
        bool all_undated = true;
    };

    /// The rows of `source` when held, in the order of the table's index on (source, date)
    /// (undated first, then by date, claim, original, document); null when not held.
    const std::vector<Row>* find(const std::string& source);
    /// The same, only when the slice held answers window(…, from, center, to, limit) as the
    /// whole table would: null when not held or when the window reaches past the slice.
    const std::vector<Row>* find(const std::string& source, const std::string& from, const std::string& center,
                                 const std::string& to, std::size_t limit);
    /// Holds `slice` of `source`: what the table holds now. A slice of more rows than
    /// kMostRows is not held (the source's questions go to SQLite).
    void hold(const std::string& source, Slice slice);
    /// A row the table just took, filed under `source`: joins the source when it is held and
    /// the row falls inside its slice. A source grown to twice its read (and past kWholeRows)
    /// is dropped, to be read again around the dates then asked for.
    void add(const std::string& source, Row row);
    /// Whether `source`'s slice had more rows than kMostRows when it was last read (and
    /// nothing changed them since): read again, it would be refused again.
    bool refused(const std::string& source) const { return m_refused.count(source) > 0; }
    /// Forgets `source` (a write changed its rows in a way add does not follow).
    void forget(const std::string& source) noexcept;
    void clear() noexcept;
    /// The memory held, in bytes (estimated from the strings' sizes).
    std::size_t bytes() const noexcept { return m_bytes; }
    /// At most this much memory: past it the sources asked for least recently are dropped.
    void set_budget(std::size_t bytes) noexcept { m_budget = bytes; }

    /// The mentions a window asks for (Store::variants_where's answer, in its order before
    /// its final sort): dated in [center, to) ascending and in [from, center) descending,
    /// at most `limit` each, then at most `limit` undated; with no window, the first `limit`.
    static std::vector<KnownStatement> window(const std::vector<Row>& rows, const std::string& source,
                                              const std::string& from, const std::string& center, const std::string& to,
                                              std::size_t limit);

    static constexpr std::size_t kMostRows = 1 << 16;
    /// A source of at most this many rows is read whole; a larger one as a slice around the
    /// window asked for.
    static constexpr std::size_t kWholeRows = 2048;

private:
    struct Entry {
        std::vector<Row> rows;
        std::optional<std::string> from, to;  ///< Slice's
        bool all_undated = true;
        std::size_t read = 0;  ///< the rows held when it was read
        std::size_t bytes = 0;
        std::uint64_t used = 0;
    };
    static bool covers(const Entry& e, const std::string& from, const std::string& center, const std::string& to,
                       std::size_t limit);
    static std::size_t bytes_of(const Row& r) noexcept;
    void shrink();

    std::unordered_map<std::string, Entry> m_sources;
    std::unordered_set<std::string> m_refused;
    std::size_t m_bytes = 0;
    std::size_t m_budget = std::size_t{64} << 20;
    std::uint64_t m_tick = 0;
};

}  // namespace claimgraph::store
