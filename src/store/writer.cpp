// Writing a document: Store::add, its batches and savepoints, what a failure costs, and
// the merges a document makes.
#include <sqlite3.h>

#include <algorithm>
#include <set>

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "store/sql.h"
#include "store/store.h"
#include "util/hash.h"

namespace claimgraph::store {

namespace {

using sql::bind_edge;
using sql::bind_opt;
using sql::exec;
using sql::kEdgeColumns;
using sql::places_of;

// Whether an SQLite result code means the database itself failed, not one piece of work.
bool database_code(int code) {
    switch (code & 0xFF) {
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_NOMEM:
    case SQLITE_PROTOCOL:
    case SQLITE_PERM:
    case SQLITE_NOLFS:
    case SQLITE_AUTH:
    case SQLITE_INTERRUPT: return true;
    default: return false;
    }
}

// What an SQLite failure of the database means to the user.
std::string database_cause(const SQLite::Exception& e) {
    switch (e.getErrorCode() & 0xFF) {
    case SQLITE_FULL: return "the disk is full";
    case SQLITE_BUSY: return "another claimgraph is writing to this database; waited 5 s for it";
    case SQLITE_IOERR: return fmt::format("{} (a full disk or a file size limit)", e.what());
    default: return e.what();
    }
}

}  // namespace

bool is_database_failure(const std::exception& e) {
    if (dynamic_cast<const DatabaseFailure*>(&e)) return true;
    const auto* s = dynamic_cast<const SQLite::Exception*>(&e);
    return s && database_code(s->getErrorCode());
}

void Store::begin_batch() {
    if (m_batch) return;
    try {
        m_db->exec("BEGIN IMMEDIATE");  // the write lock now: another writer waits its turn (5 s)
        m_batch = true;
        prepare_shingles();
        prepare_mentions();
    } catch (const SQLite::Exception& e) {
        if (m_batch) {
            try {
                m_db->exec("ROLLBACK");
            } catch (const SQLite::Exception&) {
            }
            m_batch = false;
        }
        forget_unwritten(true);
        throw DatabaseFailure(database_cause(e));
    }
}

void Store::commit_batch() {
    if (!m_batch) return;
    try {
        flush_shingles();
        flush_fulltext();
        refresh_presumed();
        m_db->exec("COMMIT");
    } catch (const SQLite::Exception& e) {
        // COMMIT failed (a full disk): the transaction is rolled back, none of it is kept
        forget_unwritten(true);
        reset_statements();
        try {
            if (!sqlite3_get_autocommit(m_db->getHandle())) m_db->exec("ROLLBACK");
        } catch (const SQLite::Exception&) {
        }
        m_batch = false;
        throw DatabaseFailure(database_cause(e));
    }
    m_batch = false;
    ++m_batches;
    m_mentions_changes = sqlite3_total_changes64(m_db->getHandle());  // what prepare_mentions compares
}

void Store::reset_statements() const noexcept {
    for (auto& [text, statement] : m_statements) statement->tryReset();
}

// One document's writes are a savepoint: inside the batch ingest holds open it is a
// savepoint of that transaction; outside, SQLite makes it a transaction of its own. A failed
// document leaves nothing, and a batch holds whole documents only. (SQLiteCpp's Savepoint
// rolls back without releasing, which would leave a transaction open.)
AddResult Store::add(const DocumentDelta& b) {
    const Document& d = b.document;
    const std::string hash = d.identity();
    AddResult result{false, d.id()};
    bool open = false;
    try {
        SQLite::Statement& q = cached("SELECT text FROM documents WHERE content_hash = ?");
        q.bind(1, hash);
        const bool stored = q.executeStep() && q.getColumn(0).getString() == d.text;
        q.reset();
        if (stored) return result;
        m_db->exec("SAVEPOINT document");
        open = true;
        write_document(b, hash, result);
        check_references(b, result.document_id);
        if (!m_batch) refresh_presumed();  // the savepoint is this document's transaction
        m_db->exec("RELEASE document");
        open = false;
        result.added = true;
        keep_fulltext();
        keep_shingles();
        return result;
    } catch (const std::exception& e) {
        // a statement that failed mid-step refuses reuse until it is reset; reset before the
        // rollback so that none holds the savepoint
        reset_statements();
        forget_unwritten(false);
        if (open) {
            try {
                m_db->exec("ROLLBACK TO document");
                m_db->exec("RELEASE document");
            } catch (const SQLite::Exception& r) {
                m_batch = m_batch && !sqlite3_get_autocommit(m_db->getHandle());
                if (!m_batch) forget_unwritten(true);
                throw DatabaseFailure(fmt::format("{} (and the rollback failed: {})", e.what(), r.what()));
            }
        }
        if (m_batch && sqlite3_get_autocommit(m_db->getHandle())) {
            // SQLite rolled the whole transaction back (it does on some I/O and memory
            // errors): the documents before this one in the batch are gone too
            m_batch = false;
            forget_unwritten(true);
            throw DatabaseFailure(fmt::format("{} (SQLite rolled back the transaction)", e.what()));
        }
        if (is_database_failure(e)) {
            const auto* s = dynamic_cast<const SQLite::Exception*>(&e);
            throw DatabaseFailure(s ? database_cause(*s) : std::string(e.what()));
        }
        if (dynamic_cast<const DocumentNotStored*>(&e)) throw;
        throw DocumentNotStored(e.what());
    }
}

void Store::write_document(const DocumentDelta& b, const std::string& hash, const AddResult& result) {
    const Document& d = b.document;
    nlohmann::json meta = nlohmann::json::object();
    for (const auto& [k, v] : d.metadata) meta[k] = v;
    SQLite::Statement& doc = cached(
        "INSERT INTO documents (id, path, title, outlet, date, url, author, metadata, "
        "content_hash, body_start, text) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
    doc.bind(1, result.document_id);
    doc.bind(2, d.path);
    bind_opt(doc, 3, d.title);
    bind_opt(doc, 4, d.outlet);
    bind_opt(doc, 5, d.date);
    bind_opt(doc, 6, d.url);
    bind_opt(doc, 7, d.author);
    doc.bind(8, meta.dump());
    doc.bind(9, hash);
    doc.bind(10, static_cast<int64_t>(d.body_start));
    doc.bind(11, d.text);
    doc.exec();

    // the name, role and type shown are the best of all seen (text::better_name,
    // text::better_role, the strongest type), whatever the order of ingest; outlets and
    // agencies (type_strength 4 and 5) have no role
    SQLite::Statement& src = cached(
        "INSERT INTO sources (id, name, type, role) VALUES (?,?,?,?) ON CONFLICT(id) DO UPDATE SET "
        "role = CASE WHEN type_strength(excluded.type) >= 4 OR type_strength(sources.type) >= 4 THEN '' "
        "WHEN better_role(excluded.role, sources.role) THEN excluded.role ELSE sources.role END, "
        "name = CASE WHEN better_name(excluded.name, sources.name) "
        "THEN excluded.name ELSE sources.name END, "
        "type = CASE WHEN type_strength(excluded.type) > type_strength(sources.type) "
        "THEN excluded.type ELSE sources.type END");
    SQLite::Statement& alias = cached("INSERT OR IGNORE INTO source_aliases (source_id, alias) VALUES (?,?)");
    for (const SourceRecord& s : b.sources) {
        src.bind(1, s.id);
        src.bind(2, s.name);
        src.bind(3, to_string(s.type));
        src.bind(4, s.role);
        src.exec();
        src.reset();
        std::vector<std::string> names = s.aliases;
        names.push_back(s.name);  // a name that loses to a longer one stays an alias
        for (const std::string& a : names) {
            alias.bind(1, s.id);
            alias.bind(2, a);
            alias.exec();
            alias.reset();
        }
    }
    SQLite::Statement& edge = cached(
        fmt::format("INSERT OR IGNORE INTO edges ({}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", kEdgeColumns));
    for (const Edge& e : b.edges) {
        bind_edge(edge, e);
        edge.exec();
        edge.reset();
    }
    // a claim is stored with its speaker (the least stored source its edges name, as
    // refresh_speakers finds it: that then writes only what a merge below changes)
    SQLite::Statement& stm = cached(
        "INSERT OR IGNORE INTO statements (id, text, kind, cue, date, match_key, places, source_id) "
        "VALUES (?1,?2,?3,?4,?5,?6,?7, coalesce((SELECT e.to_id FROM edges e WHERE e.relation = 'attributes' "
        "AND e.from_id = ?1 AND EXISTS (SELECT 1 FROM sources s WHERE s.id = e.to_id) ORDER BY e.to_id LIMIT 1), "
        "''))");
    SQLite::Statement& fig = cached(
        "INSERT OR IGNORE INTO figures (statement_id, measure, value, qualifier, text) "
        "VALUES (?,?,?,?,?)");
    SQLite::Statement& place =
        cached("INSERT OR IGNORE INTO statement_places (place, date, statement_id) VALUES (?,?,?)");
    // the claims this document stores first: their only mentions are its own
    std::set<std::string> fresh_claims;
    for (const StatementRecord& s : b.statements) {
        for (const std::string& p : places_of(s.places)) {
            place.bind(1, p);
            place.bind(2, s.date.value_or(""));
            place.bind(3, s.id);
            place.exec();
            place.reset();
        }
        stm.bind(1, s.id);
        stm.bind(2, s.text);
        stm.bind(3, to_string(s.kind));
        stm.bind(4, s.cue);
        bind_opt(stm, 5, s.date);
        stm.bind(6, s.match_key);
        stm.bind(7, s.places);
        const bool fresh = stm.exec() > 0;
        stm.reset();
        if (fresh) {
            fresh_claims.insert(s.id);
            write_fulltext(m_db->getLastInsertRowid(), s.text);
        }
        for (const Figure& f : s.figures) {
            fig.bind(1, s.id);
            fig.bind(2, f.measure);
            fig.bind(3, static_cast<int64_t>(f.value));
            bind_opt(fig, 4, f.qualifier);
            fig.bind(5, f.text);
            fig.exec();
            fig.reset();
        }
    }
    // a claim stored first here that no stored claim joins (those would bring their own
    // documents) has this document for its first mention: its reports are unlabelled, as
    // label_reports would make them, which then leaves them out
    for (const StatementMerge& m : b.statement_merges) fresh_claims.erase(m.into);
    std::set<std::string> unlabelled;
    for (const Edge& e : b.edges)
        if (e.relation == Relation::reports && e.from == result.document_id && !e.match.empty() &&
            fresh_claims.count(e.to) && unlabelled.insert(e.to).second)
            exec(cached("UPDATE edges SET match = '' WHERE relation = 'reports' AND from_id = ?1 AND to_id = ?2 "
                        "AND match <> ''"),
                 result.document_id, e.to);
    SQLite::Statement& name_key = cached(sql::kInsertNameKey);
    SQLite::Statement& surname_key = cached(sql::kInsertOtherKey);
    for (const SourceKey& k : b.source_keys) {
        // a surname or title key that two people would share maps to no one ("")
        SQLite::Statement& q = k.kind == "name" ? name_key : surname_key;
        q.bind(1, k.key);
        q.bind(2, k.source_id);
        if (&q == &surname_key) q.bind(3, k.kind);
        q.exec();
        q.reset();
    }
    // a source stored earlier that this document shows to be one of its own: merged
    // once both rows exist (merged before its keeper was written, the keeper's aliases
    // pointed at no source: the FOREIGN KEY failure of issue 16)
    for (const SourceMerge& m : b.merges) merge_locked(m.into, m.from, m.how);
    // claims stored earlier that this document's mentions join, then the mentions
    for (const StatementMerge& m : b.statement_merges) merge_statement_locked(m.into, m.from, m.how);
    // the speakers of what this document carries (merges above may have changed others'),
    // before its mentions are filed under them
    const std::string carried = "id IN (SELECT to_id FROM edges WHERE from_id = ?1 AND relation = 'reports')";
    std::vector<std::string> respoken = refresh_speakers(carried, result.document_id);
    std::vector<std::string> joined;
    for (const StatementMerge& m : b.statement_merges) joined.push_back(m.into);
    write_variants(b.variants);
    write_shingles(b.shingles, result.document_id);
    SQLite::Statement& copy = cached("INSERT OR REPLACE INTO copies (a, b, shared) VALUES (?,?,?)");
    for (const auto& [other, shared] : b.copies) {
        const bool first = other < result.document_id;
        copy.bind(1, first ? other : result.document_id);
        copy.bind(2, first ? result.document_id : other);
        copy.bind(3, static_cast<int64_t>(shared));
        copy.exec();
        copy.reset();
    }
    // the stored mentions of a claim whose speaker changed, or that another claim's joined,
    // take its speaker (merge_locked refiles those of a merged source)
    respoken.insert(respoken.end(), joined.begin(), joined.end());
    refresh_mention_speakers(sql::json_ids(respoken));
    // dates: a claim is dated by its earliest mention, whatever came first. Only a claim
    // stored or joined here, or one this document mentions before its date (or first
    // dates), can change: each other one already has its earliest mention's date
    std::set<std::string> dating{fresh_claims.begin(), fresh_claims.end()};
    dating.insert(joined.begin(), joined.end());
    SQLite::Statement& dated = cached("SELECT date FROM statements WHERE id = ?1");
    for (const Variant& v : b.variants) {
        if (!v.date || dating.count(v.statement_id)) continue;
        dated.bind(1, v.statement_id);
        const bool earlier =
            dated.executeStep() && (dated.getColumn(0).isNull() || *v.date < dated.getColumn(0).getString());
        dated.reset();
        if (earlier) dating.insert(v.statement_id);
    }
    if (!dating.empty()) redate(sql::json_ids({dating.begin(), dating.end()}));
    // how its mentions matched their claims (label_reports). The labels of other documents'
    // mentions change only where the first mention changes: to this document (an earlier
    // date), or by a stored claim joining; elsewhere only this document's own are labelled,
    // so the work does not grow with the number of documents that carry a claim
    label_reports(
        "c." + carried + " AND c.id NOT IN (SELECT value FROM json_each(?2))",
        "SELECT rowid FROM edges WHERE relation = 'reports' AND from_id = ?1 UNION "
        "SELECT rowid FROM edges WHERE relation = 'reports' AND to_id IN "
        "(SELECT claim FROM first WHERE doc = ?1 OR claim IN (SELECT value FROM json_each(?3)))",
        {result.document_id, sql::json_ids({fresh_claims.begin(), fresh_claims.end()}), sql::json_ids(joined)});
}

void Store::move_edges(const std::string& keep, const std::string& other) {
    for (const char* col : {"from_id", "to_id"}) {
        exec(
            cached(fmt::format("UPDATE OR IGNORE edges SET {0} = ?1 WHERE {1} AND {0} = ?2", col, sql::kEveryRelation)),
            keep, other);
        exec(cached(fmt::format("DELETE FROM edges WHERE {} AND {} = ?1", sql::kEveryRelation, col)), other);
    }
    // an edge between the two became one from `keep` to itself (a dispute of a claim with
    // itself, a source relaying its own words)
    exec(cached("DELETE FROM edges WHERE " + sql::kEveryRelation + " AND from_id = ?1 AND to_id = ?1"), keep);
}

void Store::merge_locked(const std::string& keep, const std::string& other, const std::string& how) {
    if (keep == other) return;
    SQLite::Statement& kept = cached("SELECT 1 FROM sources WHERE id = ?");
    kept.bind(1, keep);
    const bool exists = kept.executeStep();
    kept.reset();
    if (!exists) throw Error(fmt::format("internal error: a merge into source '{}', which is not stored", keep));
    kept.bind(1, other);
    const bool gone = !kept.executeStep();
    kept.reset();
    if (gone) return;  // merged already (its edges, aliases and keys moved then)
    // each mention moved says why it is now the kept source's
    exec(cached("UPDATE edges SET match = CASE match WHEN '' THEN ?1 ELSE match || '; ' || ?1 END "
                "WHERE to_id = ?2 AND relation = 'attributes' AND ?1 <> ''"),
         how, other);
    move_edges(keep, other);
    exec(cached("UPDATE statements SET source_id = ?1 WHERE source_id = ?2"), keep, other);
    m_mentions.forget(keep);
    m_mentions.forget(other);
    exec(cached("UPDATE statement_variants SET source_id = ?1 WHERE source_id = ?2"), keep, other);
    exec(cached("INSERT OR IGNORE INTO source_aliases (source_id, alias) "
                "SELECT ?1, alias FROM source_aliases WHERE source_id = ?2 "
                "UNION SELECT ?1, name FROM sources WHERE id = ?2"),
         keep, other);
    exec(cached("UPDATE source_keys SET source_id = ?1 WHERE source_id = ?2"), keep, other);
    exec(cached("UPDATE sources SET role = (SELECT role FROM sources WHERE id = ?1) "
                "WHERE id = ?2 AND better_role((SELECT role FROM sources WHERE id = ?1), role)"),
         other, keep);
    exec(cached("UPDATE sources SET type = (SELECT type FROM sources WHERE id = ?1) "
                "WHERE id = ?2 AND type_strength((SELECT type FROM sources WHERE id = ?1)) > type_strength(type)"),
         other, keep);
    exec(cached("INSERT OR IGNORE INTO source_aliases (source_id, alias) SELECT id, name FROM sources WHERE id = ?1"),
         keep);
    exec(cached("UPDATE sources SET name = (SELECT name FROM sources WHERE id = ?1) "
                "WHERE id = ?2 AND better_name((SELECT name FROM sources WHERE id = ?1), name)"),
         other, keep);
    exec(cached("DELETE FROM sources WHERE id = ?1"), other);
    exec(cached("DELETE FROM source_aliases WHERE source_id = ?1 AND alias = (SELECT name FROM sources WHERE id = ?1)"),
         keep);
}

}  // namespace claimgraph::store
