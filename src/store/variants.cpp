// The mentions of each claim (statement_variants, model/records.h Variant): what the
// resolver compares a new statement with, and how claims that one mention joins are merged.
#include <sqlite3.h>

#include <algorithm>
#include <map>

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "store/sql.h"
#include "store/store.h"

namespace claimgraph::store {

namespace {

using sql::exec;

// A variant's figures as stored: [[measure, value], …], sorted.
std::string figures_json(const std::vector<Figure>& figures) {
    std::vector<std::pair<std::string, long long>> pairs;
    for (const Figure& f : figures) pairs.emplace_back(f.measure, f.value);
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    nlohmann::json out = nlohmann::json::array();
    for (const auto& [m, v] : pairs) out.push_back({m, v});
    return out.dump();
}

// The columns variant look-ups read, in the order sql::read_known takes them: what claim
// matching compares (resolve::match_kind) and the claim's pinned state; not the claim's
// text, cue or speaker's name (a look-up reads hundreds of mentions, and those would cost
// a row of the sources table and a copy of the text each).
constexpr const char* kVariantColumns =
    "v.statement_id, '', v.match_key, '', v.places, v.date, v.source_id, NULL, v.figures, st.pinned "
    "FROM statement_variants v JOIN statements st ON st.id = v.statement_id";

}  // namespace

// The mentions matching `where` (on `v`, ?1 bound to `bind`) dated within the window, at
// most kCandidates on each side of its center (the nearest in time, then by claim) and
// kCandidates undated, sorted by claim, words and date: bounded work per look-up, in an
// order that does not depend on the order of ingest.
std::vector<KnownStatement> Store::variants_where(const std::string& where, const std::string& bind,
                                                  const DateWindow& window) const {
    const std::string base = std::string("SELECT ") + kVariantColumns + " WHERE " + where;
    const std::string limit = " LIMIT " + std::to_string(kCandidates);
    std::vector<KnownStatement> out;
    const auto read = [&](const std::string& sql, const std::vector<std::string>& dates) {
        SQLite::Statement& q = cached(sql);
        q.bind(1, bind);
        for (std::size_t i = 0; i < dates.size(); ++i) q.bind(static_cast<int>(i + 2), dates[i]);
        while (q.executeStep()) out.push_back(sql::read_known(q));
        q.reset();
    };
    const bool windowed = !window.from.empty() || !window.to.empty();
    if (!windowed) {
        read(base + " ORDER BY v.date, v.statement_id" + limit, {});
    } else {
        const std::string& center = window.center.empty() ? window.from : window.center;
        read(base + " AND v.date >= ?2 AND v.date < ?3 ORDER BY v.date, v.statement_id" + limit, {center, window.to});
        read(base + " AND v.date >= ?2 AND v.date < ?3 ORDER BY v.date DESC, v.statement_id DESC" + limit,
             {window.from, center});
        read(base + " AND v.date IS NULL ORDER BY v.statement_id" + limit, {});
    }
    std::sort(out.begin(), out.end(), [](const KnownStatement& a, const KnownStatement& b) {
        return std::tie(a.id, a.match_key, a.date, a.places) < std::tie(b.id, b.match_key, b.date, b.places);
    });
    return out;
}

std::vector<KnownStatement> Store::statements_by_source(const std::string& source_id, const DateWindow& window) const {
    if (!m_batch || m_mentions.refused(source_id)) return variants_where("v.source_id = ?1", source_id, window);
    const std::string& center = window.center.empty() ? window.from : window.center;
    const std::vector<MentionCache::Row>* rows =
        m_mentions.find(source_id, window.from, center, window.to, kCandidates);
    if (!rows) {
        m_mentions.hold(source_id, read_mentions(source_id, center));
        rows = m_mentions.find(source_id, window.from, center, window.to, kCandidates);
        if (!rows) return variants_where("v.source_id = ?1", source_id, window);  // too many to hold
    }
    std::vector<KnownStatement> out =
        MentionCache::window(*rows, source_id, window.from, center, window.to, kCandidates);
    std::sort(out.begin(), out.end(), [](const KnownStatement& a, const KnownStatement& b) {
        return std::tie(a.id, a.match_key, a.date, a.places) < std::tie(b.id, b.match_key, b.date, b.places);
    });
    return out;
}

// What MentionCache holds of a source: every row when it has few, else kMentionMargin rows
// or more on each side of `center` (whole days: the slice's bounds are dates) and the first
// kMentionMargin undated rows, so that any window about `center` is answered from it.
MentionCache::Slice Store::read_mentions(const std::string& source_id, const std::string& center) const {
    constexpr std::size_t kMentionMargin = 2 * kCandidates;
    static_assert(kMentionMargin < MentionCache::kWholeRows);
    MentionCache::Slice slice;
    // the date of a query's first row (null for none), its parameters bound after the source
    const auto date_at = [&](const char* sql, const auto&... args) -> std::optional<std::string> {
        SQLite::Statement& q = cached(sql);
        SQLite::bind(q, source_id, args...);
        std::optional<std::string> out = q.executeStep() ? sql::opt(q.getColumn(0)) : std::nullopt;
        q.reset();
        return out;
    };
    SQLite::Statement& count =
        cached("SELECT count(*) FROM (SELECT 1 FROM statement_variants WHERE source_id = ?1 LIMIT ?2)");
    count.bind(1, source_id);
    count.bind(2, static_cast<std::int64_t>(MentionCache::kWholeRows + 1));
    const bool whole = count.executeStep() && count.getColumn(0).getInt64() <= std::int64_t{MentionCache::kWholeRows};
    count.reset();
    std::string where = "v.source_id = ?1";
    std::vector<std::string> bounds;  // ?2, ?3 of `where`
    if (!whole) {
        // the margin-th dated row before the center, and the day after the margin-th from it
        const auto offset = static_cast<std::int64_t>(kMentionMargin - 1);
        slice.from = date_at(
            "SELECT date FROM statement_variants WHERE source_id = ?1 AND date < ?2 "
            "ORDER BY date DESC LIMIT 1 OFFSET ?3",
            center, offset);
        if (const auto last = date_at("SELECT date FROM statement_variants WHERE source_id = ?1 AND date >= ?2 "
                                      "ORDER BY date LIMIT 1 OFFSET ?3",
                                      center, offset))
            slice.to = date_at("SELECT min(date) FROM statement_variants WHERE source_id = ?1 AND date > ?2", *last);
        where += " AND v.date IS NOT NULL";
        for (const auto& [bound, op] : {std::pair{&slice.from, " >= "}, std::pair{&slice.to, " < "}}) {
            if (!*bound) continue;
            bounds.push_back(**bound);
            where += fmt::format(" AND v.date{}?{}", op, bounds.size() + 1);
        }
    }
    const auto read = [&](const std::string& sql, const std::vector<std::string>& binds, std::size_t most) {
        SQLite::Statement& q = cached(
            "SELECT v.statement_id, v.original_id, v.document_id, v.match_key, v.places, v.date, v.figures, st.pinned "
            "FROM statement_variants v JOIN statements st ON st.id = v.statement_id WHERE " +
            sql + " LIMIT " + std::to_string(most));
        q.bind(1, source_id);
        for (std::size_t i = 0; i < binds.size(); ++i) q.bind(static_cast<int>(i + 2), binds[i]);
        std::size_t n = 0;
        while (q.executeStep()) {
            MentionCache::Row& r = slice.rows.emplace_back();
            r.claim = q.getColumn(0).getString();
            r.original = q.getColumn(1).getString();
            r.document = q.getColumn(2).getString();
            r.match_key = q.getColumn(3).getString();
            r.places = q.getColumn(4).getString();
            r.date = sql::opt(q.getColumn(5));
            r.figures = sql::figures_from_json(q.getColumn(6).getString());
            r.pinned = q.getColumn(7).getInt() != 0;
            ++n;
        }
        q.reset();
        return n;
    };
    // (one more than a slice may hold: the cache then refuses the source)
    read(where, bounds, MentionCache::kMostRows + 1);
    if (!whole && read("v.source_id = ?1 AND v.date IS NULL ORDER BY v.statement_id, v.original_id, v.document_id", {},
                       kMentionMargin + 1) > kMentionMargin) {
        slice.rows.pop_back();  // the first kMentionMargin undated rows, not all of them
        slice.all_undated = false;
    }
    return slice;
}

void Store::prepare_mentions() {
    const std::int64_t version = m_db->execAndGet("PRAGMA data_version").getInt64();
    const std::int64_t changes = sqlite3_total_changes64(m_db->getHandle());
    if (version != m_mentions_version || changes != m_mentions_changes) m_mentions.clear();
    m_mentions_version = version;
}

void Store::forget_mentions_of(const std::string& ids) {
    if (m_mentions.bytes() == 0) return;
    SQLite::Statement& q = cached(
        "SELECT DISTINCT source_id FROM statement_variants WHERE statement_id IN (SELECT value FROM json_each(?1))");
    q.bind(1, ids);
    for (const std::string& source : sql::first_column(q)) m_mentions.forget(source);
}

std::vector<KnownStatement> Store::unattributed_by_match_key(const std::string& match_key,
                                                             const DateWindow& window) const {
    return variants_where("v.match_key = ?1 AND v.source_id = ''", match_key, window);
}

std::vector<std::string> Store::ids_by_match_key(const std::string& match_key, const std::string& source_id) const {
    SQLite::Statement& q =
        cached("SELECT DISTINCT statement_id FROM statement_variants WHERE match_key = ?1 AND source_id = ?2");
    q.bind(1, match_key);
    q.bind(2, source_id);
    std::vector<std::string> ids = sql::first_column(q);
    std::sort(ids.begin(), ids.end());  // here, not in SQL: ORDER BY could draw the planner to another index
    return ids;
}

void Store::write_variants(const std::vector<Variant>& variants) {
    // (RETURNING: a row only when the table took one, with the speaker it was filed under)
    SQLite::Statement& q = cached(
        "INSERT OR IGNORE INTO statement_variants (statement_id, original_id, document_id, source_id, match_key, date, "
        "places, figures) VALUES (?1, ?2, ?3, coalesce((SELECT source_id FROM statements WHERE id = ?1), ''), ?4, ?5, "
        "?6, ?7) RETURNING source_id");
    SQLite::Statement& pinned = cached("SELECT pinned FROM statements WHERE id = ?1");
    for (const Variant& v : variants) {
        const std::string figures = figures_json(v.figures);
        q.bind(1, v.statement_id);
        q.bind(2, v.original_id);
        q.bind(3, v.document_id);
        q.bind(4, v.match_key);
        sql::bind_opt(q, 5, v.date);
        q.bind(6, v.places);
        q.bind(7, figures);
        const std::optional<std::string> source =
            q.executeStep() ? std::optional(q.getColumn(0).getString()) : std::nullopt;
        q.reset();  // (SQLite made the insert at the first step)
        if (!source || !m_batch || !m_mentions.find(*source)) continue;
        // a source held in memory takes the row as the table did
        MentionCache::Row r{v.statement_id, v.original_id, v.document_id, v.match_key, v.places, v.date, {}, false};
        r.figures = sql::figures_from_json(figures);
        pinned.bind(1, v.statement_id);
        r.pinned = pinned.executeStep() && pinned.getColumn(0).getInt() != 0;
        pinned.reset();
        m_mentions.add(*source, std::move(r));
    }
}

void Store::merge_statement_locked(const std::string& keep, const std::string& other, const std::string& how) {
    if (keep == other) return;
    SQLite::Statement& has = cached("SELECT 1 FROM statements WHERE id = ?");
    has.bind(1, keep);
    const bool exists = has.executeStep();
    has.reset();
    if (!exists) throw Error(fmt::format("internal error: a merge into statement '{}', which is not stored", keep));
    has.bind(1, other);
    const bool gone = !has.executeStep();
    has.reset();
    if (gone) return;  // merged already
    // the documents that carried `other` carry `keep`, matched as the new mention matched
    exec(cached("UPDATE edges SET match = ?1 WHERE relation = 'reports' AND to_id = ?2 AND match = ''"), how, other);
    move_edges(keep, other);
    exec(cached("INSERT OR IGNORE INTO figures (statement_id, measure, value, qualifier, text) "
                "SELECT ?1, measure, value, qualifier, text FROM figures WHERE statement_id = ?2"),
         keep, other);
    exec(cached("INSERT OR IGNORE INTO statement_places (place, date, statement_id) "
                "SELECT place, date, ?1 FROM statement_places WHERE statement_id = ?2"),
         keep, other);
    exec(cached("DELETE FROM statement_places WHERE statement_id = ?1"), other);
    forget_mentions_of(sql::json_ids({other}));  // (the rows of `keep` stay as they are)
    exec(cached("UPDATE OR IGNORE statement_variants SET statement_id = ?1 WHERE statement_id = ?2"), keep, other);
    exec(cached("DELETE FROM statement_variants WHERE statement_id = ?1"), other);
    // its full-text row: still waiting for the batch's COMMIT, or in the index
    SQLite::Statement& rowid = cached("SELECT rowid FROM statements WHERE id = ?1");
    rowid.bind(1, other);
    const bool waiting = rowid.executeStep() && drop_fulltext(rowid.getColumn(0).getInt64());
    rowid.reset();
    if (!waiting)
        exec(cached("INSERT INTO statements_fts (statements_fts, rowid, text) SELECT 'delete', rowid, text FROM "
                    "statements WHERE id = ?1"),
             other);
    exec(cached("DELETE FROM statements WHERE id = ?1"), other);  // its figures go with it (ON DELETE CASCADE)
    exec(cached("UPDATE verdicts SET statement_id = ?1 WHERE statement_id = ?2"), keep, other);  // in their order
    // its id, and those that led to it, lead to `keep`
    exec(cached("UPDATE statement_redirects SET new_id = ?1 WHERE new_id = ?2"), keep, other);
    exec(cached("INSERT OR REPLACE INTO statement_redirects (old_id, new_id) VALUES (?1, ?2)"), other, keep);
    exec(cached("DELETE FROM statement_redirects WHERE old_id = ?1"), keep);
}

// How each document's mention matched its claim: none for the claim's first mention (its
// earliest document with the claim's own words), whichever came first; a mention that was
// first until now is an exact copy (the claim's words) or a near one. `claims` (a condition
// on `c`, a statement) chooses the claims; `mentions` (a query of edges' rowids that may
// read `first`, each claim's first document) the reports edges labelled.
void Store::label_reports(const std::string& claims, const std::string& mentions,
                          const std::vector<std::string>& binds) {
    // (an edge whose label stays is not written: an update rewrites the row and its indexes)
    const std::string label =
        "CASE WHEN from_id = (SELECT doc FROM first WHERE claim = edges.to_id) THEN '' "
        "WHEN match <> '' THEN match WHEN EXISTS (SELECT 1 FROM statement_variants v WHERE v.statement_id = "
        "edges.to_id AND v.original_id = edges.to_id AND v.document_id = edges.from_id) THEN 'exact' ELSE 'near' END";
    SQLite::Statement& q = cached(
        "WITH first(claim, doc) AS (SELECT c.id, (SELECT v.document_id FROM statement_variants v "
        "  JOIN documents d ON d.id = v.document_id WHERE v.statement_id = c.id AND v.original_id = c.id "
        "  ORDER BY coalesce(d.date, '~'), d.id LIMIT 1) FROM statements c WHERE " +
        claims + ") UPDATE edges SET match = " + label + " WHERE rowid IN (" + mentions +
        // (the unary plus keeps the planner on `mentions`, not on every edge of each claim)
        ") AND +relation = 'reports' AND +to_id IN (SELECT claim FROM first WHERE doc IS NOT NULL) "
        "AND EXISTS (SELECT 1 FROM documents WHERE id = edges.from_id) "  // (IN (SELECT …) read every document)
        "AND match IS NOT " +
        label);
    for (std::size_t i = 0; i < binds.size(); ++i) q.bind(static_cast<int>(i + 1), binds[i]);
    q.exec();
    q.reset();
}

std::map<std::string, std::string> Store::redirects(const std::vector<std::string>& ids) const {
    std::map<std::string, std::string> out;
    if (ids.empty()) return out;
    SQLite::Statement& q =
        cached("SELECT old_id, new_id FROM statement_redirects WHERE old_id IN (SELECT value FROM json_each(?1))");
    q.bind(1, sql::json_ids(ids));
    while (q.executeStep()) out.emplace(q.getColumn(0).getString(), q.getColumn(1).getString());
    q.reset();
    return out;
}

std::vector<std::string> Store::redirects_with_prefix(const std::string& prefix, std::size_t limit) const {
    SQLite::Statement& q = cached(
        "SELECT DISTINCT new_id FROM statement_redirects WHERE old_id >= ?1 AND old_id < ?2 "
        "ORDER BY new_id LIMIT ?3");
    q.bind(1, prefix);
    q.bind(2, prefix + '\xff');
    q.bind(3, static_cast<int64_t>(limit));
    std::vector<std::string> out = sql::first_column(q);
    return out;
}

}  // namespace claimgraph::store
