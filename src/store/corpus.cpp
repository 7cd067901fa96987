// Store: what the resolver asks of earlier documents — statements by id, by speaker, cue,
// measure or event, a source by key, documents sharing shingles — and the indexes of
// places and statement sources it keeps in step.
#include "store/store.h"

#include <algorithm>
#include <map>

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "store/sql.h"
#include "util/error.h"

namespace claimgraph::store {

namespace {

using sql::first_column;
using sql::opt;
using sql::places_of;

}  // namespace

// One indexed look-up per id, in id order: a list of ids bound as JSON (`IN (SELECT value
// FROM json_each(?))`) cost a parse of the list and a temporary B-tree at every call.
std::vector<KnownStatement> Store::known_many(const std::vector<std::string>& ids) const {
    std::vector<KnownStatement> out;
    if (ids.empty()) return out;
    std::vector<std::string> sorted = ids;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    SQLite::Statement& q = cached(
        // figures from their own table below: a claim's, not one mention's
        "SELECT st.id, st.text, st.match_key, st.cue, st.places, st.date, st.source_id, src.name, '[]', st.pinned "
        "FROM statements st LEFT JOIN sources src ON src.id = st.source_id WHERE st.id = ?1");
    SQLite::Statement& figs =
        cached("SELECT measure, value, qualifier, text FROM figures WHERE statement_id = ?1 ORDER BY measure, value");
    for (const std::string& id : sorted) {
        q.bind(1, id);
        const bool found = q.executeStep();
        if (found) out.push_back(sql::read_known(q));
        q.reset();
        if (!found) continue;
        figs.bind(1, id);
        while (figs.executeStep()) {
            Figure f;
            f.measure = figs.getColumn(0).getString();
            f.value = figs.getColumn(1).getInt64();
            f.qualifier = opt(figs.getColumn(2));
            f.text = figs.getColumn(3).getString();
            out.back().figures.push_back(std::move(f));
        }
        figs.reset();
    }
    return out;
}

void Store::index_places(const std::string& where, const std::string& bind) {
    for (const char* insert :
         {"WITH RECURSIVE split(id, date, rest, place) AS ("
          " SELECT id, coalesce(date, ''), places || ' ', '' FROM statements WHERE {} "
          " UNION ALL SELECT id, date, substr(rest, instr(rest, ' ') + 1), substr(rest, 1, instr(rest, ' ') - 1) "
          " FROM split WHERE rest <> '') "
          "INSERT OR IGNORE INTO statement_places (place, date, statement_id) SELECT place, date, id FROM split "
          "WHERE place <> ''",
          "INSERT OR IGNORE INTO statement_places (place, date, statement_id) "
          "SELECT '', coalesce(date, ''), id FROM statements WHERE trim(places) = '' AND ({})"}) {
        SQLite::Statement& q = cached(fmt::format(fmt::runtime(insert), where));
        if (!bind.empty()) q.bind(1, bind);
        q.exec();
        q.reset();
    }
}

void Store::refresh_statement_sources(const std::string& where, const std::string& bind) {
    // the statements `where` selects before the update: all their mentions are looked at
    SQLite::Statement& ids = cached("SELECT json_group_array(id) FROM statements WHERE " + where);
    if (!bind.empty()) ids.bind(1, bind);
    const std::string list = ids.executeStep() ? ids.getColumn(0).getString() : "[]";
    ids.reset();
    refresh_speakers(where, bind);
    refresh_mention_speakers(list);
}

std::vector<std::string> Store::refresh_speakers(const std::string& where, const std::string& bind) {
    // (a row whose value stays is not written: an update rewrites the row and its indexes)
    // (the least source id, read in the order of the edges' index: a claim that hundreds of
    // documents carry has as many mentions of its speaker, and the first stored one ends it)
    const std::string speaker =
        "coalesce((SELECT e.to_id FROM edges e WHERE e.relation = 'attributes' AND e.from_id = statements.id "
        "AND EXISTS (SELECT 1 FROM sources s WHERE s.id = e.to_id) ORDER BY e.to_id LIMIT 1), '')";
    SQLite::Statement& q = cached("UPDATE statements SET source_id = " + speaker + " WHERE (" + where +
                                  ") AND source_id IS NOT " + speaker + " RETURNING id");
    if (!bind.empty()) q.bind(1, bind);
    std::vector<std::string> changed = sql::first_column(q);
    q.reset();
    return changed;
}

void Store::refresh_mention_speakers(const std::string& ids) {
    if (m_mentions.bytes() > 0) {
        // the speakers that mentions leave and join are read again when next asked for
        SQLite::Statement& moving = cached(
            "SELECT v.source_id, coalesce(st.source_id, '') FROM statement_variants v JOIN statements st ON st.id = "
            "v.statement_id WHERE v.statement_id IN (SELECT value FROM json_each(?1)) AND v.source_id IS NOT "
            "st.source_id");
        moving.bind(1, ids);
        while (moving.executeStep()) {
            m_mentions.forget(moving.getColumn(0).getString());
            m_mentions.forget(moving.getColumn(1).getString());
        }
        moving.reset();
    }
    // their mentions are found under the same speaker
    SQLite::Statement& v = cached(
        "UPDATE statement_variants SET source_id = (SELECT source_id FROM statements WHERE id = "
        "statement_variants.statement_id) "
        "WHERE statement_id IN (SELECT value FROM json_each(?1)) AND source_id IS NOT (SELECT source_id FROM "
        "statements WHERE id = statement_variants.statement_id)");
    v.bind(1, ids);
    v.exec();
    v.reset();
}

void Store::redate(const std::string& ids) {
    // a claim is dated by its earliest dated mention; one with no dated mention keeps its date
    const char* earliest = "(SELECT min(date) FROM statement_variants v WHERE v.statement_id = statements.id)";
    SQLite::Statement& q = cached(fmt::format(
        "UPDATE statements SET date = {0} WHERE id IN (SELECT value FROM json_each(?1)) AND {0} IS NOT NULL AND "
        "date IS NOT {0} RETURNING id",
        earliest));
    q.bind(1, ids);
    const std::vector<std::string> changed = sql::first_column(q);
    q.reset();
    if (changed.empty()) return;
    const std::string list = sql::json_ids(changed);
    sql::exec(cached("DELETE FROM statement_places WHERE statement_id IN (SELECT value FROM json_each(?1))"), list);
    index_places("id IN (SELECT value FROM json_each(?1))", list);
}

SQLite::Statement& Store::cached(const std::string& sql) const {
    auto [it, fresh] = m_statements.try_emplace(sql);
    if (fresh) it->second = std::make_unique<SQLite::Statement>(*m_db, sql);
    it->second->tryReset();  // reset() would throw the error of a step that failed before
    it->second->clearBindings();
    return *it->second;
}

std::vector<KnownStatement> Store::known_list(const std::string& sql, const std::string& bind,
                                              const DateWindow& window) const {
    std::vector<std::string> ids;
    {
        // the window narrows the candidates by the statement's date (undated ones stay); the
        // date condition sits in the query itself so that the (key, date) indexes serve it
        const bool windowed = !window.from.empty() || !window.to.empty();
        SQLite::Statement& q =
            cached(windowed ? sql + " AND date >= ?2 AND date < ?3 UNION ALL " + sql + " AND date IS NULL" : sql);
        q.bind(1, bind);
        if (windowed) {
            q.bind(2, window.from);
            q.bind(3, window.to);
        }
        ids = first_column(q);
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return known_many(ids);
}

std::optional<std::string> Store::source_for_key(const std::string& key) const {
    SQLite::Statement& q = cached("SELECT source_id FROM source_keys WHERE key = ?");
    q.bind(1, key);
    if (!q.executeStep()) return std::nullopt;
    std::string id = q.getColumn(0).getString();
    q.reset();
    return id;
}

std::optional<SourceType> Store::source_type(const std::string& id) const {
    SQLite::Statement& q = cached("SELECT type FROM sources WHERE id = ?");
    q.bind(1, id);
    if (!q.executeStep()) return std::nullopt;
    const auto type = source_type_from_string(q.getColumn(0).getString());
    q.reset();
    return type;
}

std::optional<std::string> Store::source_name(const std::string& id) const {
    SQLite::Statement& q = cached("SELECT name FROM sources WHERE id = ?");
    q.bind(1, id);
    if (!q.executeStep()) return std::nullopt;
    std::string name = q.getColumn(0).getString();
    q.reset();
    return name;
}

bool Store::source_pinned(const std::string& id) const {
    SQLite::Statement& q = cached("SELECT pinned FROM sources WHERE id = ?");
    q.bind(1, id);
    const bool pinned = q.executeStep() && q.getColumn(0).getInt() != 0;
    q.reset();
    return pinned;
}

bool Store::has_statement(const std::string& id) const {
    SQLite::Statement& q = cached("SELECT 1 FROM statements WHERE id = ?");
    q.bind(1, id);
    const bool found = q.executeStep();
    q.reset();
    return found;
}

std::vector<resolve::ClaimState> Store::claim_states(const std::vector<std::string>& ids) const {
    std::vector<resolve::ClaimState> out;
    if (ids.empty()) return out;
    SQLite::Statement& q =
        cached("SELECT id, date, pinned FROM statements WHERE id IN (SELECT value FROM json_each(?1)) ORDER BY id");
    q.bind(1, sql::json_ids(ids));
    while (q.executeStep())
        out.push_back({q.getColumn(0).getString(), opt(q.getColumn(1)), q.getColumn(2).getInt() != 0});
    q.reset();
    return out;
}

std::optional<std::string> Store::statement_source(const std::string& id) const {
    SQLite::Statement& q = cached("SELECT coalesce(source_id, '') FROM statements WHERE id = ?");
    q.bind(1, id);
    std::optional<std::string> source;
    if (q.executeStep()) source = q.getColumn(0).getString();
    q.reset();
    return source;
}

// The statements that may be of the same event as one with these places, dated within the
// window (resolve::same_event: a shared place when both name one, dates within days), and
// passing `filter` (an SQL condition on statement id `c.id`, ?1 bound to `bind`).
std::vector<KnownStatement> Store::event_candidates(const std::string& filter, const std::string& bind,
                                                    const std::string& places, const DateWindow& window) const {
    std::vector<std::string> keys = places_of(places);
    if (keys.size() > 1) keys.push_back("");  // "" rows: statements that name no place
    const bool windowed = !window.from.empty() || !window.to.empty();
    // no place of its own: every statement of the window may be of its event (by date);
    // else those of its places (by place and date). At most kCandidates on each side of the
    // window's center, the nearest in time, so that an event reported thousands of times
    // costs each new document the same.
    const bool any_place = !(keys.size() == 1 && keys.front().empty());
    const std::string limit = " LIMIT " + std::to_string(kCandidates);
    std::vector<std::string> ids;
    const auto read = [&](const std::string& sql, const std::vector<std::string>& params) {
        SQLite::Statement& q = cached(sql);
        q.bind(1, bind);
        for (std::size_t i = 0; i < params.size(); ++i) q.bind(static_cast<int>(i + 2), params[i]);
        while (q.executeStep()) ids.push_back(q.getColumn(0).getString());
        q.reset();
    };
    const std::string& center = window.center.empty() ? window.from : window.center;
    if (!any_place) {
        const std::string base = "SELECT c.id FROM statements c WHERE " + filter;
        if (!windowed) {
            read(base + " ORDER BY c.date, c.id" + limit, {});
        } else {
            read(base + " AND c.date >= ?2 AND c.date < ?3 ORDER BY c.date, c.id" + limit, {center, window.to});
            read(base + " AND c.date >= ?2 AND c.date < ?3 ORDER BY c.date DESC, c.id DESC" + limit,
                 {window.from, center});
            read(base + " AND c.date IS NULL ORDER BY c.id" + limit, {});
        }
    } else {
        const std::string base =
            "SELECT c.id FROM (SELECT statement_id AS id, date FROM statement_places WHERE place = ?2) c WHERE " +
            filter;
        for (const std::string& place : keys) {
            if (!windowed) {
                read(base + " ORDER BY c.date, c.id" + limit, {place});
            } else {
                read(base + " AND c.date >= ?3 AND c.date < ?4 ORDER BY c.date, c.id" + limit,
                     {place, center, window.to});
                read(base + " AND c.date >= ?3 AND c.date < ?4 ORDER BY c.date DESC, c.id DESC" + limit,
                     {place, window.from, center});
                read(base + " AND c.date = '' ORDER BY c.id" + limit, {place});
            }
        }
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return known_many(ids);
}

std::vector<KnownStatement> Store::statements_with_cue(const std::string& cue, const std::string& places,
                                                       const DateWindow& window) const {
    return event_candidates("EXISTS (SELECT 1 FROM statements s WHERE s.id = c.id AND s.cue = ?1)", cue, places,
                            window);
}

std::vector<KnownStatement> Store::statements_with_measure(const std::string& measure, const std::string& places,
                                                           const DateWindow& window) const {
    return event_candidates("EXISTS (SELECT 1 FROM figures f WHERE f.statement_id = c.id AND f.measure = ?1)", measure,
                            places, window);
}

std::vector<KnownStatement> Store::statements_with_figures(const std::string& measure) const {
    return known_list("SELECT DISTINCT statement_id FROM figures WHERE ?1 = '' OR measure = ?1", measure);
}

std::vector<KnownStatement> Store::statements_in_event(const std::string& except_id, const std::string& places,
                                                       const DateWindow& window) const {
    return event_candidates("c.id <> ?1", except_id, places, window);
}

}  // namespace claimgraph::store
