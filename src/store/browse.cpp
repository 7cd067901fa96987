// Store: what a browser asks for (claimgraph serve): a page of claims, under the conditions
// a claim filter puts on the streamed listing too (for_each_claim); one document with the
// spans of the claims it carries; and the data version, by which a server sees another
// connection's commits.
#include <cstdint>

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include "store/sql.h"
#include "store/store.h"
#include "util/error.h"

namespace claimgraph::store {

std::string sql::claim_conditions(const ClaimFilter& f) {
    std::string sql;
    if (!f.id.empty()) sql += " AND st.id = :id";
    if (!f.kind.empty()) sql += " AND st.kind = :kind";
    if (!f.search.empty())
        sql += " AND st.rowid IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH :search)";
    if (f.disputed)
        sql +=
            " AND EXISTS (SELECT 1 FROM edges e WHERE e.relation = 'disputes' AND (e.from_id = st.id OR e.to_id = "
            "st.id))";
    if (!f.source.empty())
        // its speaker as written, or the one presumed (resolve/presumed.h)
        sql +=
            " AND (EXISTS (SELECT 1 FROM edges e JOIN sources s ON s.id = e.to_id WHERE e.from_id = st.id "
            "AND e.relation = 'attributes' AND (s.id LIKE :prefix || '%' OR s.name LIKE '%' || :name || '%')) "
            "OR EXISTS (SELECT 1 FROM presumed_sources p JOIN sources s ON s.id = p.person_id "
            "WHERE p.source_id = st.source_id AND (s.id LIKE :prefix || '%' OR s.name LIKE '%' || :name || '%')))";
    if (f.min_confidence > 0) sql += std::string(" AND st.id NOT IN (") + kUnsureClaims + ")";
    if (!f.outlet.empty())
        sql +=
            " AND EXISTS (SELECT 1 FROM edges e JOIN documents d ON d.id = e.from_id WHERE e.relation = 'reports' "
            "AND e.to_id = st.id AND d.outlet = :outlet COLLATE NOCASE)";
    // a prefix compared with a prefix: "2026-03" takes in the whole month at either end
    if (!f.since.empty()) sql += " AND substr(st.date, 1, length(:since)) >= :since";
    if (!f.until.empty()) sql += " AND substr(st.date, 1, length(:until)) <= :until";
    return sql;
}

void sql::bind_claim_filter(SQLite::Statement& q, const ClaimFilter& f) {
    if (!f.id.empty()) q.bind(":id", f.id);
    if (!f.kind.empty()) q.bind(":kind", f.kind);
    if (f.min_confidence > 0) q.bind(":min_confidence", f.min_confidence);
    if (!f.search.empty()) q.bind(":search", search_phrase(f.search));
    if (!f.source.empty()) {
        q.bind(":prefix", f.source);
        q.bind(":name", f.source);
    }
    if (!f.outlet.empty()) q.bind(":outlet", f.outlet);
    if (!f.since.empty()) q.bind(":since", f.since);
    if (!f.until.empty()) q.bind(":until", f.until);
}

ClaimPage Store::claims_page(const ClaimFilter& f, ClaimOrder order, std::size_t offset, std::size_t limit) const {
    ClaimPage page;
    const std::string where = " FROM statements st WHERE 1" + sql::claim_conditions(f);
    const char* order_by = order == ClaimOrder::newest ? " ORDER BY st.date IS NULL, st.date DESC, st.id"
                           : order == ClaimOrder::documents
                               ? " ORDER BY (SELECT count(DISTINCT e.from_id) FROM edges e JOIN documents d "
                                 "ON d.id = e.from_id WHERE e.relation = 'reports' AND e.to_id = st.id) DESC, st.id"
                               : " ORDER BY st.date IS NULL, st.date, st.id";
    std::vector<std::string> ids;
    try {
        SQLite::Statement count(*m_db, "SELECT count(*)" + where);
        sql::bind_claim_filter(count, f);
        if (count.executeStep()) page.total = static_cast<std::size_t>(count.getColumn(0).getInt64());
        SQLite::Statement q(*m_db, "SELECT st.id" + where + order_by + " LIMIT :limit OFFSET :offset");
        sql::bind_claim_filter(q, f);
        q.bind(":limit", static_cast<std::int64_t>(limit));
        q.bind(":offset", static_cast<std::int64_t>(offset));
        while (q.executeStep()) ids.push_back(q.getColumn(0).getString());
    } catch (const SQLite::Exception& e) {
        throw Error(fmt::format("'{}': cannot list claims: {}", m_path, e.what()));
    }
    // each row as the streamed listing reads it: one contract for both
    for (const std::string& id : ids) {
        ClaimFilter one;
        one.id = id;
        for_each_claim(one, [&](ClaimRow&& r) { page.rows.push_back(std::move(r)); });
    }
    return page;
}

std::vector<DocumentMention> Store::document_mentions(const std::string& id) const {
    std::vector<DocumentMention> out;
    SQLite::Statement q(*m_db,
                        "SELECT e.to_id, e.start, e.end, st.kind, "
                        "(SELECT s.name FROM sources s WHERE s.id = st.source_id) FROM edges e "
                        "JOIN statements st ON st.id = e.to_id WHERE e.from_id = ? AND e.relation = 'reports' "
                        "AND e.start >= 0 AND e.end > e.start ORDER BY e.start, e.end, e.to_id");
    q.bind(1, id);
    while (q.executeStep()) {
        DocumentMention m;
        m.statement = q.getColumn(0).getString();
        m.start = static_cast<std::size_t>(q.getColumn(1).getInt64());
        m.end = static_cast<std::size_t>(q.getColumn(2).getInt64());
        m.kind = q.getColumn(3).getString();
        m.speaker = sql::opt(q.getColumn(4));
        out.push_back(std::move(m));
    }
    return out;
}

long long Store::data_version() const {
    try {
        SQLite::Statement q(*m_db, "PRAGMA data_version");
        return q.executeStep() ? q.getColumn(0).getInt64() : 0;
    } catch (const SQLite::Exception& e) {
        throw Error(fmt::format("'{}': cannot read the data version: {}", m_path, e.what()));
    }
}

}  // namespace claimgraph::store
