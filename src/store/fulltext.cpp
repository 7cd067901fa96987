// The full-text rows of a batch: FTS5 writes the terms it holds in memory as a new segment
// at every savepoint, and ingest opens one for each document, so a row written at once made
// a segment per document, and their merging, inside the batch. The rows of a batch's
// documents wait here instead and are written together before its COMMIT: one segment,
// the same terms and positions.
#include <new>

#include <SQLiteCpp/SQLiteCpp.h>

#include "store/store.h"

namespace claimgraph::store {

void Store::write_fulltext(std::int64_t rowid, const std::string& text) {
    if (m_batch) {
        m_fulltext_staged.emplace_back(rowid, text);
        return;
    }
    // a document of its own transaction: its savepoint is the transaction itself
    SQLite::Statement& q = cached("INSERT INTO statements_fts (rowid, text) VALUES (?,?)");
    q.bind(1, rowid);
    q.bind(2, text);
    q.exec();
    q.reset();
}

bool Store::drop_fulltext(std::int64_t rowid) {
    for (auto it = m_fulltext_staged.begin(); it != m_fulltext_staged.end(); ++it)
        if (it->first == rowid) {
            m_fulltext_staged.erase(it);
            return true;
        }
    if (!m_fulltext_waiting.count(rowid)) return false;
    m_fulltext_dropped.push_back(rowid);  // gone when the document is kept, back if it is not
    return true;
}

void Store::keep_fulltext() {
    // dropped before the staged rows join: a rowid a merged claim freed may be a new one's
    for (const std::int64_t rowid : m_fulltext_dropped) m_fulltext_waiting.erase(rowid);
    try {
        for (auto& [rowid, text] : m_fulltext_staged) m_fulltext_waiting[rowid] = std::move(text);
    } catch (const std::bad_alloc&) {
        // the batch's rows cannot all be kept: it is given up, as on a full disk
        forget_fulltext(true);
        throw DatabaseFailure("out of memory for the batch's full-text rows");
    }
    m_fulltext_dropped.clear();
    m_fulltext_staged.clear();
}

void Store::flush_fulltext() {
    SQLite::Statement& q = cached("INSERT INTO statements_fts (rowid, text) VALUES (?,?)");
    for (const auto& [rowid, text] : m_fulltext_waiting) {
        q.bind(1, rowid);
        q.bind(2, text);
        q.exec();
        q.reset();
    }
    m_fulltext_waiting.clear();
}

void Store::forget_fulltext(bool whole_batch) noexcept {
    m_fulltext_staged.clear();
    m_fulltext_dropped.clear();
    if (whole_batch) m_fulltext_waiting.clear();
}

void Store::forget_unwritten(bool whole_batch) noexcept {
    forget_shingles(whole_batch);
    forget_fulltext(whole_batch);
    m_mentions.clear();  // rows the rollback takes back may be held
}

}  // namespace claimgraph::store
