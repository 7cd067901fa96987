// `claimgraph doctor [--repair]`: what is wrong with a database, and what can be mended
// without data from elsewhere (issue 17).
#include <filesystem>
#include <ostream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/common.h"
#include "store/store.h"
#include "util/error.h"

namespace claimgraph::cli {

namespace {

struct DoctorOptions {
    std::string db;
    bool repair = false;
};

// Every finding, one line each, as "<area>: <what>".
std::vector<std::string> findings(const store::Store& db) {
    std::vector<std::string> out;
    for (const std::string& s : db.schema_problems()) out.push_back("schema: " + s);
    for (const std::string& s : db.quick_check()) out.push_back("file: " + s);
    try {
        for (const std::string& s : db.problems()) out.push_back("data: " + s);
    } catch (const std::exception& e) {
        out.push_back(fmt::format("data: cannot be checked with the schema as it is ({})", e.what()));
    }
    return out;
}

void run_doctor(Io& io, const DoctorOptions& o) {
    if (!std::filesystem::exists(o.db))
        throw Error(fmt::format("'{}': no such database (run 'claimgraph ingest' first)", o.db));
    store::Store db(o.db, store::OpenMode::doctor);
    std::vector<std::string> found = findings(db);
    for (const std::string& f : found) io.out << f << "\n";
    if (o.repair) {
        for (const std::string& d : db.repair()) io.out << "repaired: " << d << "\n";
        found = findings(db);
        for (const std::string& f : found) io.out << "still: " << f << "\n";
    }
    if (found.empty()) {
        io.out << fmt::format("'{}': no problems found\n", o.db);
        return;
    }
    io.out << fmt::format("'{}': {} problem{}{}\n", o.db, found.size(), found.size() == 1 ? "" : "s",
                          o.repair ? " left (restore a copy for what cannot be repaired here)"
                                   : " (run 'claimgraph doctor --repair' to mend what can be)");
    io.exit_code = 1;
}

}  // namespace

void setup_doctor(CLI::App& sub, Io& io) {
    auto o = std::make_shared<DoctorOptions>();
    add_db_option(sub, o->db);
    sub.add_flag("--repair", o->repair,
                 "drop triggers claimgraph did not create, recreate indexes and the full-text index");
    sub.final_callback([&io, o] { io.action = [&io, o] { run_doctor(io, *o); }; });
}

}  // namespace claimgraph::cli
