#include "store/store.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <limits>
#include <set>
#include <unordered_set>

#include <SQLiteCpp/SQLiteCpp.h>
#include <SQLiteCpp/VariadicBind.h>
#include <sqlite3.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "model/document.h"
#include "store/schema.h"
#include "store/sql.h"
#include "util/error.h"
#include "util/hash.h"
#include "util/text.h"

namespace claimgraph::store {

namespace {

using sql::bind_opt;
using sql::first_column;
using sql::json_ids;
using sql::opt;
using sql::places_of;
using sql::run;

std::string figures_text(const std::vector<Figure>& figures) {
    std::string out;
    for (const Figure& f : figures) {
        if (!out.empty()) out += "; ";
        out += fmt::format("{}={}", f.measure, f.value);
        if (f.qualifier) out += fmt::format(" ({})", *f.qualifier);
    }
    return out;
}

// The figures of one statement, through a prepared "SELECT measure, value, qualifier,
// text FROM figures WHERE statement_id = ?" that is reset for the next call.
std::vector<Figure> read_figures(SQLite::Statement& figs, const std::string& statement_id) {
    std::vector<Figure> out;
    figs.bind(1, statement_id);
    while (figs.executeStep())
        out.push_back({figs.getColumn(0).getString(), figs.getColumn(1).getInt64(), opt(figs.getColumn(2)),
                       figs.getColumn(3).getString(), {}});
    figs.reset();
    return out;
}

}  // namespace

namespace {

// better_name(a, b) in SQL: 1 when name a is the one to show rather than b.
void better_name_sql(sqlite3_context* ctx, int, sqlite3_value** argv) {
    const auto text_of = [](sqlite3_value* v) {
        const auto* p = reinterpret_cast<const char*>(sqlite3_value_text(v));
        return p ? std::string_view(p, static_cast<std::size_t>(sqlite3_value_bytes(v))) : std::string_view();
    };
    sqlite3_result_int(ctx, text::better_name(text_of(argv[0]), text_of(argv[1])) ? 1 : 0);
}

// better_role(a, b) in SQL: 1 when role a is the one to show rather than b.
void better_role_sql(sqlite3_context* ctx, int, sqlite3_value** argv) {
    const auto text_of = [](sqlite3_value* v) {
        const auto* p = reinterpret_cast<const char*>(sqlite3_value_text(v));
        return p ? std::string_view(p, static_cast<std::size_t>(sqlite3_value_bytes(v))) : std::string_view();
    };
    sqlite3_result_int(ctx, text::better_role(text_of(argv[0]), text_of(argv[1])) ? 1 : 0);
}

// type_strength(type) in SQL: which of two types a source keeps (the stronger, so that the
// type does not depend on the order of ingest): agency 5, outlet 4, organization 3,
// person 2, collective 1, anonymous and anything else 0.
void type_strength_sql(sqlite3_context* ctx, int, sqlite3_value** argv) {
    const auto* p = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    const std::string_view t = p ? p : "";
    const int strength = t == "agency" ? 5 : t == "outlet" ? 4 : t == "organization" ? 3 : t == "person" ? 2
                         : t == "collective" ? 1 : 0;
    sqlite3_result_int(ctx, strength);
}

// publication_identity(text, title, outlet, date, url, author) in SQL: Document::identity
// of a stored row (the 5 → 6 migration).
void publication_identity_sql(sqlite3_context* ctx, int, sqlite3_value** argv) {
    const auto text_of = [](sqlite3_value* v) -> std::optional<std::string> {
        if (sqlite3_value_type(v) == SQLITE_NULL) return std::nullopt;
        const auto* p = reinterpret_cast<const char*>(sqlite3_value_text(v));
        return std::string(p ? p : "", static_cast<std::size_t>(sqlite3_value_bytes(v)));
    };
    const std::string id = publication_identity(text_of(argv[0]).value_or(""), text_of(argv[1]), text_of(argv[2]),
                                                text_of(argv[3]), text_of(argv[4]), text_of(argv[5]));
    sqlite3_result_text(ctx, id.data(), static_cast<int>(id.size()), SQLITE_TRANSIENT);
}

}  // namespace

// CLAIMGRAPH_SQL_PROFILE=1: the time each SQL statement took in all, printed when the
// store closes (sqlite3_trace_v2's profile events): where the store spends its time.
struct SqlProfile {
    std::map<std::string, std::pair<std::uint64_t, std::uint64_t>> ns_and_runs;
    static int on_event(unsigned, void* self, void* stmt, void* ns) {
        const char* sql = sqlite3_sql(static_cast<sqlite3_stmt*>(stmt));
        auto& [total, runs] = static_cast<SqlProfile*>(self)->ns_and_runs[sql ? sql : "?"];
        total += static_cast<std::uint64_t>(*static_cast<sqlite3_int64*>(ns));
        ++runs;
        return 0;
    }
    ~SqlProfile() {
        std::vector<std::pair<std::uint64_t, std::string>> rows;
        for (const auto& [sql, t] : ns_and_runs)
            rows.emplace_back(t.first, fmt::format("{:9.1f} ms {:8} runs  {}", static_cast<double>(t.first) / 1e6, t.second,
                                                   sql.substr(0, 160)));
        std::sort(rows.rbegin(), rows.rend());
        for (const auto& [ns, line] : rows) std::fprintf(stderr, "%s\n", line.c_str());
    }
};


namespace {

// `path` as an SQLite URI filename (https://sqlite.org/uri.html): '%', '?' and '#' and
// bytes outside printable ASCII percent-encoded.
std::string file_uri(const std::string& path) {
    std::string uri = "file:";
    for (unsigned char c : path) {
        if (c <= ' ' || c >= 0x7F || c == '%' || c == '?' || c == '#') uri += fmt::format("%{:02X}", c);
        else uri += static_cast<char>(c);
    }
    return uri;
}

// Why a database cannot be written, before SQLite tries: the file, or the folder its
// -wal and -shm files go in. Empty when both can be written (or the file is new).
std::string unwritable(const std::string& path) {
    namespace fs = std::filesystem;
    if (path == ":memory:") return "";
    if (fs::exists(path) && ::access(path.c_str(), W_OK) != 0)
        return fmt::format("'{}': cannot write to the database: {}", path, std::strerror(errno));
    const fs::path parent = fs::absolute(path).parent_path();
    if (::access(parent.c_str(), W_OK) != 0)
        return fmt::format("'{}': cannot write in its folder '{}' (the database and its -wal and -shm files go there): {}",
                           path, parent.string(), std::strerror(errno));
    return "";
}

}  // namespace

void Store::register_functions(SQLite::Database& db) {
    db.createFunction("better_name", 2, true, nullptr, better_name_sql);
    db.createFunction("publication_identity", 6, true, nullptr, publication_identity_sql);
    db.createFunction("better_role", 2, true, nullptr, better_role_sql);
    db.createFunction("type_strength", 1, true, nullptr, type_strength_sql);
}

Store::Store(const std::string& path, OpenMode mode) : m_path(path) {
    namespace fs = std::filesystem;
    if (mode == OpenMode::read_only && path != ":memory:" && !fs::exists(path))
        throw Error(fmt::format("'{}': no such database (run 'claimgraph ingest' first)", path));
    if (mode == OpenMode::read_write)
        if (std::string why = unwritable(path); !why.empty()) throw Error(why);
    // opens `name` and returns its schema version; throws SQLite::Exception when, among
    // other things, a reader cannot set up the shared memory of a database in WAL mode
    const auto open = [&](const std::string& name, int flags) {
        m_db = std::make_unique<SQLite::Database>(name, flags, 5000);
        m_db->exec("PRAGMA foreign_keys = ON");
        return m_db->execAndGet("PRAGMA user_version").getInt();
    };
    try {
        const int flags = mode == OpenMode::read_only ? SQLite::OPEN_READONLY
                          : mode == OpenMode::doctor  ? SQLite::OPEN_READWRITE
                                                      : SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE;
        int version = 0;
        try {
            version = open(path, flags);
        } catch (const SQLite::Exception& e) {
            // a reader of a database it may not write (a published archive, a read-only
            // mount): SQLite cannot create the -shm file. With no -wal file beside it, no
            // writer is at work, and the file is read as it is.
            const int code = e.getErrorCode();
            if (mode != OpenMode::read_only || (code != SQLITE_READONLY && code != SQLITE_CANTOPEN) ||
                fs::exists(path + "-wal"))
                throw;
            version = open(file_uri(path) + "?immutable=1", SQLite::OPEN_READONLY | SQLite::OPEN_URI);
        }
        register_functions(*m_db);
        if (const char* p = std::getenv("CLAIMGRAPH_SQL_PROFILE"); p && *p && *p != '0') {
            m_profile = std::make_unique<SqlProfile>();
            sqlite3_trace_v2(m_db->getHandle(), SQLITE_TRACE_PROFILE, &SqlProfile::on_event, m_profile.get());
        }
        if (version > kSchemaVersion)
            throw Error(fmt::format("'{}': database schema version {} is newer than this claimgraph supports ({}); "
                                    "nothing was changed",
                                    path, version, kSchemaVersion));
        if (mode == OpenMode::read_write) {
            if (path != ":memory:") m_db->exec("PRAGMA journal_mode = WAL");
            // in WAL mode a commit is durable against a crash of the program at NORMAL; FULL
            // only adds an fsync per transaction against power loss
            m_db->exec("PRAGMA synchronous = NORMAL");
            // a batch of documents fits in the page cache (64 MB), so no page is written twice
            m_db->exec("PRAGMA cache_size = -65536");
            m_db->exec("PRAGMA temp_store = MEMORY");
            migrate();
        } else if (mode == OpenMode::read_only && version < kSchemaVersion) {
            throw Error(fmt::format("'{}': database schema version {} is older; open it with 'ingest' to upgrade",
                                    path, version));
        }
        if (mode != OpenMode::doctor) {
            // a table, column or index a user dropped, a trigger someone planted: refused
            // before any statement runs on it
            if (const auto damage = schema_problems(); !damage.empty())
                throw Error(fmt::format("'{}': database schema is damaged: {}{}; run 'claimgraph doctor'", path,
                                        damage.front(), damage.size() > 1 ? fmt::format(" (and {} more)", damage.size() - 1)
                                                                          : std::string()));
        }
        if (mode == OpenMode::read_write && path != ":memory:") {
            // a corrupt file is not written to: what it holds could be lost with the new
            if (const auto corrupt = quick_check(); !corrupt.empty())
                throw Error(fmt::format("'{}': the database is damaged (quick_check: {}); nothing was written; restore a "
                                        "copy or run 'claimgraph doctor'",
                                        path, corrupt.front()));
        }
    } catch (const SQLite::Exception& e) {
        if ((e.getErrorCode() & 0xFF) == SQLITE_BUSY)
            throw Error(fmt::format("'{}': another claimgraph is writing to this database; waited 5 s for it (try again "
                                    "when it is done)",
                                    path));
        throw Error(fmt::format("'{}': cannot open database: {}", path, e.what()));
    }
}

Store::~Store() {
    if (!m_batch) return;
    try {
        for (auto& [sql, statement] : m_statements) statement->reset();
        m_db->exec("ROLLBACK");  // an unfinished batch: the whole documents of it are not kept
    } catch (const SQLite::Exception&) {
    }
}

void Store::migrate() {
    const auto& scripts = migrations();
    while (true) {
        // the write lock first, then the version: two writers opening a new database at
        // once take turns (the second waits, then finds the schema made) instead of both
        // creating it
        SQLite::Transaction tx(*m_db, SQLite::TransactionBehavior::IMMEDIATE);
        const int version = m_db->execAndGet("PRAGMA user_version").getInt();
        if (version >= kSchemaVersion) return;  // the transaction is rolled back: nothing written
        m_db->exec(std::string(scripts[static_cast<std::size_t>(version)]));
        m_db->exec(fmt::format("PRAGMA user_version = {}", version + 1));
        tx.commit();
    }
}

namespace {

std::optional<std::string> attr_of(const std::map<std::string, std::string>& attrs, const char* key) {
    auto it = attrs.find(key);
    return it == attrs.end() ? std::nullopt : std::optional(it->second);
}

// "killed=14 (at least); wounded=110" (figures_text) back into figures; malformed parts
// are skipped (the graph-file reader has already vouched for the file).
std::vector<Figure> parse_figures(const std::string& text) {
    std::vector<Figure> out;
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t end = text.find("; ", i);
        if (end == std::string::npos) end = text.size();
        const std::string part = text.substr(i, end - i);
        i = end + 2;
        const std::size_t eq = part.find('=');
        if (eq == std::string::npos) continue;
        Figure f;
        f.measure = part.substr(0, eq);
        std::size_t used = 0;
        try {
            f.value = std::stoll(part.substr(eq + 1), &used);
        } catch (const std::exception&) {
            continue;
        }
        const std::string rest = part.substr(eq + 1 + used);
        if (rest.size() > 3 && rest.starts_with(" (") && rest.back() == ')') f.qualifier = rest.substr(2, rest.size() - 3);
        f.text = std::to_string(f.value);
        out.push_back(std::move(f));
    }
    return out;
}

}  // namespace

