#include "store/store.h"

#include "store/shingle_index.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cerrno>
#include <cstring>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <thread>

#include <SQLiteCpp/SQLiteCpp.h>
#include <SQLiteCpp/VariadicBind.h>
#include <sqlite3.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "model/document.h"
#include "store/schema.h"
#include "store/sql.h"
#include "util/error.h"
#include "util/text.h"

namespace claimgraph::store {

namespace {

using sql::run;

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

// type_strength(type) in SQL: the model's type_strength of a type's name (0 for a name
// that is no type).
void type_strength_sql(sqlite3_context* ctx, int, sqlite3_value** argv) {
    const auto* p = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    const auto type = source_type_from_string(p ? p : "");
    sqlite3_result_int(ctx, type ? type_strength(*type) : 0);
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
            rows.emplace_back(t.first, fmt::format("{:9.1f} ms {:8} runs  {}", static_cast<double>(t.first) / 1e6,
                                                   t.second, sql.substr(0, 160)));
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
        if (c <= ' ' || c >= 0x7F || c == '%' || c == '?' || c == '#')
            uri += fmt::format("%{:02X}", c);
        else
            uri += static_cast<char>(c);
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
        return fmt::format(
            "'{}': cannot write in its folder '{}' (the database and its -wal and -shm files go there): {}", path,
            parent.string(), std::strerror(errno));
    return "";
}

// SQLite's process-wide settings, made before its first connection opens (sqlite3_config
// refuses them after; then they are left as they are): no tally of the memory it uses,
// which costs a global mutex on every allocation and is read nowhere here.
// How long a statement waits for another writer's lock before SQLITE_BUSY.
constexpr int kBusyTimeoutMs = 5000;

void configure_sqlite() {
    static const int once = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    (void)once;
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
    configure_sqlite();
    if (mode == OpenMode::read_only && path != ":memory:" && !fs::exists(path))
        throw Error(fmt::format("'{}': no such database (run 'claimgraph ingest' first)", path));
    if (mode == OpenMode::read_write)
        if (std::string why = unwritable(path); !why.empty()) throw Error(why);
    // opens `name` and returns its schema version; throws SQLite::Exception when, among
    // other things, a reader cannot set up the shared memory of a database in WAL mode
    // (no mutex in the connection: a Store is used by one thread at a time — ingest's
    // writer; serve's Api holds its own lock — and SQLite's locking of every call was 2.7%
    // of an ingest's instructions)
    const auto open = [&](const std::string& name, int flags) {
        m_db = std::make_unique<SQLite::Database>(name, flags | SQLite::OPEN_NOMUTEX, kBusyTimeoutMs);
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
            throw Error(
                fmt::format("'{}': database schema version {} is newer than this claimgraph supports ({}); "
                            "nothing was changed",
                            path, version, kSchemaVersion));
        if (mode == OpenMode::read_write) {
            if (path != ":memory:") switch_to_wal();
            // in WAL mode a commit is durable against a crash of the program at NORMAL; FULL
            // only adds an fsync per transaction against power loss
            m_db->exec("PRAGMA synchronous = NORMAL");
            // a batch of documents fits in the page cache (64 MB), so no page is written twice
            m_db->exec("PRAGMA cache_size = -65536");
            m_db->exec("PRAGMA temp_store = MEMORY");
            migrate();
        } else if (mode == OpenMode::read_only) {
            // a listing of an archive seeks an index per claim: the writer's 64 MB page cache
            // keeps the upper levels of those B-trees (10.6 against 11.3 s for 1M claims)
            m_db->exec("PRAGMA cache_size = -65536");
        }
        if (mode == OpenMode::read_only && version < kSchemaVersion) {
            throw Error(fmt::format("'{}': database schema version {} is older; open it with 'ingest' to upgrade", path,
                                    version));
        }
        if (mode != OpenMode::doctor) {
            // a table, column or index a user dropped, a trigger someone planted: refused
            // before any statement runs on it
            if (const auto damage = schema_problems(); !damage.empty())
                throw Error(
                    fmt::format("'{}': database schema is damaged: {}{}; run 'claimgraph doctor'", path, damage.front(),
                                damage.size() > 1 ? fmt::format(" (and {} more)", damage.size() - 1) : std::string()));
        }
        if (mode == OpenMode::read_write && path != ":memory:") {
            // a corrupt file is not written to: what it holds could be lost with the new
            if (const auto corrupt = quick_check(); !corrupt.empty())
                throw Error(
                    fmt::format("'{}': the database is damaged (quick_check: {}); nothing was written; restore a "
                                "copy or run 'claimgraph doctor'",
                                path, corrupt.front()));
        }
    } catch (const SQLite::Exception& e) {
        if ((e.getErrorCode() & 0xFF) == SQLITE_BUSY)
            throw Error(
                fmt::format("'{}': another claimgraph is writing to this database; waited 5 s for it (try again "
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

// The switch to WAL needs the file to itself, and SQLite does not wait for it: a connection
// that reads while another holds the write lock could deadlock by waiting, so its busy
// handler is skipped and SQLITE_BUSY comes back at once (two ingests creating one new
// database: the second found the first migrating it). Tried again until the same 5 s the
// busy timeout gives every other statement.
void Store::switch_to_wal() {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(kBusyTimeoutMs);
    while (true) {
        try {
            m_db->exec("PRAGMA journal_mode = WAL");
            return;
        } catch (const SQLite::Exception& e) {
            if ((e.getErrorCode() & 0xFF) != SQLITE_BUSY || std::chrono::steady_clock::now() >= deadline) throw;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
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
        if (version + 1 == 13) refresh_presumed();  // the table schema 13 adds, filled
        m_db->exec(fmt::format("PRAGMA user_version = {}", version + 1));
        tx.commit();
    }
}

bool is_sqlite_error(const std::exception& e) { return dynamic_cast<const SQLite::Exception*>(&e) != nullptr; }

}  // namespace claimgraph::store
