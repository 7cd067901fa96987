// The graph store: one SQLite file (DESIGN.md §5). The only place SQLiteCpp is used.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/records.h"

namespace SQLite {
class Database;
}

namespace claimgraph::store {

/// The schema version this build writes (PRAGMA user_version).
constexpr int kSchemaVersion = 1;

enum class OpenMode { read_only, read_write };

struct AddResult {
    bool added = false;  ///< false: the same content was already stored
    std::string document_id;
};

class Store {
public:
    /// Opens (and with read_write creates and migrates) the database at `path`
    /// (":memory:" in tests). Throws Error naming the file when it cannot be opened, is
    /// not a claimgraph database, or comes from a newer version.
    Store(const std::string& path, OpenMode mode);
    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    /// Adds a document and its graph in one transaction. Content already stored (by
    /// hash and text) adds nothing.
    AddResult add(const Batch& batch);

    std::vector<DocumentRow> documents() const;
    std::vector<SourceRow> sources() const;
    std::vector<ClaimRow> claims(const ClaimFilter& filter) const;

    /// Every node id starting with `prefix`, sorted (at most `limit`).
    std::vector<std::string> ids_with_prefix(const std::string& prefix, std::size_t limit = 10) const;

    /// The nodes within `depth` hops of `id`, following edges both ways, loaded with
    /// recursive queries (never the whole graph); a negative depth means unbounded upstream
    /// and one step downstream — what trace needs.
    GraphData neighbourhood(const std::string& id, int depth) const;

    /// The whole graph, for rendering and export.
    GraphData graph() const;

private:
    void migrate();
    GraphData load(const std::vector<std::string>& node_ids, bool all) const;

    std::unique_ptr<SQLite::Database> m_db;
    std::string m_path;
};

}  // namespace claimgraph::store
