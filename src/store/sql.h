// Small SQLiteCpp helpers shared by the store's translation units. Internal to src/store/.
#pragma once

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include <SQLiteCpp/SQLiteCpp.h>
#include <SQLiteCpp/VariadicBind.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "model/records.h"

namespace claimgraph::store::sql {

/// Runs one statement with its parameters bound in order (?1, ?2, …); returns the rows it changed.
template <typename... Args>
int run(SQLite::Database& db, const std::string& text, const Args&... args) {
    SQLite::Statement q(db, text);
    SQLite::bind(q, args...);
    return q.exec();
}

/// The first column of every row a prepared query gives; the query is reset after.
inline std::vector<std::string> first_column(SQLite::Statement& q) {
    std::vector<std::string> out;
    while (q.executeStep()) out.push_back(q.getColumn(0).getString());
    q.reset();
    return out;
}

inline std::optional<std::string> opt(const SQLite::Column& c) {
    if (c.isNull()) return std::nullopt;
    return c.getString();
}

inline void bind_opt(SQLite::Statement& q, int i, const std::optional<std::string>& v) {
    if (v) q.bind(i, *v);
    else q.bind(i);
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

}  // namespace claimgraph::store::sql
