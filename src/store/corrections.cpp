// Store: the corrections a person makes — merge and split sources, confirm or reject a
// claim match, add a dispute — each recorded so that later ingests respect it.
#include "store/store.h"

#include <algorithm>

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include "store/sql.h"
#include "util/error.h"
#include "util/hash.h"

namespace claimgraph::store {

namespace {

using sql::run;

}  // namespace

void Store::merge_sources(const std::string& keep, const std::string& other) {
    try {
        SQLite::Transaction tx(*m_db);
        merge_locked(keep, other, "merged by a person");
        SQLite::Statement rec(*m_db, "INSERT INTO corrections (action, source_id, other) VALUES ('merge', ?, ?)");
        rec.bind(1, keep);
        rec.bind(2, other);
        rec.exec();
        SQLite::Statement pin(*m_db, "UPDATE sources SET pinned = 1 WHERE id = ?");
        pin.bind(1, keep);
        pin.exec();
        refresh_presumed();
        tx.commit();
    } catch (const SQLite::Exception& e) {
        throw Error(fmt::format("'{}': cannot merge sources: {}", m_path, e.what()));
    }
}

std::string Store::split_source(const std::string& id, const std::string& alias, const std::string& key) {
    const std::string fresh = stable_id({"source", key});
    if (fresh == id) throw Error(fmt::format("source '{}': '{}' is its own name; split another alias", id, alias));
    try {
        SQLite::Transaction tx(*m_db);
        SQLite::Statement type(*m_db, "SELECT type FROM sources WHERE id = ?");
        type.bind(1, id);
        if (!type.executeStep()) throw Error(fmt::format("source '{}': no such source", id));
        const std::string t = type.getColumn(0).getString();
        SQLite::Statement ins(*m_db, "INSERT OR IGNORE INTO sources (id, name, type, pinned) VALUES (?,?,?,1)");
        ins.bind(1, fresh);
        ins.bind(2, alias);
        ins.bind(3, t);
        ins.exec();
        SQLite::Statement move(
            *m_db,
            "UPDATE OR IGNORE edges SET to_id = ?, match = CASE match WHEN '' THEN 'split by a person' "
            "ELSE match || '; split by a person' END "
            "WHERE to_id = ? AND relation = 'attributes' AND lower(evidence) = lower(?)");
        move.bind(1, fresh);
        move.bind(2, id);
        move.bind(3, alias);
        if (move.exec() == 0)
            throw Error(fmt::format("source '{}': no mention written '{}' is attributed to it", id, alias));
        SQLite::Statement alias_move(*m_db,
                                     "DELETE FROM source_aliases WHERE source_id = ? AND lower(alias) = lower(?)");
        alias_move.bind(1, id);
        alias_move.bind(2, alias);
        alias_move.exec();
        SQLite::Statement k(*m_db,
                            "INSERT INTO source_keys (key, source_id, kind) VALUES (?, ?, 'name') "
                            "ON CONFLICT(key) DO UPDATE SET source_id = excluded.source_id, kind = 'name'");
        k.bind(1, key);
        k.bind(2, fresh);
        k.exec();
        SQLite::Statement rec(*m_db,
                              "INSERT INTO corrections (action, source_id, other, alias) VALUES ('split', ?, ?, ?)");
        rec.bind(1, id);
        rec.bind(2, fresh);
        rec.bind(3, alias);
        rec.exec();
        refresh_statement_sources("source_id = ?1", id);  // some of its statements are the new source's now
        refresh_presumed();
        tx.commit();
    } catch (const SQLite::Exception& e) {
        throw Error(fmt::format("'{}': cannot split source: {}", m_path, e.what()));
    }
    return fresh;
}

namespace {

// Whether `document` carries `statement`; Error naming both when not.
void require_mention(SQLite::Database& db, const std::string& statement, const std::string& document) {
    SQLite::Statement q(db, "SELECT count(*) FROM edges WHERE relation = 'reports' AND from_id = ? AND to_id = ?");
    q.bind(1, document);
    q.bind(2, statement);
    q.executeStep();
    if (q.getColumn(0).getInt64() == 0)
        throw Error(fmt::format("document '{}' does not carry statement '{}'", document.substr(0, 10),
                                statement.substr(0, 10)));
}

void record_correction(SQLite::Database& db, const char* action, const std::string& id, const std::string& other) {
    run(db, "INSERT INTO corrections (action, source_id, other) VALUES (?1, ?2, ?3)", action, id, other);
}

}  // namespace

std::string Store::mention_text(const std::string& statement, const std::string& document) const {
    SQLite::Statement q(*m_db,
                        "SELECT evidence FROM edges WHERE relation = 'reports' AND from_id = ? AND to_id = ? "
                        "ORDER BY start LIMIT 1");
    q.bind(1, document);
    q.bind(2, statement);
    return q.executeStep() ? q.getColumn(0).getString() : std::string();
}

void Store::confirm_match(const std::string& statement, const std::string& document) {
    try {
        SQLite::Transaction tx(*m_db);
        require_mention(*m_db, statement, document);
        run(*m_db, "UPDATE edges SET confirmed = 1 WHERE relation = 'reports' AND from_id = ?1 AND to_id = ?2",
            document, statement);
        record_correction(*m_db, "confirm", statement, document);
        tx.commit();
    } catch (const SQLite::Exception& e) {
        throw Error(fmt::format("'{}': cannot confirm the match: {}", m_path, e.what()));
    }
}

std::string Store::reject_match(const std::string& statement, const std::string& document,
                                const std::string& match_key) {
    const std::string fresh = stable_id({"statement", statement, document, "rejected"});
    try {
        SQLite::Transaction tx(*m_db);
        require_mention(*m_db, statement, document);
        SQLite::Statement others(*m_db,
                                 "SELECT count(DISTINCT from_id) FROM edges WHERE relation = 'reports' "
                                 "AND to_id = ? AND EXISTS (SELECT 1 FROM documents WHERE id = edges.from_id)");
        others.bind(1, statement);
        others.executeStep();
        if (others.getColumn(0).getInt64() < 2)
            throw Error(fmt::format("statement '{}' is carried by this document only: there is no match to reject",
                                    statement.substr(0, 10)));
        // the new claim: the words as this document has them, its date, the same speaker
        run(*m_db,
            "INSERT INTO statements (id, text, kind, cue, date, match_key, places) "
            "SELECT ?1, CASE WHEN e.evidence <> '' THEN e.evidence ELSE st.text END, "
            "CASE WHEN e.kind <> '' THEN e.kind ELSE st.kind END, st.cue, d.date, ?2, st.places "
            "FROM statements st, edges e, documents d WHERE st.id = ?3 AND d.id = ?4 "
            "AND e.relation = 'reports' AND e.from_id = ?4 AND e.to_id = ?3 ORDER BY e.start LIMIT 1",
            fresh, match_key, statement, document);
        run(*m_db, "INSERT INTO statements_fts (rowid, text) SELECT rowid, text FROM statements WHERE id = ?1", fresh);
        run(*m_db,
            "INSERT INTO figures (statement_id, measure, value, qualifier, text) "
            "SELECT ?1, measure, value, qualifier, text FROM figures WHERE statement_id = ?2",
            fresh, statement);
        // this document's mention and speaker move to the new claim; the person decided
        run(*m_db,
            "UPDATE edges SET to_id = ?1, match = '', confirmed = 1 WHERE relation = 'reports' AND from_id = ?2 "
            "AND to_id = ?3",
            fresh, document, statement);
        const int moved = run(*m_db,
                              "UPDATE edges SET from_id = ?1 WHERE relation = 'attributes' AND from_id = ?2 "
                              "AND document_id = ?3",
                              fresh, statement, document);
        if (moved == 0)  // the speaker was recorded from another document: the same one
            run(*m_db,
                "INSERT OR IGNORE INTO edges (relation, from_id, to_id, document_id) SELECT 'attributes', ?1, to_id, "
                "?2 "
                "FROM edges WHERE relation = 'attributes' AND from_id = ?3 ORDER BY to_id LIMIT 1",
                fresh, document, statement);
        // this document's mentions are the new claim's; neither claim is merged again
        run(*m_db, "UPDATE statement_variants SET statement_id = ?1 WHERE statement_id = ?2 AND document_id = ?3",
            fresh, statement, document);
        run(*m_db,
            "INSERT OR IGNORE INTO statement_variants (statement_id, original_id, document_id, match_key, date, "
            "places, "
            "figures) SELECT id, id, ?2, match_key, date, places, coalesce((SELECT "
            "json_group_array(json_array(measure, "
            "value)) FROM figures WHERE statement_id = ?1), '[]') FROM statements WHERE id = ?1",
            fresh, document);
        run(*m_db, "UPDATE statements SET pinned = 1 WHERE id IN (?1, ?2)", fresh, statement);
        refresh_statement_sources("id = ?1", fresh);
        index_places("id = ?1", fresh);
        // the claim left may have lost its first mention: it is dated by the earliest it
        // keeps and its documents are labelled anew (ingest redates and relabels only what
        // the document it writes can change)
        redate(sql::json_ids({statement, fresh}));
        label_reports("c.id = ?1", "SELECT rowid FROM edges WHERE relation = 'reports' AND to_id = ?1", {statement});
        record_correction(*m_db, "reject", statement, document);
        tx.commit();
    } catch (const SQLite::Exception& e) {
        throw Error(fmt::format("'{}': cannot reject the match: {}", m_path, e.what()));
    }
    return fresh;
}

void Store::add_dispute(const std::string& from, const std::string& to, const std::string& note) {
    SQLite::Statement q(*m_db,
                        "INSERT OR IGNORE INTO edges (relation, from_id, to_id, basis, evidence, confirmed) "
                        "VALUES ('disputes', ?, ?, 'curated', ?, 1)");
    q.bind(1, from);
    q.bind(2, to);
    q.bind(3, note);
    q.exec();
}

}  // namespace claimgraph::store