std::string Store::kind_conflict(const GraphData& g) const {
    // an id's kind never changes: a statement's id reused for a source (or a document's for
    // a statement) would make the stored node vanish from every listing and export
    const auto moved = [&] {
        std::vector<std::string> ids;
        for (const Node& n : g.nodes) ids.push_back(n.id);
        return redirects(ids);
    }();
    SQLite::Statement& kind = cached(
        "SELECT 'document' FROM documents WHERE id = ?1 UNION ALL SELECT 'statement' FROM statements WHERE id = ?1 "
        "UNION ALL SELECT 'source' FROM sources WHERE id = ?1");
    std::map<std::string, NodeKind> in_graph;
    for (const Node& n : g.nodes) {
        const std::string id = moved.count(n.id) ? moved.at(n.id) : n.id;
        if (auto [it, fresh] = in_graph.try_emplace(id, n.kind); !fresh && it->second != n.kind)
            return fmt::format("node '{}' is a {} and a {} in the graphs imported; nothing was imported", n.id,
                               to_string(it->second), to_string(n.kind));
        kind.bind(1, id);
        std::string stored;
        if (kind.executeStep()) stored = kind.getColumn(0).getString();
        kind.reset();
        if (!stored.empty() && stored != to_string(n.kind))
            return fmt::format("node '{}' is a {} in the graph and a {} in the database; nothing was imported", n.id,
                               to_string(n.kind), stored);
    }
    return "";
}

