// The shingles table in memory (Store::documents_sharing, Store::write_document): which
// stored documents hold each sampled hash of copy, as the table holds them. A long ingest
// asks it for every document; SQLite answered each question with a look-up per hash in a
// table that is the largest of an archive, and stored each document's rows at random
// places of it (issue 22: a fifth of the writer's time at 10,000 articles).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace claimgraph::store {

class ShingleIndex {
public:
    /// Records that `document_id` holds `hash`; a pair already held is ignored (the
    /// table's key).
    void insert(std::int64_t hash, std::string_view document_id);
    /// How many documents hold `hash` (a count kept per hash; its rows walked only past 254).
    std::size_t holders(std::int64_t hash) const;
    /// The documents holding any of `hashes` (distinct) that at most `max_holders`
    /// documents hold, each with how many of those it holds, ordered by id.
    std::vector<std::pair<std::string, std::size_t>> sharing(const std::vector<std::int64_t>& hashes,
                                                             std::size_t max_holders) const;
    /// The pairs held.
    std::size_t rows() const noexcept { return m_rows.size(); }
    /// The memory it takes, in bytes (what a budget is measured against).
    std::size_t bytes() const noexcept;
    /// The most memory it holds while `more` pairs are inserted: a vector that grows holds
    /// its old and its new buffer at once (Store stops before that passes its budget).
    std::size_t peak_bytes_after(std::size_t more) const noexcept;
    /// Room for `rows` pairs, so that reading a table of them grows nothing on the way.
    void reserve(std::size_t rows);
    /// The memory a table of `rows` pairs would take once read (Store decides by it
    /// before reading one).
    static std::size_t bytes_for(std::size_t rows) noexcept;

private:
    struct Row {
        std::int64_t hash;
        std::uint32_t document;  ///< index into m_names
        std::uint32_t next;  ///< 1 + the next row of the same hash; 0 for none
    };
    /// The slot of `hash` in m_slots: the one holding its first row, or the empty one
    /// where it would go.
    std::size_t slot_of(std::int64_t hash) const noexcept;
    /// The documents holding the hash of slot `at`, counted along its rows.
    std::size_t walk_count(std::size_t at) const noexcept;
    /// The table size that keeps `hashes` at most 70% full: `slots`, doubled as needed (1024 first).
    static std::size_t slots_for(std::size_t hashes, std::size_t slots) noexcept;
    /// The table made `slots` long, every hash placed anew (nothing when it is that long).
    void rehash(std::size_t slots);

    std::vector<Row> m_rows;
    std::vector<std::uint32_t> m_slots;  ///< open addressing: 1 + the first row of a hash, 0 empty
    /// the rows of each slot's hash, up to kSaturated (from there, at least that: holders
    /// walks them): a boilerplate hash, whose rows sharing skips, is known without a walk
    std::vector<std::uint8_t> m_counts;
    static constexpr std::uint8_t kSaturated = 0xff;
    std::size_t m_hashes = 0;  ///< distinct hashes (occupied slots)
    std::unordered_map<std::string, std::uint32_t> m_documents;  ///< id → index
    std::vector<const std::string*> m_names;  ///< index → id (the map's key)
    std::size_t m_name_bytes = 0;  ///< the ids' own buffers (those too long to sit in a string)
};

}  // namespace claimgraph::store
