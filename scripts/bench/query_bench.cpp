// Query benchmark on an archive-sized database: `trace` and `render --focus` latency
// (p50, p99), whole-graph analyses, and the render of a 200-node focus view to SVG.
//
//   claimgraph_bench_query [--statements N] [--samples K] [--db PATH]
//
// Builds (once; kept when --db names an existing file) a database in claimgraph's schema
// with N statements (default 1,000,000) and about 3 edges per statement: speakers,
// documents carrying each claim one to three times, agency relays, spokespeople, outlets,
// disputes and copies, in the shape ingest stores. Then runs the commands in-process
// through cli::run, as the command line does, each opening the database anew. Prints one
// figure per line as `name: value unit`.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <limits>
#include <sstream>
#include <streambuf>
#include <string>
#include <vector>

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include "cli/cli.h"
#include "graph/provenance_graph.h"
#include "store/store.h"

namespace {

using namespace claimgraph;
using Clock = std::chrono::steady_clock;

std::uint64_t mix(std::uint64_t z) {
    z += 0x9E3779B97F4A7C15ULL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

// Ids as claimgraph makes them (16 hex digits), distinct per kind and number.
std::string id(char kind, std::uint64_t n) { return fmt::format("{:016x}", mix(n * 4 + static_cast<std::uint64_t>(kind % 4))); }
std::string source_id(std::uint64_t n) { return id('s', n); }
std::string statement_id(std::uint64_t n) { return id('t', n) + "1"; }  // 17 digits: never a source's id
std::string document_id(std::uint64_t n) { return id('d', n) + "22"; }

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

struct Sizes {
    std::uint64_t statements, sources, documents;
};

// The hub: source 0 speaks 199 statements, so that its neighbourhood at depth 1 is a
// 200-node focus view.
constexpr std::uint64_t kHubStatements = 199;

void build(const std::string& path, const Sizes& z) {
    { store::Store create(path, store::OpenMode::read_write); }  // the schema, as ingest makes it
    SQLite::Database db(path, SQLite::OPEN_READWRITE);
    db.exec("PRAGMA journal_mode = OFF");
    db.exec("PRAGMA synchronous = OFF");
    db.exec("PRAGMA cache_size = -262144");
    SQLite::Transaction tx(db);
    SQLite::Statement src(db, "INSERT INTO sources (id, name, type, role) VALUES (?,?,?,?)");
    const char* const types[] = {"person", "person", "person", "person", "person", "person", "person",
                                 "organization", "outlet", "agency"};
    for (std::uint64_t i = 0; i < z.sources; ++i) {
        const char* type = i == 0 ? "person" : types[mix(i) % 10];
        src.bind(1, source_id(i));
        src.bind(2, fmt::format("{} {}", type, i));
        src.bind(3, type);
        src.bind(4, "");
        src.exec();
        src.reset();
    }
    const auto type_of = [&](std::uint64_t i) { return i == 0 ? "person" : types[mix(i) % 10]; };
    const auto date_of = [&](std::uint64_t day) {
        using namespace std::chrono;
        const year_month_day d{sys_days{year{2015} / January / 1} + days{static_cast<int>(day)}};
        return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                           static_cast<unsigned>(d.day()));
    };
    SQLite::Statement doc(db, "INSERT INTO documents (id, path, title, outlet, date, metadata, content_hash, body_start, "
                              "text) VALUES (?,?,?,?,?,'{}',?,0,?)");
    SQLite::Statement edge(db, "INSERT OR IGNORE INTO edges (relation, from_id, to_id, document_id, start, end, evidence, "
                               "cue, kind, basis, match) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
    const auto add_edge = [&](const char* relation, const std::string& from, const std::string& to,
                              const std::string& document, std::int64_t start, const char* cue, const char* kind,
                              const char* basis, const char* match) {
        edge.bind(1, relation);
        edge.bind(2, from);
        edge.bind(3, to);
        edge.bind(4, document);
        edge.bind(5, start);
        edge.bind(6, start < 0 ? -1 : start + 80);
        edge.bind(7, start < 0 ? "" : "the words of the claim as the article gives them");
        edge.bind(8, cue);
        edge.bind(9, kind);
        edge.bind(10, basis);
        edge.bind(11, match);
        edge.exec();
        edge.reset();
    };
    // documents: each published by an outlet, one in ten crediting an agency
    std::vector<std::uint64_t> outlets, agencies;
    for (std::uint64_t i = 1; i < z.sources; ++i) {
        if (std::string(type_of(i)) == "outlet") outlets.push_back(i);
        if (std::string(type_of(i)) == "agency") agencies.push_back(i);
    }
    for (std::uint64_t d = 0; d < z.documents; ++d) {
        const std::string did = document_id(d);
        const std::uint64_t outlet = outlets[mix(d) % outlets.size()];
        doc.bind(1, did);
        doc.bind(2, fmt::format("archive/{}.txt", d));
        doc.bind(3, fmt::format("Story {}", d));
        doc.bind(4, fmt::format("outlet {}", outlet));
        doc.bind(5, date_of(d * 3650 / z.documents));
        doc.bind(6, did);
        doc.bind(7, "(text)");
        doc.exec();
        doc.reset();
        add_edge("attributes", did, source_id(outlet), "", -1, "", "", "", "");
        if (d % 10 == 0) add_edge("reports", did, source_id(agencies[mix(d + 1) % agencies.size()]), "", -1, "", "", "", "");
    }
    // statements: a speaker each, carried by one to three documents of their day
    SQLite::Statement stm(db, "INSERT INTO statements (id, text, kind, cue, date, match_key, places, source_id) "
                              "VALUES (?,?,?,?,?,?,?,?)");
    for (std::uint64_t s = 0; s < z.statements; ++s) {
        const std::string sid = statement_id(s);
        const std::uint64_t speaker = s < kHubStatements ? 0 : 1 + mix(s) % (z.sources - 1);
        const std::uint64_t first_doc = s * z.documents / z.statements;
        stm.bind(1, sid);
        stm.bind(2, fmt::format("claim number {} about the events of the day, as its speaker put it", s));
        stm.bind(3, s % 3 ? "indirect" : "direct");
        stm.bind(4, "say");
        stm.bind(5, date_of(first_doc * 3650 / z.documents));
        stm.bind(6, fmt::format("claim number {}", s));
        stm.bind(7, "");
        stm.bind(8, source_id(speaker));
        stm.exec();
        stm.reset();
        add_edge("attributes", sid, source_id(speaker), document_id(first_doc), 10, "said", "", "", "");
        const std::uint64_t carriers = 1 + mix(s + 7) % 3;
        for (std::uint64_t c = 0; c < carriers; ++c) {
            const std::uint64_t d = std::min(z.documents - 1, first_doc + c * 3);
            add_edge("reports", document_id(d), sid, document_id(d), static_cast<std::int64_t>(100 + c), "", "",
                     "", c ? "near" : "");
        }
        if (s % 10 == 0)  // an agency relays it
            add_edge("reports", source_id(agencies[mix(s + 3) % agencies.size()]), sid, document_id(first_doc), -1, "",
                     "", "", "");
        if (s % 20 == 1)  // a figure dispute with an earlier claim
            add_edge("disputes", sid, statement_id(s - 1 - mix(s) % std::min<std::uint64_t>(s, 50)), "", -1, "", "",
                     "figure", "");
    }
    // spokespeople: one person in ten speaks for an organisation
    for (std::uint64_t i = 1; i < z.sources; i += 10)
        if (std::string(type_of(i)) == "person")
            add_edge("attributes", source_id(i), source_id(1 + mix(i) % (z.sources - 1)), "", -1, "", "", "", "");
    // circular reporting: three outlets citing each other in a ring
    if (outlets.size() >= 3)
        for (std::size_t k = 0; k < 3; ++k)
            add_edge("reports", source_id(outlets[k]), source_id(outlets[(k + 1) % 3]), "", -1, "", "cites", "", "");
    // copies: wire copy shared by neighbouring documents
    SQLite::Statement copy(db, "INSERT OR IGNORE INTO copies (a, b, shared) VALUES (?,?,?)");
    for (std::uint64_t d = 0; d + 1 < z.documents; d += 4) {
        std::string a = document_id(d), b = document_id(d + 1);
        if (b < a) std::swap(a, b);
        copy.bind(1, a);
        copy.bind(2, b);
        copy.bind(3, 5);
        copy.exec();
        copy.reset();
    }
    tx.commit();
    db.exec("ANALYZE");
}

double percentile(std::vector<double> v, double p) {
    std::sort(v.begin(), v.end());
    const std::size_t i = std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size())));
    return v[i];
}