std::pair<std::size_t, std::size_t> Store::import_graph(const GraphData& given) {
    std::size_t nodes = 0, edges = 0;
    try {
        // a graph file may name a claim by an id that was merged into another since
        GraphData g = given;
        {
            std::vector<std::string> ids;
            for (const Node& n : g.nodes) ids.push_back(n.id);
            for (const Edge& e : g.edges) {
                ids.push_back(e.from);
                ids.push_back(e.to);
            }
            std::sort(ids.begin(), ids.end());
            ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
            const auto moved = redirects(ids);
            const auto now = [&](std::string& id) {
                if (auto it = moved.find(id); it != moved.end()) id = it->second;
            };
            for (Node& n : g.nodes) now(n.id);
            for (Edge& e : g.edges) {
                now(e.from);
                now(e.to);
            }
        }
        if (const std::string conflict = kind_conflict(g); !conflict.empty()) throw Error(conflict);
        SQLite::Transaction tx(*m_db);
        SQLite::Statement doc(*m_db, "INSERT OR IGNORE INTO documents (id, path, title, outlet, date, url, content_hash, text) "
                                     "VALUES (?,?,?,?,?,?,?, '')");
        SQLite::Statement stm(*m_db, "INSERT OR IGNORE INTO statements (id, text, kind, cue, date, match_key) "
                                     "VALUES (?,?,?,?,?,?)");
        SQLite::Statement fts(*m_db, "INSERT INTO statements_fts (rowid, text) SELECT rowid, text FROM statements WHERE id = ?");
        SQLite::Statement fig(*m_db, "INSERT OR IGNORE INTO figures (statement_id, measure, value, qualifier, text) "
                                     "VALUES (?,?,?,?,?)");
        SQLite::Statement src(*m_db, "INSERT OR IGNORE INTO sources (id, name, type, role) VALUES (?,?,?,?)");
        SQLite::Statement alias(*m_db, "INSERT OR IGNORE INTO source_aliases (source_id, alias) VALUES (?,?)");
        for (const Node& n : g.nodes) {
            const auto get = [&](const char* k) { return attr_of(n.attrs, k); };
            SQLite::Statement* q = nullptr;
            switch (n.kind) {
                case NodeKind::document:
                    doc.bind(1, n.id);
                    doc.bind(2, get("path").value_or(""));
                    bind_opt(doc, 3, get("title"));
                    bind_opt(doc, 4, get("outlet"));
                    bind_opt(doc, 5, get("date"));
                    bind_opt(doc, 6, get("url"));
                    doc.bind(7, "graph:" + n.id);  // no text came with it: the id stands for the content
                    q = &doc;
                    break;
                case NodeKind::statement:
                    stm.bind(1, n.id);
                    stm.bind(2, get("text").value_or(""));
                    stm.bind(3, get("form").value_or("indirect"));
                    stm.bind(4, get("cue").value_or(""));
                    bind_opt(stm, 5, get("date"));
                    stm.bind(6, get("match_key").value_or(""));
                    q = &stm;
                    break;
                case NodeKind::source:
                    src.bind(1, n.id);
                    src.bind(2, get("name").value_or(n.id));
                    src.bind(3, get("type").value_or("person"));
                    src.bind(4, get("role").value_or(""));
                    q = &src;
                    break;
            }
            const bool fresh = q->exec() > 0;
            q->reset();
            nodes += fresh ? 1 : 0;
            if (n.kind == NodeKind::statement && fresh) {
                fts.bind(1, n.id);
                fts.exec();
                fts.reset();
                for (const Figure& f : parse_figures(get("figures").value_or(""))) {
                    fig.bind(1, n.id);
                    fig.bind(2, f.measure);
                    fig.bind(3, static_cast<int64_t>(f.value));
                    bind_opt(fig, 4, f.qualifier);
                    fig.bind(5, f.text);
                    fig.exec();
                    fig.reset();
                }
            }
            if (n.kind == NodeKind::source) {
                std::vector<std::string> names{get("name").value_or(n.id)};
                const std::string all = get("aliases").value_or("");
                for (std::size_t i = 0; i < all.size();) {
                    std::size_t e = all.find("; ", i);
                    if (e == std::string::npos) e = all.size();
                    names.push_back(all.substr(i, e - i));
                    i = e + 2;
                }
                for (const std::string& a : names) {
                    alias.bind(1, n.id);
                    alias.bind(2, a);
                    alias.exec();
                    alias.reset();
                }
            }
        }
        SQLite::Statement edge(*m_db,
                               "INSERT INTO edges (relation, from_id, to_id, document_id, start, end, evidence, "
                               "cue, spans, kind, basis, match, measure, confirmed) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
                               // the same edge again: a person's confirmation is kept, nothing else changes
                               "ON CONFLICT (relation, from_id, to_id, document_id, start) DO UPDATE SET "
                               "confirmed = max(edges.confirmed, excluded.confirmed) WHERE excluded.confirmed > edges.confirmed");
        for (const Edge& e : g.edges) {
            const auto get = [&](const char* k) { return attr_of(e.attrs, k).value_or(""); };
            const auto number = [&](const char* k) -> int64_t {
                try {
                    return std::stoll(attr_of(e.attrs, k).value_or("-1"));
                } catch (const std::exception&) {
                    return -1;
                }
            };
            edge.bind(1, to_string(e.relation));
            edge.bind(2, e.from);
            edge.bind(3, e.to);
            edge.bind(4, get("document"));
            edge.bind(5, number("start"));
            edge.bind(6, number("end"));
            edge.bind(7, get("text"));
            edge.bind(8, get("cue"));
            edge.bind(9, get("spans"));
            edge.bind(10, get("kind"));
            edge.bind(11, get("basis"));
            edge.bind(12, get("match"));
            edge.bind(13, get("measure"));
            edge.bind(14, get("confirmed") == "1" ? 1 : 0);
            edges += edge.exec() > 0 ? 1 : 0;
            edge.reset();
        }
        // each new claim is its own mention, for later ingests to match
        run(*m_db,
            "INSERT OR IGNORE INTO statement_variants (statement_id, original_id, match_key, date, places, figures) "
            "SELECT id, id, match_key, date, places, coalesce((SELECT json_group_array(json_array(measure, value)) "
            "FROM figures WHERE statement_id = statements.id), '[]') FROM statements "
            "WHERE id NOT IN (SELECT statement_id FROM statement_variants)");
        refresh_statement_sources("source_id = ''", "");
        refresh_statement_sources("id IN (SELECT statement_id FROM statement_variants WHERE source_id = '')", "");
        index_places("id NOT IN (SELECT statement_id FROM statement_places)", "");
        tx.commit();
    } catch (const SQLite::Exception& e) {
        throw Error(fmt::format("'{}': cannot import the graph: {}", m_path, e.what()));
    }
    return {nodes, edges};
}

