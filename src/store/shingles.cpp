// Copy detection's questions to the store: which stored documents share a document's
// shingles, and the rows a new document adds. From the second batch of an ingest on (from
// the first, into a new database), both are answered from an index in memory
// (shingle_index.h) read once from the table, kept in step with what is committed and
// bounded by the store's memory budget; the table stays the record, written in one sorted
// pass per batch. The answers are the table's, in memory or not.
#include <algorithm>

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "store/shingle_index.h"
#include "store/store.h"

namespace claimgraph::store {

std::vector<std::pair<std::string, std::size_t>> Store::documents_sharing(
    const std::vector<std::int64_t>& shingles) const {
    if (shingles.empty()) return {};
    // a shingle that many documents have is boilerplate ("(With inputs from agencies)"): it
    // says nothing of copy, and counting it would make the work grow with the corpus
    // (the index only inside a batch: between batches another connection may have written)
    if (m_shingles && m_batch) return m_shingles->sharing(shingles, kCommonShingle);
    SQLite::Statement& q = cached(
        "WITH h(hash) AS (SELECT DISTINCT value FROM json_each(?1)), "
        "rare(hash) AS (SELECT h.hash FROM h WHERE (SELECT count(*) FROM (SELECT 1 FROM shingles s WHERE s.hash = "
        "h.hash "
        "LIMIT ?2)) < ?2) "
        "SELECT document_id, count(*) FROM shingles WHERE hash IN (SELECT hash FROM rare) "
        "GROUP BY document_id ORDER BY document_id");
    q.bind(1, nlohmann::json(shingles).dump());
    q.bind(2, static_cast<int64_t>(kCommonShingle + 1));
    std::vector<std::pair<std::string, std::size_t>> out;
    while (q.executeStep())
        out.emplace_back(q.getColumn(0).getString(), static_cast<std::size_t>(q.getColumn(1).getInt64()));
    return out;
}

void Store::set_memory_budget(std::size_t bytes) {
    constexpr std::size_t kLeastCache = std::size_t{64} << 20;  // the page cache every store opens with
    m_memory_budget = bytes / 2;
    m_mentions.set_budget(bytes / 16);  // (the page cache's reads of them are saved)
    const std::size_t cache = std::max(kLeastCache, bytes - m_memory_budget - bytes / 16);
    m_db->exec("PRAGMA cache_size = -" + std::to_string(cache >> 10));  // negative: in KiB
    // an index grown past the new budget is dropped at the next commit (flush_shingles),
    // once the rows only it holds are written
}

void Store::prepare_shingles() {
    const std::int64_t version = m_db->execAndGet("PRAGMA data_version").getInt64();
    if (m_shingles && version != m_shingles_version) {
        m_shingles.reset();  // another connection committed: the table may hold rows it lacks
        m_shingles_refused = false;
    }
    if (m_shingles || m_shingles_refused) return;
    // a first batch asks SQLite (a short ingest into a large table: reading the table would
    // cost more than its questions) unless the table is read in a moment (a new database);
    // the count stops there, so it is the table's size whenever the index is read
    const std::string counted =
        m_batches == 0 ? fmt::format("(SELECT 1 FROM shingles LIMIT {})", kQuickShingleRows + 1) : "shingles";
    const auto rows = static_cast<std::size_t>(m_db->execAndGet("SELECT count(*) FROM " + counted).getInt64());
    if (rows > kQuickShingleRows && m_batches == 0) return;
    if (ShingleIndex::bytes_for(rows) > m_memory_budget) {
        m_shingles_refused = true;
        return;
    }
    try {
        auto index = std::make_unique<ShingleIndex>();
        index->reserve(rows);
        SQLite::Statement all(*m_db, "SELECT hash, document_id FROM shingles");
        while (all.executeStep()) index->insert(all.getColumn(0).getInt64(), all.getColumn(1).getText());
        m_shingles = std::move(index);
    } catch (const std::bad_alloc&) {
        m_shingles_refused = true;  // the machine has less memory than the budget says
        return;
    }
    m_shingles_version = version;
}

void Store::write_shingles(const std::vector<std::int64_t>& hashes, const std::string& document_id) {
    m_staged.clear();
    if (hashes.empty()) return;
    if (m_shingles && !m_batch) m_shingles.reset();  // a write of its own transaction: SQLite's way
    if (!m_shingles) {
        // a shingle is kept until it is boilerplate (documents_sharing): more rows would say
        // nothing and make the table and its look-ups grow with the corpus
        // (one statement for all of a document's shingles)
        SQLite::Statement& shingle = cached(
            "INSERT OR IGNORE INTO shingles (hash, document_id) SELECT h.value, ?2 FROM json_each(?1) h WHERE "
            "(SELECT count(*) FROM (SELECT 1 FROM shingles WHERE hash = h.value LIMIT ?3)) < ?3");
        shingle.bind(1, nlohmann::json(hashes).dump());
        shingle.bind(2, document_id);
        shingle.bind(3, static_cast<int64_t>(kCommonShingle + 1));
        shingle.exec();
        return;
    }
    // the same rule on the index: a row while fewer than kCommonShingle + 1 documents hold it
    for (const std::int64_t h : hashes)
        if (m_shingles->holders(h) <= kCommonShingle) m_staged.push_back(h);
    m_staged_document = document_id;
}

void Store::keep_shingles() {
    if (!m_shingles) {
        m_staged.clear();
        return;
    }
    if (m_shingles->peak_bytes_after(m_staged.size()) > m_memory_budget) {
        // growing would pass the budget (a growing vector holds its old and new buffers at
        // once): the rows go to the table now, and SQLite answers from the next document on
        // as it does after a commit that found the index too large
        for (const std::int64_t h : m_staged) m_unflushed.emplace_back(h, m_staged_document);
        m_staged.clear();
        m_shingles.reset();
        m_shingles_refused = true;
        try {
            flush_shingles();
        } catch (const SQLite::Exception& e) {
            forget_shingles(true);  // the batch is given up: its rows are not all in the table
            throw DatabaseFailure(e.what());
        }
        return;
    }
    try {
        // (no reserve: the vector's own doubling; reserving the exact size at each document
        // moved every row of the transaction each time, quadratic in the transaction's size)
        for (const std::int64_t h : m_staged) {
            m_shingles->insert(h, m_staged_document);
            m_unflushed.emplace_back(h, m_staged_document);
        }
    } catch (const std::bad_alloc&) {
        // the rows of the batch cannot all be kept: it is given up, as on a full disk
        forget_shingles(true);
        throw DatabaseFailure("out of memory for the shingle index (lower --memory-mb)");
    }
    m_staged.clear();
}

void Store::flush_shingles() {
    if (m_unflushed.empty()) return;
    // in the table's order: each page it touches is read and written once per batch
    std::sort(m_unflushed.begin(), m_unflushed.end());
    SQLite::Statement& row = cached("INSERT OR IGNORE INTO shingles (hash, document_id) VALUES (?,?)");
    for (const auto& [hash, document] : m_unflushed) {
        row.bind(1, static_cast<int64_t>(hash));
        row.bind(2, document);
        row.exec();
        row.reset();
    }
    m_unflushed.clear();
    if (m_shingles && m_shingles->bytes() > m_memory_budget) {
        m_shingles.reset();  // grown past the budget: SQLite is asked from the next document on
        m_shingles_refused = true;
    }
}

void Store::forget_shingles(bool whole_batch) noexcept {
    m_staged.clear();
    if (!whole_batch) return;
    m_unflushed.clear();
    m_shingles.reset();
}

}  // namespace claimgraph::store
