// The schema a database should have, compared with the one it has (issue 17): a table,
// column or index a user dropped, a trigger planted in a shared database, a damaged full-text
// index. Store opens refuse a damaged schema; `claimgraph doctor` reports and repairs.
#include <algorithm>
#include <map>
#include <mutex>

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include "store/schema.h"
#include "store/sql.h"
#include "store/store.h"

namespace claimgraph::store {

namespace {

struct SchemaObject {
    std::string type, name, table, sql;
    std::vector<std::string> columns;  ///< tables only
};

std::string squeeze(const std::string& sql) {
    std::string out;
    for (char c : sql) {
        const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
        if (space && (out.empty() || out.back() == ' ')) continue;
        out += space ? ' ' : c;
    }
    return out;
}

std::map<std::string, SchemaObject> read_schema(SQLite::Database& db) {
    std::map<std::string, SchemaObject> out;
    // the full-text index's own tables (statements_fts_data, …) are its business: it is
    // checked as a whole (repair)
    SQLite::Statement q(db,
                        "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master WHERE name NOT LIKE "
                        "'sqlite_%' AND name NOT LIKE 'statements_fts_%'");
    while (q.executeStep()) {
        SchemaObject o{q.getColumn(0).getString(),
                       q.getColumn(1).getString(),
                       q.getColumn(2).getString(),
                       squeeze(q.getColumn(3).getString()),
                       {}};
        out.emplace(o.name, std::move(o));
    }
    for (auto& [name, o] : out) {
        if (o.type != "table") continue;
        SQLite::Statement cols(db, "SELECT name FROM pragma_table_info(?)");
        cols.bind(1, name);
        while (cols.executeStep()) o.columns.push_back(cols.getColumn(0).getString());
    }
    return out;
}

}  // namespace

// The schema of a new database of this version: the migrations run in memory, once.
static const std::map<std::string, SchemaObject>& expected_schema() {
    static const std::map<std::string, SchemaObject> schema = [] {
        SQLite::Database db(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        Store::register_functions(db);
        for (std::string_view script : migrations()) db.exec(std::string(script));
        return read_schema(db);
    }();
    return schema;
}

std::vector<std::string> Store::schema_problems() const {
    std::vector<std::string> out;
    const auto actual = read_schema(*m_db);
    for (const auto& [name, want] : expected_schema()) {
        auto it = actual.find(name);
        if (it == actual.end() || it->second.type != want.type) {
            out.push_back(fmt::format("{} '{}' is missing", want.type, name));
            continue;
        }
        for (const std::string& c : want.columns)
            if (std::find(it->second.columns.begin(), it->second.columns.end(), c) == it->second.columns.end())
                out.push_back(fmt::format("table '{}' has no column '{}'", name, c));
        if (want.type == "index" && it->second.sql != want.sql)
            out.push_back(fmt::format("index '{}' was changed", name));
    }
    // claimgraph creates no trigger: one in the file runs someone else's SQL on every write
    for (const auto& [name, have] : actual)
        if (have.type == "trigger" && !expected_schema().count(name))
            out.push_back(fmt::format("trigger '{}' on '{}' was not created by claimgraph", name, have.table));
    return out;
}

std::vector<std::string> Store::repair() {
    std::vector<std::string> done;
    const auto actual = read_schema(*m_db);
    SQLite::Transaction tx(*m_db);
    for (const auto& [name, have] : actual)
        if (have.type == "trigger" && !expected_schema().count(name)) {
            m_db->exec(fmt::format("DROP TRIGGER \"{}\"", name));
            done.push_back(fmt::format("dropped trigger '{}'", name));
        }
    bool fts_made = false;
    for (const auto& [name, want] : expected_schema()) {
        auto it = actual.find(name);
        if (want.type == "index" && (it == actual.end() || it->second.sql != want.sql)) {
            if (it != actual.end()) m_db->exec(fmt::format("DROP INDEX \"{}\"", name));
            m_db->exec(want.sql);
            done.push_back(fmt::format("recreated index '{}'", name));
        } else if (name == "statements_fts" && it == actual.end()) {
            // the full-text index is derived from the statements: made anew and filled below
            for (const char* shadow : {"_data", "_idx", "_docsize", "_config"})
                m_db->exec(fmt::format("DROP TABLE IF EXISTS \"statements_fts{}\"", shadow));
            m_db->exec(want.sql);
            fts_made = true;
            done.push_back("recreated the full-text index");
        }
    }
    // a full-text index that disagrees with its statements is rebuilt from them
    if (fts_made || !fulltext_disagreement().empty()) {
        m_db->exec("INSERT INTO statements_fts(statements_fts) VALUES ('rebuild')");
        done.push_back("rebuilt the full-text index from the statements");
    }
    // a source with no name is named by the words of its first mention ("both" → "Both"),
    // as extraction names such a speaker now
    {
        SQLite::Statement named(
            *m_db,
            "UPDATE sources SET name = (SELECT upper(substr(trim(e.evidence), 1, 1)) || "
            "substr(trim(e.evidence), 2) FROM edges e WHERE e.relation = 'attributes' AND "
            "e.to_id = sources.id AND trim(e.evidence) <> '' ORDER BY e.document_id, e.start LIMIT 1) "
            "WHERE trim(name) = '' AND EXISTS (SELECT 1 FROM edges e WHERE e.relation = 'attributes' "
            "AND e.to_id = sources.id AND trim(e.evidence) <> '') RETURNING id, name");
        while (named.executeStep())
            done.push_back(fmt::format("named source {} '{}' by its first mention", named.getColumn(0).getString(),
                                       named.getColumn(1).getString()));
    }
    // the presumptions are derived from the sources: computed anew
    if (refresh_presumed()) done.push_back("computed anew who sources named alone presumably are");
    tx.commit();
    return done;
}

std::string Store::fulltext_disagreement() const {
    try {
        m_db->exec("INSERT INTO statements_fts (statements_fts, rank) VALUES ('integrity-check', 1)");
        return "";
    } catch (const SQLite::Exception& e) {
        return e.what();
    }
}

std::vector<std::string> Store::quick_check() const {
    std::vector<std::string> out;
    SQLite::Statement q(*m_db, "PRAGMA quick_check");
    while (q.executeStep())
        if (std::string line = q.getColumn(0).getString(); line != "ok") {
            for (char& c : line)
                if (c == '\n') c = ' ';  // one finding, one line
            out.push_back(std::move(line));
        }
    return out;
}

}  // namespace claimgraph::store
