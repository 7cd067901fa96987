// Small SQLiteCpp helpers shared by the store's translation units. Internal to src/store/.
#pragma once

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <vector>

#include <SQLiteCpp/SQLiteCpp.h>
#include <SQLiteCpp/VariadicBind.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "model/records.h"

namespace claimgraph::store::sql {

/// A condition that names every relation (model/edge.h), for the edges of a node found by
/// from_id or to_id alone: no index holds either column alone (schema 11), and with the
/// relation named the relation-led ones serve, UNIQUE (relation, from_id, …) and
/// edges_relation_to (relation, to_id, from_id). Prefixed by an alias as `"e." + …`.
inline const std::string kEveryRelation = "relation IN ('reports', 'attributes', 'disputes')";

/// Runs one statement with its parameters bound in order (?1, ?2, …); returns the rows it changed.
template <typename... Args>
int run(SQLite::Database& db, const std::string& text, const Args&... args) {
    SQLite::Statement q(db, text);
    SQLite::bind(q, args...);
    return q.exec();
}

/// Runs a prepared (cached) statement with its parameters bound in order (?1, ?2, …) and
/// resets it; returns the rows it changed. Preparing a statement costs more than running a
/// small one: what runs once per document or per merge is prepared once (Store::cached).
template <typename... Args>
int exec(SQLite::Statement& q, const Args&... args) {
    SQLite::bind(q, args...);
    const int changed = q.exec();
    q.reset();
    return changed;
}

/// The full-text query for what a person typed: one phrase (user text is never FTS
/// syntax: quotes, OR, NEAR are words), its words stemmed by the index's tokenizer
/// (porter: "killed" finds "killing"); a trailing `*` makes its last word a prefix ("kill*").
inline std::string search_phrase(std::string typed) {
    bool prefix = false;
    while (!typed.empty() && (typed.back() == '*' || typed.back() == ' ')) {
        prefix = prefix || typed.back() == '*';
        typed.pop_back();
    }
    // a prefix of nothing (a lone "*") is no prefix: the empty phrase matches nothing
    prefix =
        prefix && std::any_of(typed.begin(), typed.end(), [](unsigned char c) { return std::isalnum(c) || c >= 0x80; });
    std::string phrase = "\"";
    for (char c : typed) phrase += c == '"' ? std::string("\"\"") : std::string(1, c);
    return phrase + (prefix ? "\" *" : "\"");
}

/// The first column of every row a prepared query gives; the query is reset after.
inline std::vector<std::string> first_column(SQLite::Statement& q) {
    std::vector<std::string> out;
    while (q.executeStep()) out.push_back(q.getColumn(0).getString());
    q.reset();
    return out;
}

/// A byte offset, none when NULL or negative (a curated link's -1).
inline std::optional<std::size_t> offset(const SQLite::Column& c) {
    if (c.isNull() || c.getInt64() < 0) return std::nullopt;
    return static_cast<std::size_t>(c.getInt64());
}

inline std::optional<std::string> opt(const SQLite::Column& c) {
    if (c.isNull()) return std::nullopt;
    return c.getString();
}

inline void bind_opt(SQLite::Statement& q, int i, const std::optional<std::string>& v) {
    if (v)
        q.bind(i, *v);
    else
        q.bind(i);
}

/// A source's key as ingest and import write it (?1 key, ?2 source; ?3 kind for the other):
/// a name's is kept by whoever holds it first; a surname, title, role or spelling key that
/// two sources would hold maps to no one ("").
inline constexpr const char* kInsertNameKey =
    "INSERT OR IGNORE INTO source_keys (key, source_id, kind) VALUES (?1, ?2, 'name')";
inline constexpr const char* kInsertOtherKey =
    "INSERT INTO source_keys (key, source_id, kind) VALUES (?1, ?2, ?3) "
    "ON CONFLICT(key) DO UPDATE SET source_id = '' WHERE source_keys.kind <> 'name' "
    "AND source_keys.source_id <> excluded.source_id";

/// The edges table's columns, in the order bind_edge binds them (?1 … ?17).
inline constexpr const char* kEdgeColumns =
    "relation, from_id, to_id, document_id, start, end, evidence, cue, cue_start, cue_end, spans, kind, basis, "
    "match, measure, confidence, confirmed";

/// Binds an edge's fields to ?1 … ?17 of an INSERT INTO edges (kEdgeColumns): an absent
/// offset is -1, absent text '', an absent confidence NULL. The one place an edge
/// becomes a row (ingest and import alike).
inline void bind_edge(SQLite::Statement& q, const Edge& e) {
    const auto offset = [](const std::optional<std::size_t>& v) { return v ? static_cast<int64_t>(*v) : int64_t{-1}; };
    q.bind(1, to_string(e.relation));
    q.bind(2, e.from);
    q.bind(3, e.to);
    q.bind(4, e.document);
    q.bind(5, offset(e.start));
    q.bind(6, offset(e.end));
    q.bind(7, e.text);
    q.bind(8, e.cue);
    q.bind(9, offset(e.cue_start));
    q.bind(10, offset(e.cue_end));
    q.bind(11, e.spans.empty() ? std::string() : spans_json(e.spans));
    q.bind(12, e.kind);
    q.bind(13, e.basis);
    q.bind(14, e.match);
    q.bind(15, e.measure);
    if (e.confidence)
        q.bind(16, *e.confidence);
    else
        q.bind(16);
    q.bind(17, e.confirmed ? 1 : 0);
}

/// Figures as statement_variants stores them: [[measure, value], …].
inline std::vector<Figure> figures_from_json(const std::string& text) {
    std::vector<Figure> out;
    const auto j = nlohmann::json::parse(text, nullptr, false);
    if (!j.is_array()) return out;
    for (const auto& pair : j)
        if (pair.is_array() && pair.size() == 2 && pair[0].is_string() && pair[1].is_number_integer())
            out.push_back({pair[0].get<std::string>(),
                           pair[1].get<long long>(),
                           std::nullopt,
                           std::to_string(pair[1].get<long long>()),
                           {}});
    return out;
}

/// One stored statement as the resolver sees it, from a row of id, text, match_key, cue,
/// places, date, source_id, source name, figures ([[measure, value], …]) and pinned, in
/// that order (the variant look-ups' and Store::known_many's).
inline KnownStatement read_known(SQLite::Statement& q) {
    KnownStatement k;
    k.id = q.getColumn(0).getString();
    k.text = q.getColumn(1).getString();
    k.match_key = q.getColumn(2).getString();
    k.cue = q.getColumn(3).getString();
    k.places = q.getColumn(4).getString();
    k.date = opt(q.getColumn(5));
    k.source_id = q.getColumn(6).getString();
    k.source_name = q.getColumn(7).isNull() ? std::string() : q.getColumn(7).getString();
    k.figures = figures_from_json(q.getColumn(8).getString());
    k.pinned = q.getColumn(9).getInt() != 0;
    return k;
}

/// A JSON array of ids, for `json_each(?)` in a query.
inline std::string json_ids(const std::vector<std::string>& ids) { return nlohmann::json(ids).dump(); }

/// The place keys of a statement's `places` (space-separated); {""} when it names none.
inline std::vector<std::string> places_of(const std::string& places) {
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < places.size()) {
        std::size_t e = places.find(' ', i);
        if (e == std::string::npos) e = places.size();
        if (e > i) out.push_back(places.substr(i, e - i));
        i = e + 1;
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    if (out.empty()) out.push_back("");
    return out;
}

/// A statement's figures as one text ("killed=14 (at least); wounded=110").
inline std::string figures_text(const std::vector<Figure>& figures) {
    std::string out;
    for (const Figure& f : figures) {
        if (!out.empty()) out += "; ";
        out += fmt::format("{}={}", f.measure, f.value);
        if (f.qualifier) out += fmt::format(" ({})", *f.qualifier);
    }
    return out;
}

/// The figures of one statement, through a prepared "SELECT measure, value, qualifier,
/// text FROM figures WHERE statement_id = ?" that is reset for the next call.
inline std::vector<Figure> read_figures(SQLite::Statement& figs, const std::string& statement_id) {
    std::vector<Figure> out;
    figs.bind(1, statement_id);
    while (figs.executeStep())
        out.push_back({figs.getColumn(0).getString(),
                       figs.getColumn(1).getInt64(),
                       opt(figs.getColumn(2)),
                       figs.getColumn(3).getString(),
                       {}});
    figs.reset();
    return out;
}

// The claims each of whose documents' mentions the extractor gave less than
// :min_confidence (an agency's relay edge has no confidence of its own; a mention without
// one, curated or imported, keeps its claim): one rule for claims, render and report.
inline constexpr const char* kUnsureClaims =
    "SELECT e.to_id FROM edges e JOIN documents d ON d.id = e.from_id WHERE e.relation = 'reports' "
    "GROUP BY e.to_id HAVING count(e.confidence) = count(*) AND max(e.confidence) < :min_confidence";

/// The conditions a ClaimFilter puts on `statements st` (" AND …", named parameters), and
/// their values bound (store/claim_pages.cpp).
std::string claim_conditions(const ClaimFilter& f);
void bind_claim_filter(SQLite::Statement& q, const ClaimFilter& f);

}  // namespace claimgraph::store::sql