// An output that counts what is written and keeps none of it, as `> /dev/null` (a listing of
// every claim as JSON is most of a gigabyte); with a limit, a reader that goes away after
// `limit` bytes (`| head`): past it every write fails.
struct Counted : std::streambuf {
    std::size_t bytes = 0, limit = std::numeric_limits<std::size_t>::max();
    std::streamsize xsputn(const char*, std::streamsize n) override {
        if (static_cast<std::size_t>(n) > limit - bytes) return 0;
        bytes += static_cast<std::size_t>(n);
        return n;
    }
    int_type overflow(int_type c) override {
        if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
        return xsputn("", 1) == 1 ? c : traits_type::eof();
    }
};

// Runs one command in-process; returns its time in ms (exits on failure: a benchmark
// whose command fails measures nothing).
double timed(const std::vector<std::string>& args, std::size_t* out_bytes = nullptr) {
    Counted counted;
    std::ostream out(&counted);
    std::ostringstream err;
    const auto t = Clock::now();
    const int rc = cli::run(args, out, err);
    const double ms = seconds_since(t) * 1000;
    if (rc != 0) {
        std::fprintf(stderr, "claimgraph %s: failed (%d): %s\n", args.front().c_str(), rc, err.str().c_str());
        std::exit(1);
    }
    if (out_bytes) *out_bytes = counted.bytes;
    return ms;
}

}  // namespace

