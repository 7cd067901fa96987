// What the store's rows name is stored: a document's references checked before its
// savepoint is released, and the whole database's problems (`doctor`, the tests).
#include <sqlite3.h>

#include <algorithm>
#include <map>

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include "store/sql.h"
#include "store/store.h"

namespace claimgraph::store {

// Every node an edge of the document names, every source or claim a merge keeps and every
// claim a mention is filed under is stored:
// the document's own rows, or rows stored before. A merge's `from` is gone by now, so an
// edge naming it is followed to its keeper (merge_locked moved the stored ones there).
void Store::check_references(const DocumentDelta& b, const std::string& document_id) {
    std::map<std::string, std::string> merged;
    for (const SourceMerge& m : b.merges) merged[m.from] = m.into;
    for (const StatementMerge& m : b.statement_merges) merged[m.from] = m.into;
    const auto final_id = [&](const std::string& id) {
        const std::string* at = &id;
        for (std::size_t hops = 0; hops <= merged.size(); ++hops) {  // merges cannot loop
            auto it = merged.find(*at);
            if (it == merged.end()) break;
            at = &it->second;
        }
        return *at;
    };
    std::vector<std::string> ids;
    for (const Edge& e : b.edges) {
        ids.push_back(final_id(e.from));
        ids.push_back(final_id(e.to));
    }
    for (const SourceMerge& m : b.merges) ids.push_back(final_id(m.into));
    for (const StatementMerge& m : b.statement_merges) ids.push_back(final_id(m.into));
    for (const Variant& v : b.variants) ids.push_back(v.statement_id);  // written after the merges
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    std::erase(ids, document_id);
    if (ids.empty()) return;
    SQLite::Statement& q = cached(
        "SELECT j.value FROM json_each(?1) j WHERE NOT EXISTS (SELECT 1 FROM sources WHERE id = j.value) AND "
        "NOT EXISTS (SELECT 1 FROM statements WHERE id = j.value) AND "
        "NOT EXISTS (SELECT 1 FROM documents WHERE id = j.value) LIMIT 1");
    q.bind(1, sql::json_ids(ids));
    if (q.executeStep()) {
        const std::string missing = q.getColumn(0).getString();
        q.reset();
        throw DocumentNotStored(fmt::format("internal error: an edge names '{}', which is not stored", missing));
    }
    q.reset();
}

std::vector<std::string> Store::problems() const {
    std::vector<std::string> out;
    SQLite::Statement integrity(*m_db, "PRAGMA integrity_check");
    while (integrity.executeStep())
        if (const std::string line = integrity.getColumn(0).getString(); line != "ok")
            out.push_back("integrity: " + line);
    SQLite::Statement keys(*m_db, "PRAGMA foreign_key_check");
    while (keys.executeStep())
        out.push_back(fmt::format("foreign key: a row of {} names a missing {}", keys.getColumn(0).getString(),
                                  keys.getColumn(2).getString()));
    const char* node =
        "(EXISTS (SELECT 1 FROM sources WHERE id = {0}) OR EXISTS (SELECT 1 FROM statements WHERE id = {0}) "
        "OR EXISTS (SELECT 1 FROM documents WHERE id = {0}))";
    SQLite::Statement edges(
        *m_db, fmt::format("SELECT relation, from_id, to_id FROM edges WHERE NOT {} OR NOT {}",
                           fmt::format(fmt::runtime(node), "from_id"), fmt::format(fmt::runtime(node), "to_id")));
    while (edges.executeStep())
        out.push_back(fmt::format("edge: {} {} → {} names a node that is not stored", edges.getColumn(0).getString(),
                                  edges.getColumn(1).getString(), edges.getColumn(2).getString()));
    SQLite::Statement speakers(*m_db,
                               "SELECT id, source_id FROM statements WHERE source_id <> '' AND "
                               "NOT EXISTS (SELECT 1 FROM sources WHERE id = statements.source_id)");
    while (speakers.executeStep())
        out.push_back(fmt::format("statement: {} names speaker {}, which is not stored",
                                  speakers.getColumn(0).getString(), speakers.getColumn(1).getString()));
    // FTS5's own check of the full-text index against the statements (every row's terms);
    // SQLite runs it as a write, so a read-only connection cannot ask it ('doctor' can). A
    // missing index is schema_problems' finding.
    SQLite::Statement fts(*m_db, "SELECT 1 FROM sqlite_master WHERE name = 'statements_fts'");
    if (fts.executeStep() && !sqlite3_db_readonly(m_db->getHandle(), "main"))
        if (const std::string why = fulltext_disagreement(); !why.empty())
            out.push_back(fmt::format("full text: the index disagrees with the statements ({})", why));
    SQLite::Statement mentions(*m_db,
                               "SELECT DISTINCT statement_id FROM statement_variants WHERE "
                               "NOT EXISTS (SELECT 1 FROM statements WHERE id = statement_variants.statement_id)");
    while (mentions.executeStep())
        out.push_back(
            fmt::format("mention: filed under statement {}, which is not stored", mentions.getColumn(0).getString()));
    // a presumption (resolve/presumed.h) is recomputed at every commit: one naming a source
    // that is not stored was written by something else
    SQLite::Statement presumed(*m_db,
                               "SELECT source_id, person_id FROM presumed_sources p WHERE "
                               "NOT EXISTS (SELECT 1 FROM sources WHERE id = p.source_id) OR "
                               "NOT EXISTS (SELECT 1 FROM sources WHERE id = p.person_id)");
    while (presumed.executeStep())
        out.push_back(fmt::format("presumption: {} presumed {}, a source that is not stored",
                                  presumed.getColumn(0).getString(), presumed.getColumn(1).getString()));
    // a source with no name cannot be listed, drawn or exported (`check` and `import`
    // refuse one); versions before 2026-12-06 stored "both" and "most" so
    SQLite::Statement unnamed(*m_db, "SELECT id FROM sources WHERE trim(name) = '' ORDER BY id");
    while (unnamed.executeStep())
        out.push_back(fmt::format("source: {} has no name", unnamed.getColumn(0).getString()));
    return out;
}

}  // namespace claimgraph::store
