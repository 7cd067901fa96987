// Store: the listings the commands print of the nodes — documents, sources, a source's
// mentions, claims (streamed, filtered); link_listings.cpp lists the links between them.
#include "store/store.h"

#include <algorithm>
#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include "store/claim_documents.h"
#include "store/sql.h"
#include "util/error.h"

namespace claimgraph::store {

namespace {

using sql::kEveryRelation;
using sql::kUnsureClaims;
using sql::offset;
using sql::opt;
using sql::read_figures;

}  // namespace

std::string Store::document_text(const std::string& id) const {
    SQLite::Statement q(*m_db, "SELECT text FROM documents WHERE id = ?");
    q.bind(1, id);
    return q.executeStep() ? q.getColumn(0).getString() : std::string();
}

namespace {

// The documents `where` selects (a condition on d.id, bound to `id` when it has a ?), by
// date, path and id.
std::vector<DocumentRow> read_documents(SQLite::Database& db, const std::string& where, const std::string& id) {
    std::vector<DocumentRow> out;
    SQLite::Statement q(db,
                        "SELECT d.id, d.path, d.title, d.outlet, d.date, d.url, length(CAST(d.text AS BLOB)), "
                        "(SELECT count(DISTINCT e.to_id) FROM edges e JOIN statements s ON s.id = e.to_id "
                        " WHERE e.from_id = d.id AND e.relation = 'reports') "
                        "FROM documents d " +
                            where + " ORDER BY d.date IS NULL, d.date, d.path, d.id");
    if (!id.empty()) q.bind(1, id);
    while (q.executeStep()) {
        DocumentRow r;
        r.id = q.getColumn(0).getString();
        r.path = q.getColumn(1).getString();
        r.title = opt(q.getColumn(2));
        r.outlet = opt(q.getColumn(3));
        r.date = opt(q.getColumn(4));
        r.url = opt(q.getColumn(5));
        r.bytes = static_cast<std::size_t>(q.getColumn(6).getInt64());
        r.statements = static_cast<std::size_t>(q.getColumn(7).getInt64());
        out.push_back(std::move(r));
    }
    return out;
}

}  // namespace

std::vector<DocumentRow> Store::documents() const { return read_documents(*m_db, "", ""); }

std::optional<DocumentRow> Store::document(const std::string& id) const {
    auto rows = read_documents(*m_db, "WHERE d.id = ?", id);
    if (rows.empty()) return std::nullopt;
    return std::move(rows.front());
}

namespace {

// The sources `where` selects (a condition on s.id, bound to `id` when it has a ?), by name.
std::vector<SourceRow> read_sources(SQLite::Database& db, const std::string& where, const std::string& id) {
    std::vector<SourceRow> out;
    // the documents of the edges at either end of the source, one row an edge (the to_id
    // side INDEXED BY: else SQLite reads every edge of the relations, preferring the
    // covering UNIQUE index by its first column to edges_relation_to by two)
    const std::string documents = fmt::format(
        "SELECT e.document_id AS document FROM edges e INDEXED BY edges_relation_to WHERE e.{0} AND e.to_id = ?1 "
        "UNION ALL SELECT e.document_id FROM edges e WHERE e.{0} AND e.from_id = ?1",
        kEveryRelation);
    SQLite::Statement q(db, fmt::format("SELECT s.id, s.name, s.type, s.role, "
                                        "(SELECT min(e.to_id) FROM edges e JOIN sources b ON b.id = e.to_id "
                                        " WHERE e.from_id = s.id AND e.relation = 'attributes'), "
                                        "(SELECT count(DISTINCT e.from_id) FROM edges e JOIN statements st ON "
                                        "st.id = e.from_id WHERE e.to_id = s.id AND e.relation = 'attributes'), "
                                        "p.person_id, (SELECT name FROM sources WHERE id = p.person_id), p.basis "
                                        "FROM sources s LEFT JOIN presumed_sources p ON p.source_id = s.id "
                                        "{0} ORDER BY s.name, s.id",
                                        where));
    if (!id.empty()) q.bind(1, id);
    // a source's documents read once and counted here: as two subqueries (their number,
    // DISTINCT, and the one when there is one) SQLite read every edge twice and made a
    // temporary B-tree per source
    SQLite::Statement docs(db, documents);
    std::vector<std::string> ids;
    SQLite::Statement aliases(db, "SELECT alias FROM source_aliases WHERE source_id = ? ORDER BY alias");
    while (q.executeStep()) {
        SourceRow r;
        r.id = q.getColumn(0).getString();
        r.name = q.getColumn(1).getString();
        r.type = source_type_from_string(q.getColumn(2).getString()).value_or(SourceType::person);
        r.role = q.getColumn(3).getString();
        r.speaks_for = opt(q.getColumn(4));
        r.statements = static_cast<std::size_t>(q.getColumn(5).getInt64());
        if (const auto presumed = opt(q.getColumn(6)))
            r.presumed = PresumedFrom{*presumed, q.getColumn(7).getString(), q.getColumn(8).getString()};
        ids.clear();
        docs.bind(1, r.id);
        while (docs.executeStep()) ids.push_back(docs.getColumn(0).getString());  // document_id is NOT NULL
        docs.reset();
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        r.documents = ids.size();
        if (r.documents == 1) r.document = ids.front();
        aliases.bind(1, r.id);
        while (aliases.executeStep())
            if (aliases.getColumn(0).getString() != r.name) r.aliases.push_back(aliases.getColumn(0).getString());
        aliases.reset();
        out.push_back(std::move(r));
    }
    return out;
}

}  // namespace

std::vector<SourceRow> Store::sources() const { return read_sources(*m_db, "", ""); }

std::optional<SourceRow> Store::source(const std::string& id) const {
    auto rows = read_sources(*m_db, "WHERE s.id = ?", id);
    if (rows.empty()) return std::nullopt;
    return std::move(rows.front());
}

std::vector<SourceMentionRow> Store::source_mentions(const std::string& id) const {
    std::vector<SourceMentionRow> out;
    SQLite::Statement q(
        *m_db,
        "SELECT e.document_id, d.outlet, d.date, e.from_id, st.text, e.start, e.end, e.evidence, e.match "
        "FROM edges e JOIN statements st ON st.id = e.from_id "
        "LEFT JOIN documents d ON d.id = e.document_id "
        "WHERE e.to_id = ? AND e.relation = 'attributes' "
        "ORDER BY d.date IS NULL, d.date, e.document_id, e.start, e.from_id");
    q.bind(1, id);
    while (q.executeStep()) {
        SourceMentionRow r;
        r.document = q.getColumn(0).getString();
        r.outlet = opt(q.getColumn(1));
        r.date = opt(q.getColumn(2));
        r.statement = q.getColumn(3).getString();
        r.statement_text = q.getColumn(4).getString();
        r.start = offset(q.getColumn(5));
        r.end = offset(q.getColumn(6));
        r.words = q.getColumn(7).getString();
        r.identity = q.getColumn(8).getString();
        out.push_back(std::move(r));
    }
    return out;
}

std::vector<ClaimRow> Store::claims(const ClaimFilter& f) const {
    std::vector<ClaimRow> out;
    for_each_claim(f, [&](ClaimRow&& r) { out.push_back(std::move(r)); });
    return out;
}

void Store::for_each_claim(const ClaimFilter& f, const std::function<void(ClaimRow&&)>& each,
                           ClaimDetail detail) const {
    // streamed, in two queries (below): the speaker is the statement's own column (the least
    // source its `attributes` edges name, kept in step by every write), its name and, for a
    // listing of ids, the documents read with it rather than by a query per claim
    // (the speaker's name is looked up below, once per speaker; a document reporting a claim
    // twice is named twice and counted once: DISTINCT here cost a temporary B-tree per claim)
    // a speaker presumed another (resolve/presumed.h) is listed as that one, saying so
    std::string sql = "SELECT st.id, st.text, st.kind, st.cue, NULLIF(st.source_id, ''), p.person_id, p.basis";
    if (detail == ClaimDetail::document_ids)
        // INDEXED BY: the planner prefers edges_relation_to, which has twice the pages
        sql += ", (SELECT group_concat(e.from_id) FROM edges e INDEXED BY edges_reports WHERE e.relation = 'reports' "
               "AND e.to_id = st.id)";
    sql += " FROM statements st LEFT JOIN presumed_sources p ON p.source_id = st.source_id WHERE 1" +
           sql::claim_conditions(f);
    // dated claims by date then id, then the undated by id: two passes in the order of the
    // (date) and (id) indexes, so that no sort ever holds every claim (a sort of 1M claims
    // with their texts spilled to temporary files and took most of a listing's time)
    const std::string passes[] = {sql + " AND st.date IS NOT NULL ORDER BY st.date, st.id",
                                  sql + " AND st.date IS NULL ORDER BY st.id"};
    const auto bind = [&](SQLite::Statement& q) { sql::bind_claim_filter(q, f); };
    try {
        // what reports a claim is a document or a relaying source (an agency): the few
        // sources that relay, read once, tell them apart without a look-up per document
        std::unordered_set<std::string> relays;
        if (detail == ClaimDetail::document_ids) {
            SQLite::Statement r(*m_db,
                                "SELECT s.id FROM sources s WHERE EXISTS (SELECT 1 FROM edges e "
                                "WHERE e.relation = 'reports' AND e.from_id = s.id)");
            while (r.executeStep()) relays.insert(r.getColumn(0).getString());
        }
        // speakers repeat across a listing: each name read once, in a map emptied when it
        // holds many (memory stays flat however many sources the archive has)
        SQLite::Statement name(*m_db, "SELECT name FROM sources WHERE id = ?");
        std::unordered_map<std::string, std::optional<std::string>> names;
        const auto name_of = [&](const std::string& id) -> const std::optional<std::string>& {
            if (auto it = names.find(id); it != names.end()) return it->second;
            if (names.size() >= 65536) names.clear();
            name.bind(1, id);
            std::optional<std::string> n;
            if (name.executeStep()) n = name.getColumn(0).getString();
            name.reset();
            return names.emplace(id, std::move(n)).first->second;
        };
        SQLite::Statement figs(*m_db,
                               "SELECT measure, value, qualifier, text FROM figures WHERE statement_id = ? "
                               "ORDER BY measure, value");
        ClaimDocuments docs(*m_db);
        for (const std::string& pass : passes) {
            SQLite::Statement q(*m_db, pass);
            bind(q);
            while (q.executeStep()) {
                ClaimRow r;
                r.id = q.getColumn(0).getString();
                r.text = q.getColumn(1).getString();
                const std::string kind = q.getColumn(2).getString();
                r.kind = kind == "direct"  ? StatementKind::direct
                         : kind == "mixed" ? StatementKind::mixed
                                           : StatementKind::indirect;
                r.cue = q.getColumn(3).getString();
                r.source_id = opt(q.getColumn(4));
                if (auto presumed = opt(q.getColumn(5)); presumed && r.source_id) {
                    r.presumed =
                        PresumedFrom{*r.source_id, name_of(*r.source_id).value_or(""), q.getColumn(6).getString()};
                    r.source_id = std::move(presumed);
                }
                if (r.source_id) r.source_name = name_of(*r.source_id);
                if (detail == ClaimDetail::document_ids) {
                    // ids are hexadecimal: a comma never falls inside one
                    const std::string ids = q.getColumn(7).getString();
                    for (std::size_t at = 0; at < ids.size();) {
                        const std::size_t comma = std::min(ids.find(',', at), ids.size());
                        ClaimDocument d;
                        d.id = ids.substr(at, comma - at);
                        if (!relays.contains(d.id)) r.documents.push_back(std::move(d));
                        at = comma + 1;
                    }
                    std::sort(r.documents.begin(), r.documents.end(),
                              [](const ClaimDocument& a, const ClaimDocument& b) { return a.id < b.id; });
                    r.documents.erase(std::unique(r.documents.begin(), r.documents.end(),
                                                  [](const ClaimDocument& a, const ClaimDocument& b) {
                                                      return a.id == b.id;
                                                  }),
                                      r.documents.end());
                    each(std::move(r));
                    continue;
                }
                r.figures = read_figures(figs, r.id);
                r.documents = docs.of(r.id);
                each(std::move(r));
            }
        }
    } catch (const SQLite::Exception& e) {
        throw Error(fmt::format("'{}': cannot list claims: {}", m_path, e.what()));
    }
}

}  // namespace claimgraph::store