int main(int argc, char** argv) {
    std::uint64_t statements = 1'000'000, samples = 200;
    std::string path;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--statements" && i + 1 < argc) statements = std::strtoull(argv[++i], nullptr, 10);
        else if (a == "--samples" && i + 1 < argc) samples = std::strtoull(argv[++i], nullptr, 10);
        else if (a == "--db" && i + 1 < argc) path = argv[++i];
        else {
            std::fprintf(stderr, "usage: claimgraph_bench_query [--statements N] [--samples K] [--db PATH]\n");
            return 2;
        }
    }
    if (statements < 1000) statements = 1000;
    const Sizes z{statements, statements / 50, statements / 4};
    const bool temporary = path.empty();
    if (temporary) path = (std::filesystem::temp_directory_path() / fmt::format("claimgraph-bench-{}.db", statements)).string();
    if (temporary || !std::filesystem::exists(path)) {
        std::filesystem::remove(path);
        const auto t = Clock::now();
        build(path, z);
        std::printf("query_db_build_s: %.1f s\n", seconds_since(t));
    }
    {
        SQLite::Database db(path, SQLite::OPEN_READONLY);
        std::printf("query_db_statements: %lld\n", static_cast<long long>(db.execAndGet("SELECT count(*) FROM statements").getInt64()));
        std::printf("query_db_edges: %lld\n", static_cast<long long>(db.execAndGet("SELECT count(*) FROM edges").getInt64()));
        std::printf("query_db_mb: %.0f MB\n", static_cast<double>(std::filesystem::file_size(path)) / 1e6);
    }
    // trace and render --focus of claims spread over the archive, each a fresh command
    std::vector<double> trace_ms, focus_ms;
    for (std::uint64_t k = 0; k < samples; ++k) {
        const std::string sid = statement_id(mix(k + 1000) % statements);
        trace_ms.push_back(timed({"trace", sid, "--db", path, "--format", "json"}));
        if (std::getenv("CLAIMGRAPH_BENCH_VERBOSE")) std::fprintf(stderr, "trace %s %.1f ms\n", sid.c_str(), trace_ms.back());
        focus_ms.push_back(timed({"render", "--db", path, "--focus", sid, "--depth", "2", "--format", "svg"}));
    }
    std::printf("trace_samples: %llu\n", static_cast<unsigned long long>(samples));
    std::printf("trace_p50_ms: %.1f ms\n", percentile(trace_ms, 0.50));
    std::printf("trace_p99_ms: %.1f ms\n", percentile(trace_ms, 0.99));
    std::printf("render_focus_p50_ms: %.1f ms\n", percentile(focus_ms, 0.50));
    std::printf("render_focus_p99_ms: %.1f ms\n", percentile(focus_ms, 0.99));
    // a 200-node focus view: the hub speaker and its 199 claims
    std::size_t svg_bytes = 0;
    const double hub_ms = timed({"render", "--db", path, "--focus", source_id(0), "--depth", "1", "--format", "svg",
                                 "--no-group"},
                                &svg_bytes);
    std::printf("render_200_nodes_svg_ms: %.0f ms\n", hub_ms);
    std::printf("render_200_nodes_svg_kb: %.0f KB\n", static_cast<double>(svg_bytes) / 1e3);
    // whole-graph analyses: independent origins of every claim that documents carry, and
    // circular reporting over every `reports` edge; each read from the database, timed from
    // opening it
    {
        auto t = Clock::now();
        store::Store db(path, store::OpenMode::read_only);
        const graph::OriginIndex links(db.origin_links());
        std::size_t claims = 0, independent = 0;
        db.for_each_carried([&](const std::string&, const std::vector<std::string>& documents) {
            ++claims;
            independent += links.independent_origins(documents);
        });
        std::printf("whole_independent_origins_s: %.1f s\n", seconds_since(t));
        std::printf("whole_independent_origins_claims: %zu\n", claims);
        std::printf("whole_independent_origins_mean: %.2f\n", static_cast<double>(independent) / static_cast<double>(claims));
        t = Clock::now();
        const auto cycles = graph::reporting_cycles(db.reports_edges());
        std::printf("whole_cycles_s: %.1f s\n", seconds_since(t));
        std::printf("whole_cycles_found: %zu\n", cycles.size());
    }
    // the listing of every claim with its documents and independent origins, as CSV
    std::size_t csv_bytes = 0;
    const double claims_ms = timed({"claims", "--db", path, "--format", "csv"}, &csv_bytes);
    std::printf("claims_csv_all_s: %.1f s\n", claims_ms / 1000);
    std::printf("claims_csv_all_mb: %.0f MB\n", static_cast<double>(csv_bytes) / 1e6);
    // the same as JSON, each claim with its documents' outlets, dates, offsets and words
    std::size_t json_bytes = 0;
    const double json_ms = timed({"claims", "--db", path, "--format", "json"}, &json_bytes);
    std::printf("claims_json_all_s: %.1f s\n", json_ms / 1000);
    std::printf("claims_json_all_mb: %.0f MB\n", static_cast<double>(json_bytes) / 1e6);
    // the same listing read by one that stops after its first 64 KB (`| head`): the listing
    // stops at its next batch, not after the million claims
    {
        Counted gone;
        gone.limit = 65536;
        std::ostream out(&gone);
        std::ostringstream err;
        const auto t0 = Clock::now();
        cli::run({"claims", "--db", path, "--format", "csv"}, out, err);
        std::printf("claims_csv_reader_gone_s: %.2f s\n", seconds_since(t0));
    }
    if (temporary) std::filesystem::remove(path);
    return 0;
}