std::string Store::document_text(const std::string& id) const {
    SQLite::Statement q(*m_db, "SELECT text FROM documents WHERE id = ?");
    q.bind(1, id);
    return q.executeStep() ? q.getColumn(0).getString() : std::string();
}

std::vector<DocumentRow> Store::documents() const {
    std::vector<DocumentRow> out;
    SQLite::Statement q(*m_db,
                        "SELECT d.id, d.path, d.title, d.outlet, d.date, d.url, length(CAST(d.text AS BLOB)), "
                        "(SELECT count(DISTINCT e.to_id) FROM edges e JOIN statements s ON s.id = e.to_id "
                        " WHERE e.from_id = d.id AND e.relation = 'reports') "
                        "FROM documents d ORDER BY d.date IS NULL, d.date, d.path, d.id");
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

std::vector<SourceRow> Store::sources() const {
    std::vector<SourceRow> out;
    SQLite::Statement q(*m_db,
                        "SELECT s.id, s.name, s.type, s.role, "
                        "(SELECT min(e.to_id) FROM edges e JOIN sources b ON b.id = e.to_id "
                        " WHERE e.from_id = s.id AND e.relation = 'attributes'), "
                        "(SELECT count(DISTINCT e.document_id) FROM edges e WHERE e.to_id = s.id OR e.from_id = s.id), "
                        "(SELECT count(DISTINCT e.from_id) FROM edges e JOIN statements st ON st.id = e.from_id "
                        " WHERE e.to_id = s.id AND e.relation = 'attributes'), "
                        "(SELECT min(e.document_id) FROM edges e WHERE e.to_id = s.id OR e.from_id = s.id) "
                        "FROM sources s ORDER BY s.name, s.id");
    SQLite::Statement aliases(*m_db, "SELECT alias FROM source_aliases WHERE source_id = ? ORDER BY alias");
    while (q.executeStep()) {
        SourceRow r;
        r.id = q.getColumn(0).getString();
        r.name = q.getColumn(1).getString();
        r.type = source_type_from_string(q.getColumn(2).getString()).value_or(SourceType::person);
        r.role = q.getColumn(3).getString();
        r.speaks_for = opt(q.getColumn(4));
        r.documents = static_cast<std::size_t>(q.getColumn(5).getInt64());
        r.statements = static_cast<std::size_t>(q.getColumn(6).getInt64());
        if (r.documents == 1) r.document = opt(q.getColumn(7));
        aliases.bind(1, r.id);
        while (aliases.executeStep())
            if (aliases.getColumn(0).getString() != r.name) r.aliases.push_back(aliases.getColumn(0).getString());
        aliases.reset();
        out.push_back(std::move(r));
    }
    return out;
}

std::vector<ClaimRow> Store::claims(const ClaimFilter& f) const {
    std::vector<ClaimRow> out;
    for_each_claim(f, [&](ClaimRow&& r) { out.push_back(std::move(r)); });
    return out;
}

namespace {

// The claims each of whose documents' mentions the extractor gave less than
// :min_confidence (an agency's relay edge has no confidence of its own; a mention without
// one, curated or imported, keeps its claim): one rule for claims, render and report.
constexpr const char* kUnsureClaims =
    "SELECT e.to_id FROM edges e JOIN documents d ON d.id = e.from_id WHERE e.relation = 'reports' "
    "GROUP BY e.to_id HAVING count(e.confidence) = count(*) AND max(e.confidence) < :min_confidence";

}  // namespace

void Store::for_each_claim(const ClaimFilter& f, const std::function<void(ClaimRow&&)>& each) const {
    std::string sql =
        "SELECT st.id, st.text, st.kind, st.cue, "
        "(SELECT min(e.to_id) FROM edges e WHERE e.from_id = st.id AND e.relation = 'attributes') AS sid "
        "FROM statements st WHERE 1";
    if (!f.kind.empty()) sql += " AND st.kind = :kind";
    if (!f.search.empty()) sql += " AND st.rowid IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH :search)";
    if (f.disputed)
        sql += " AND EXISTS (SELECT 1 FROM edges e WHERE e.relation = 'disputes' AND (e.from_id = st.id OR e.to_id = st.id))";
    if (!f.source.empty())
        sql += " AND EXISTS (SELECT 1 FROM edges e JOIN sources s ON s.id = e.to_id WHERE e.from_id = st.id "
               "AND e.relation = 'attributes' AND (s.id LIKE :prefix || '%' OR s.name LIKE '%' || :name || '%'))";
    if (f.min_confidence > 0) sql += std::string(" AND st.id NOT IN (") + kUnsureClaims + ")";
    sql += " ORDER BY st.date IS NULL, st.date, st.id";
    try {
        SQLite::Statement q(*m_db, sql);
        if (!f.kind.empty()) q.bind(":kind", f.kind);
        if (f.min_confidence > 0) q.bind(":min_confidence", f.min_confidence);
        if (!f.search.empty()) {
            // the query is matched as one phrase: user text is never FTS syntax
            std::string phrase = "\"";
            for (char c : f.search) phrase += c == '"' ? std::string("\"\"") : std::string(1, c);
            q.bind(":search", phrase + "\"");
        }
        if (!f.source.empty()) {
            q.bind(":prefix", f.source);
            q.bind(":name", f.source);
        }
        SQLite::Statement name(*m_db, "SELECT name FROM sources WHERE id = ?");
        SQLite::Statement figs(*m_db, "SELECT measure, value, qualifier, text FROM figures WHERE statement_id = ? "
                                      "ORDER BY measure, value");
        SQLite::Statement docs(*m_db,
                               "SELECT d.id, d.outlet, d.date, min(e.start), min(e.end), max(e.match), max(e.confirmed), "
                               "(SELECT x.evidence FROM edges x WHERE x.relation = 'reports' AND x.from_id = d.id "
                               " AND x.to_id = e.to_id ORDER BY x.start LIMIT 1), max(e.confidence) "
                               "FROM edges e "
                               "JOIN documents d ON d.id = e.from_id WHERE e.to_id = ? AND e.relation = 'reports' "
                               "GROUP BY d.id ORDER BY d.date IS NULL, d.date, d.id");
        while (q.executeStep()) {
            ClaimRow r;
            r.id = q.getColumn(0).getString();
            r.text = q.getColumn(1).getString();
            const std::string kind = q.getColumn(2).getString();
            r.kind = kind == "direct" ? StatementKind::direct : kind == "mixed" ? StatementKind::mixed : StatementKind::indirect;
            r.cue = q.getColumn(3).getString();
            r.source_id = opt(q.getColumn(4));
            if (r.source_id) {
                name.bind(1, *r.source_id);
                if (name.executeStep()) r.source_name = name.getColumn(0).getString();
                name.reset();
            }
            r.figures = read_figures(figs, r.id);
            docs.bind(1, r.id);
            while (docs.executeStep())
                r.documents.push_back({docs.getColumn(0).getString(), opt(docs.getColumn(1)), opt(docs.getColumn(2)),
                                       static_cast<std::size_t>(docs.getColumn(3).getInt64()),
                                       static_cast<std::size_t>(docs.getColumn(4).getInt64()),
                                       docs.getColumn(5).getString(), docs.getColumn(6).getInt() != 0,
                                       docs.getColumn(7).getString(),
                                       docs.getColumn(8).isNull() ? std::nullopt
                                                                  : std::optional<double>(docs.getColumn(8).getDouble())});
            docs.reset();
            each(std::move(r));
        }
    } catch (const SQLite::Exception& e) {
        throw Error(fmt::format("'{}': cannot list claims: {}", m_path, e.what()));
    }
}

std::vector<KnownStatement> Store::known_many(const std::vector<std::string>& ids) const {
    std::vector<KnownStatement> out;
    if (ids.empty()) return out;
    const std::string list = nlohmann::json(ids).dump();
    SQLite::Statement& q = cached(
        "SELECT st.id, st.text, st.match_key, st.cue, st.places, st.date, st.source_id, src.name, st.pinned "
        "FROM statements st LEFT JOIN sources src ON src.id = st.source_id "
        "WHERE st.id IN (SELECT value FROM json_each(?1)) ORDER BY st.id");
    q.bind(1, list);
    std::map<std::string, std::size_t> at;
    while (q.executeStep()) {
        KnownStatement k;
        k.id = q.getColumn(0).getString();
        k.text = q.getColumn(1).getString();
        k.match_key = q.getColumn(2).getString();
        k.cue = q.getColumn(3).getString();
        k.places = q.getColumn(4).getString();
        k.date = opt(q.getColumn(5));
        k.source_id = q.getColumn(6).getString();
        k.source_name = q.getColumn(7).isNull() ? std::string() : q.getColumn(7).getString();
        k.pinned = q.getColumn(8).getInt() != 0;
        at[k.id] = out.size();
        out.push_back(std::move(k));
    }
    q.reset();
    SQLite::Statement& figs = cached("SELECT statement_id, measure, value, qualifier, text FROM figures "
                                     "WHERE statement_id IN (SELECT value FROM json_each(?1)) "
                                     "ORDER BY statement_id, measure, value");
    figs.bind(1, list);
    while (figs.executeStep()) {
        auto it = at.find(figs.getColumn(0).getString());
        if (it == at.end()) continue;
        Figure f;
        f.measure = figs.getColumn(1).getString();
        f.value = figs.getColumn(2).getInt64();
        f.qualifier = opt(figs.getColumn(3));
        f.text = figs.getColumn(4).getString();
        out[it->second].figures.push_back(std::move(f));
    }
    figs.reset();
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
    // the statements `where` selects before the update: those whose speaker may change
    SQLite::Statement& ids = cached("SELECT json_group_array(id) FROM statements WHERE " + where);
    if (!bind.empty()) ids.bind(1, bind);
    const std::string list = ids.executeStep() ? ids.getColumn(0).getString() : "[]";
    ids.reset();
    SQLite::Statement& q = cached(
        "UPDATE statements SET source_id = coalesce((SELECT min(e.to_id) FROM edges e JOIN sources s ON s.id = e.to_id "
        "WHERE e.from_id = statements.id AND e.relation = 'attributes'), '') WHERE " + where);
    if (!bind.empty()) q.bind(1, bind);
    q.exec();
    q.reset();
    // their mentions are found under the same speaker
    SQLite::Statement& v = cached(
        "UPDATE statement_variants SET source_id = (SELECT source_id FROM statements WHERE id = statement_variants.statement_id) "
        "WHERE statement_id IN (SELECT value FROM json_each(?1))");
    v.bind(1, list);
    v.exec();
    v.reset();
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
        SQLite::Statement& q = cached(windowed ? sql + " AND date >= ?2 AND date < ?3 UNION ALL " + sql + " AND date IS NULL"
                                               : sql);
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

bool Store::has_statement(const std::string& id) const {
    SQLite::Statement& q = cached("SELECT 1 FROM statements WHERE id = ?");
    q.bind(1, id);
    const bool found = q.executeStep();
    q.reset();
    return found;
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
            read(base + " AND c.date >= ?2 AND c.date < ?3 ORDER BY c.date DESC, c.id DESC" + limit, {window.from, center});
            read(base + " AND c.date IS NULL ORDER BY c.id" + limit, {});
        }
    } else {
        const std::string base =
            "SELECT c.id FROM (SELECT statement_id AS id, date FROM statement_places WHERE place = ?2) c WHERE " + filter;
        for (const std::string& place : keys) {
            if (!windowed) {
                read(base + " ORDER BY c.date, c.id" + limit, {place});
            } else {
                read(base + " AND c.date >= ?3 AND c.date < ?4 ORDER BY c.date, c.id" + limit, {place, center, window.to});
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
    return event_candidates("EXISTS (SELECT 1 FROM statements s WHERE s.id = c.id AND s.cue = ?1)", cue, places, window);
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

std::vector<std::pair<std::string, std::size_t>> Store::documents_sharing(const std::vector<std::int64_t>& shingles) const {
    if (shingles.empty()) return {};
    // a shingle that many documents have is boilerplate ("(With inputs from agencies)"): it
    // says nothing of copy, and counting it would make the work grow with the corpus
    SQLite::Statement& q = cached(
        "WITH h(hash) AS (SELECT DISTINCT value FROM json_each(?1)), "
        "rare(hash) AS (SELECT h.hash FROM h WHERE (SELECT count(*) FROM (SELECT 1 FROM shingles s WHERE s.hash = h.hash "
        "LIMIT ?2)) < ?2) "
        "SELECT document_id, count(*) FROM shingles WHERE hash IN (SELECT hash FROM rare) "
        "GROUP BY document_id ORDER BY document_id");
    q.bind(1, nlohmann::json(shingles).dump());
    q.bind(2, static_cast<int64_t>(kCommonShingle + 1));
    std::vector<std::pair<std::string, std::size_t>> out;
    while (q.executeStep())
        out.emplace_back(q.getColumn(0).getString(), static_cast<std::size_t>(q.getColumn(1).getInt64()));
    return out;
}

void Store::merge_sources(const std::string& keep, const std::string& other) {
    try {
        SQLite::Transaction tx(*m_db);
        merge_locked(keep, other);
        SQLite::Statement rec(*m_db, "INSERT INTO corrections (action, source_id, other) VALUES ('merge', ?, ?)");
        rec.bind(1, keep);
        rec.bind(2, other);
        rec.exec();
        SQLite::Statement pin(*m_db, "UPDATE sources SET pinned = 1 WHERE id = ?");
        pin.bind(1, keep);
        pin.exec();
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
        SQLite::Statement move(*m_db, "UPDATE OR IGNORE edges SET to_id = ? WHERE to_id = ? AND relation = 'attributes' "
                                      "AND lower(evidence) = lower(?)");
        move.bind(1, fresh);
        move.bind(2, id);
        move.bind(3, alias);
        if (move.exec() == 0)
            throw Error(fmt::format("source '{}': no mention written '{}' is attributed to it", id, alias));
        SQLite::Statement alias_move(*m_db, "DELETE FROM source_aliases WHERE source_id = ? AND lower(alias) = lower(?)");
        alias_move.bind(1, id);
        alias_move.bind(2, alias);
        alias_move.exec();
        SQLite::Statement k(*m_db, "INSERT INTO source_keys (key, source_id, kind) VALUES (?, ?, 'name') "
                                   "ON CONFLICT(key) DO UPDATE SET source_id = excluded.source_id, kind = 'name'");
        k.bind(1, key);
        k.bind(2, fresh);
        k.exec();
        SQLite::Statement rec(*m_db, "INSERT INTO corrections (action, source_id, other, alias) VALUES ('split', ?, ?, ?)");
        rec.bind(1, id);
        rec.bind(2, fresh);
        rec.bind(3, alias);
        rec.exec();
        refresh_statement_sources("source_id = ?1", id);  // some of its statements are the new source's now
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
    SQLite::Statement q(*m_db, "SELECT evidence FROM edges WHERE relation = 'reports' AND from_id = ? AND to_id = ? "
                               "ORDER BY start LIMIT 1");
    q.bind(1, document);
    q.bind(2, statement);
    return q.executeStep() ? q.getColumn(0).getString() : std::string();
}

void Store::confirm_match(const std::string& statement, const std::string& document) {
    try {
        SQLite::Transaction tx(*m_db);
        require_mention(*m_db, statement, document);
        run(*m_db, "UPDATE edges SET confirmed = 1 WHERE relation = 'reports' AND from_id = ?1 AND to_id = ?2", document,
            statement);
        record_correction(*m_db, "confirm", statement, document);
        tx.commit();
    } catch (const SQLite::Exception& e) {
        throw Error(fmt::format("'{}': cannot confirm the match: {}", m_path, e.what()));
    }
}

std::string Store::reject_match(const std::string& statement, const std::string& document, const std::string& match_key) {
    const std::string fresh = stable_id({"statement", statement, document, "rejected"});
    try {
        SQLite::Transaction tx(*m_db);
        require_mention(*m_db, statement, document);
        SQLite::Statement others(*m_db, "SELECT count(DISTINCT from_id) FROM edges WHERE relation = 'reports' "
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
                "INSERT OR IGNORE INTO edges (relation, from_id, to_id, document_id) SELECT 'attributes', ?1, to_id, ?2 "
                "FROM edges WHERE relation = 'attributes' AND from_id = ?3 ORDER BY to_id LIMIT 1",
                fresh, document, statement);
        // this document's mentions are the new claim's; neither claim is merged again
        run(*m_db, "UPDATE statement_variants SET statement_id = ?1 WHERE statement_id = ?2 AND document_id = ?3", fresh,
            statement, document);
        run(*m_db,
            "INSERT OR IGNORE INTO statement_variants (statement_id, original_id, document_id, match_key, date, places, "
            "figures) SELECT id, id, ?2, match_key, date, places, coalesce((SELECT json_group_array(json_array(measure, "
            "value)) FROM figures WHERE statement_id = ?1), '[]') FROM statements WHERE id = ?1",
            fresh, document);
        run(*m_db, "UPDATE statements SET pinned = 1 WHERE id IN (?1, ?2)", fresh, statement);
        refresh_statement_sources("id = ?1", fresh);
        index_places("id = ?1", fresh);
        record_correction(*m_db, "reject", statement, document);
        tx.commit();
    } catch (const SQLite::Exception& e) {
        throw Error(fmt::format("'{}': cannot reject the match: {}", m_path, e.what()));
    }
    return fresh;
}

void Store::add_dispute(const std::string& from, const std::string& to, const std::string& note) {
    SQLite::Statement q(*m_db, "INSERT OR IGNORE INTO edges (relation, from_id, to_id, basis, evidence, confirmed) "
                               "VALUES ('disputes', ?, ?, 'curated', ?, 1)");
    q.bind(1, from);
    q.bind(2, to);
    q.bind(3, note);
    q.exec();
}

std::vector<DisputeRow> Store::disputes() const {
    std::vector<DisputeRow> out;
    SQLite::Statement q(*m_db, "SELECT basis, measure, from_id, to_id, max(confirmed) FROM edges "
                               "WHERE relation = 'disputes' GROUP BY basis, measure, from_id, to_id "
                               "ORDER BY basis, measure, from_id, to_id");
    SQLite::Statement side(*m_db,
                           "SELECT st.text, st.date, s.id, s.name FROM statements st "
                           "LEFT JOIN sources s ON s.id = (SELECT min(e.to_id) FROM edges e JOIN sources x ON x.id = e.to_id "
                           " WHERE e.from_id = st.id AND e.relation = 'attributes') WHERE st.id = ?");
    SQLite::Statement value(*m_db, "SELECT min(value) FROM figures WHERE statement_id = ? AND measure = ?");
    const auto read = [&](const std::string& id, const std::optional<std::string>& measure) {
        DisputeSide d;
        d.id = id;
        side.bind(1, id);
        if (side.executeStep()) {
            d.text = side.getColumn(0).getString();
            d.date = opt(side.getColumn(1));
            d.source_id = opt(side.getColumn(2));
            d.source_name = opt(side.getColumn(3));
        }
        side.reset();
        if (measure) {
            value.bind(1, id);
            value.bind(2, *measure);
            if (value.executeStep() && !value.getColumn(0).isNull()) d.value = value.getColumn(0).getInt64();
            value.reset();
        }
        return d;
    };
    while (q.executeStep()) {
        DisputeRow r;
        r.basis = q.getColumn(0).getString();
        if (!q.getColumn(1).getString().empty()) r.measure = q.getColumn(1).getString();
        r.from = read(q.getColumn(2).getString(), r.measure);
        r.to = read(q.getColumn(3).getString(), r.measure);
        r.confirmed = q.getColumn(4).getInt() != 0;
        out.push_back(std::move(r));
    }
    return out;
}

std::vector<std::pair<std::string, std::string>> Store::copies() const {
    SQLite::Statement q(*m_db, "SELECT a, b FROM copies ORDER BY a, b");
    std::vector<std::pair<std::string, std::string>> out;
    while (q.executeStep()) out.emplace_back(q.getColumn(0).getString(), q.getColumn(1).getString());
    return out;
}

std::vector<std::pair<std::string, std::string>> Store::origin_links() const {
    std::vector<std::pair<std::string, std::string>> out = copies();
    SQLite::Statement q(*m_db, "SELECT DISTINCT e.from_id, e.to_id FROM edges e JOIN documents d ON d.id = e.from_id "
                               "JOIN sources s ON s.id = e.to_id WHERE s.type = 'agency' AND s.name <> 'unnamed agency' "
                               "ORDER BY e.from_id, e.to_id");
    while (q.executeStep()) out.emplace_back(q.getColumn(0).getString(), q.getColumn(1).getString());
    return out;
}

std::vector<std::pair<std::string, std::string>> Store::copies(const std::vector<std::string>& documents) const {
    std::vector<std::pair<std::string, std::string>> out;
    SQLite::Statement& copy = cached("SELECT a, b FROM copies WHERE a = :d UNION SELECT a, b FROM copies WHERE b = :d");
    for (const std::string& d : documents) {
        copy.bind(":d", d);
        while (copy.executeStep()) out.emplace_back(copy.getColumn(0).getString(), copy.getColumn(1).getString());
        copy.reset();
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::vector<std::pair<std::string, std::string>> Store::origin_links(const std::vector<std::string>& documents) const {
    std::vector<std::pair<std::string, std::string>> out = copies(documents);
    SQLite::Statement agency(*m_db, "SELECT DISTINCT e.from_id, e.to_id FROM edges e JOIN sources s ON s.id = e.to_id "
                                    "WHERE e.from_id = ? AND s.type = 'agency' AND s.name <> 'unnamed agency'");
    for (const std::string& d : documents) {
        agency.bind(1, d);
        while (agency.executeStep()) out.emplace_back(agency.getColumn(0).getString(), agency.getColumn(1).getString());
        agency.reset();
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::vector<std::pair<std::string, std::string>> Store::reports_edges() const {
    SQLite::Statement q(*m_db, "SELECT DISTINCT from_id, to_id FROM edges WHERE relation = 'reports' ORDER BY from_id, to_id");
    std::vector<std::pair<std::string, std::string>> out;
    while (q.executeStep()) out.emplace_back(q.getColumn(0).getString(), q.getColumn(1).getString());
    return out;
}

void Store::for_each_carried(
    const std::function<void(const std::string&, const std::vector<std::string>&)>& each) const {
    // one scan of the (relation, to_id, from_id) index; which ids are documents and sources
    // is asked once, not per edge (documents and sources are far fewer than edges)
    std::unordered_set<std::string> documents, sources;
    {
        SQLite::Statement d(*m_db, "SELECT id FROM documents");
        while (d.executeStep()) documents.emplace(d.getColumn(0).getText());
        SQLite::Statement s(*m_db, "SELECT id FROM sources");
        while (s.executeStep()) sources.emplace(s.getColumn(0).getText());
    }
    SQLite::Statement q(*m_db, "SELECT to_id, from_id FROM edges INDEXED BY edges_relation_to "
                               "WHERE relation = 'reports' ORDER BY to_id, from_id");
    std::string current;
    std::vector<std::string> carriers;
    const auto flush = [&] {
        if (!carriers.empty()) each(current, carriers);
        carriers.clear();
    };
    while (q.executeStep()) {
        const char* to = q.getColumn(0).getText();
        if (current != to) {
            flush();
            current = to;
        }
        std::string from = q.getColumn(1).getText();
        // a document carrying a claim (not crediting an agency, not an outlet citing one)
        if (documents.count(from) && !sources.count(current) && !documents.count(current)) {
            if (carriers.empty() || carriers.back() != from) carriers.push_back(std::move(from));
        }
    }
    flush();
}

std::vector<std::string> Store::ids_with_prefix(const std::string& prefix, std::size_t limit) const {
    // a range of each table's primary key (ids are ASCII, so every id with the prefix sorts
    // below prefix + 0xFF): indexed look-ups, not a scan of every id
    SQLite::Statement& q = cached(
        "SELECT id FROM (SELECT id FROM documents WHERE id >= :p AND id < :hi UNION SELECT id FROM statements "
        "WHERE id >= :p AND id < :hi UNION SELECT id FROM sources WHERE id >= :p AND id < :hi) ORDER BY id LIMIT :n");
    q.bind(":p", prefix);
    q.bind(":hi", prefix + '\xff');
    q.bind(":n", static_cast<int64_t>(limit));
    std::vector<std::string> out;
    while (q.executeStep()) out.push_back(q.getColumn(0).getString());
    return out;
}

GraphData Store::neighbourhood(const std::string& id, int depth) const {
    // Breadth-first, a level at a time: each step is one indexed query per direction for
    // the whole frontier, and each node is reached once in each direction, so the work is
    // the size of the neighbourhood, never the corpus nor the number of paths (a recursive
    // CTE revisits nodes reached at several depths, and SQLite rebuilds a Bloom filter
    // over the edges at every step of one).
    // Upstream follows edges forward (toward the origin), downstream backward. For trace
    // (depth < 0) upstream is unbounded but along provenance only: what a source relays
    // (agency —reports→ claim; an outlet citing an outlet is provenance) leads to other
    // claims, not to this one's origin (the root's own relays are followed: a trace of an
    // agency shows what it relayed); downstream is two steps.
    const bool trace = depth < 0;
    const int up_depth = trace ? std::numeric_limits<int>::max() : depth, down_depth = trace ? 2 : depth;
    SQLite::Statement& every = cached("SELECT DISTINCT to_id FROM edges WHERE from_id IN (SELECT value FROM json_each(?1))");
    SQLite::Statement& provenance = cached(
        "SELECT DISTINCT e.to_id FROM edges e WHERE e.from_id IN (SELECT value FROM json_each(?1)) AND NOT "
        "(e.relation = 'reports' AND e.kind <> 'cites' AND EXISTS (SELECT 1 FROM sources s WHERE s.id = e.from_id))");
    SQLite::Statement& in = cached("SELECT DISTINCT from_id FROM edges WHERE to_id IN (SELECT value FROM json_each(?1))");
    std::set<std::string> seen_up{id}, seen_down{id};
    std::vector<std::string> up{id}, down{id};
    const auto step = [&](SQLite::Statement& q, std::vector<std::string>& frontier, std::set<std::string>& seen) {
        q.bind(1, json_ids(frontier));
        frontier.clear();
        for (std::string& next : first_column(q))
            if (seen.insert(next).second) frontier.push_back(std::move(next));
    };
    // the root's own relays are where its reports come from; further on, only provenance
    for (int d = 0; d < up_depth && !up.empty(); ++d) step(trace && d > 0 ? provenance : every, up, seen_up);
    for (int d = 0; d < down_depth && !down.empty(); ++d) step(in, down, seen_down);
    seen_up.insert(seen_down.begin(), seen_down.end());
    return load(std::vector<std::string>(seen_up.begin(), seen_up.end()), false);
}

GraphData Store::graph() const { return load({}, true); }

std::set<std::string> Store::unsure_claims(double min) const {
    std::set<std::string> out;
    try {
        SQLite::Statement q(*m_db, kUnsureClaims);
        q.bind(":min_confidence", min);
        while (q.executeStep()) out.insert(q.getColumn(0).getString());
    } catch (const SQLite::Exception& e) {
        throw Error(fmt::format("'{}': cannot read confidences: {}", m_path, e.what()));
    }
    return out;
}

GraphData Store::load(const std::vector<std::string>& node_ids, bool all) const {
    GraphData g;
    const std::string ids = json_ids(node_ids);
    const std::string where = all ? "" : " WHERE id IN (SELECT value FROM json_each(:ids))";
    const auto bind_ids = [&](SQLite::Statement& q) {
        if (!all) q.bind(":ids", ids);
    };
    SQLite::Statement docs(*m_db, "SELECT id, path, title, outlet, date, url FROM documents" + where);
    bind_ids(docs);
    while (docs.executeStep()) {
        Node n{docs.getColumn(0).getString(), NodeKind::document, "", {}};
        n.attrs["path"] = docs.getColumn(1).getString();
        for (int i = 2; i <= 5; ++i)
            if (!docs.getColumn(i).isNull()) n.attrs[docs.getColumnName(i)] = docs.getColumn(i).getString();
        n.label = node_label(NodeKind::document, n.attrs);
        g.nodes.push_back(std::move(n));
    }
    SQLite::Statement stms(*m_db, "SELECT id, text, kind, cue, date FROM statements" + where);
    SQLite::Statement figs(*m_db, "SELECT measure, value, qualifier, text FROM figures WHERE statement_id = ? "
                                  "ORDER BY measure, value");
    bind_ids(stms);
    while (stms.executeStep()) {
        Node n{stms.getColumn(0).getString(), NodeKind::statement, stms.getColumn(1).getString(), {}};
        n.attrs["text"] = n.label;
        n.attrs["form"] = stms.getColumn(2).getString();  // direct, indirect, mixed
        if (!stms.getColumn(3).getString().empty()) n.attrs["cue"] = stms.getColumn(3).getString();
        if (!stms.getColumn(4).isNull()) n.attrs["date"] = stms.getColumn(4).getString();
        const std::vector<Figure> fs = read_figures(figs, n.id);
        if (!fs.empty()) n.attrs["figures"] = figures_text(fs);
        g.nodes.push_back(std::move(n));
    }
    SQLite::Statement srcs(*m_db, "SELECT id, name, type, role FROM sources" + where);
    SQLite::Statement aliases(*m_db, "SELECT alias FROM source_aliases WHERE source_id = ? ORDER BY alias");
    bind_ids(srcs);
    while (srcs.executeStep()) {
        Node n{srcs.getColumn(0).getString(), NodeKind::source, srcs.getColumn(1).getString(), {}};
        n.attrs["name"] = n.label;
        n.attrs["type"] = srcs.getColumn(2).getString();
        if (!srcs.getColumn(3).getString().empty()) n.attrs["role"] = srcs.getColumn(3).getString();
        std::vector<std::string> names;
        aliases.bind(1, n.id);
        while (aliases.executeStep())
            if (aliases.getColumn(0).getString() != n.label) names.push_back(aliases.getColumn(0).getString());
        aliases.reset();
        if (!names.empty()) n.attrs["aliases"] = text::join(names, "; ");
        g.nodes.push_back(std::move(n));
    }
    const std::string edge_where =
        all ? "" : " WHERE from_id IN (SELECT value FROM json_each(:ids)) AND to_id IN (SELECT value FROM json_each(:ids))";
    SQLite::Statement edges(*m_db,
                            "SELECT relation, from_id, to_id, document_id, start, end, evidence, cue, spans, kind, basis, "
                            "match, measure, confirmed "
                            "FROM edges" + edge_where);
    bind_ids(edges);
    while (edges.executeStep()) {
        Edge e;
        e.relation = relation_from_string(edges.getColumn(0).getString()).value_or(Relation::reports);
        e.from = edges.getColumn(1).getString();
        e.to = edges.getColumn(2).getString();
        const auto put = [&](const char* key, int col) {
            const std::string v = edges.getColumn(col).getString();
            if (!v.empty() && v != "-1") e.attrs[key] = v;
        };
        put("document", 3);
        put("start", 4);
        put("end", 5);
        put("text", 6);
        put("cue", 7);
        put("spans", 8);
        put("kind", 9);
        put("basis", 10);
        put("match", 11);
        put("measure", 12);
        if (edges.getColumn(13).getInt() != 0) e.attrs["confirmed"] = "1";
        g.edges.push_back(std::move(e));
    }
    g.normalize();
    return g;
}


}  // namespace claimgraph::store
