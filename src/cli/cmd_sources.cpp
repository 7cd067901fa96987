// `claimgraph sources`: who speaks or relays, with aliases and whom they speak for.
#include <map>
#include <ostream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/common.h"
#include "cli/ids.h"
#include "store/store.h"
#include "util/text.h"

namespace claimgraph::cli {

namespace {

struct SourcesOptions {
    std::string db;
    std::string format = "text";
};

void run_sources(Io& io, const SourcesOptions& o) {
    const auto db = open_existing(o.db);
    const auto rows = db->sources();
    std::map<std::string, std::string> names;
    for (const SourceRow& s : rows) names[s.id] = s.name;
    if (o.format == "json") {
        for (const SourceRow& s : rows) {
            nlohmann::ordered_json j;
            j["id"] = s.id;
            j["name"] = s.name;
            j["type"] = to_string(s.type);
            j["role"] = s.role.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(s.role);
            j["aliases"] = s.aliases;
            j["speaks_for"] = s.speaks_for ? nlohmann::ordered_json(*s.speaks_for) : nlohmann::ordered_json(nullptr);
            j["documents"] = s.documents;
            j["statements"] = s.statements;
            io.out << j.dump() << '\n';
        }
        return;
    }
    if (o.format == "csv") {
        io.out << csv_row({"id", "name", "type", "role", "aliases", "speaks_for", "documents", "statements"});
        for (const SourceRow& s : rows)
            io.out << csv_row({s.id, s.name, to_string(s.type), s.role, text::join(s.aliases, "; "),
                               s.speaks_for.value_or(""), std::to_string(s.documents), std::to_string(s.statements)});
        return;
    }
    for (const SourceRow& s : rows) {
        std::string line = fmt::format("{}  {} ({}{})", short_id(s.id), s.name, to_string(s.type),
                                       s.role.empty() ? "" : ", " + s.role);
        if (s.speaks_for) line += " → " + names[*s.speaks_for];
        line += fmt::format("  [{} document{}, {} statement{}]", s.documents, s.documents == 1 ? "" : "s",
                            s.statements, s.statements == 1 ? "" : "s");
        io.out << line << '\n';
        if (!s.aliases.empty()) io.out << "    aka " << text::join(s.aliases, ", ") << '\n';
    }
    io.out << fmt::format("{} source{}\n", rows.size(), rows.size() == 1 ? "" : "s");
}

}  // namespace

void setup_sources(CLI::App& sub, Io& io) {
    auto o = std::make_shared<SourcesOptions>();
    add_db_option(sub, o->db);
    add_format_option(sub, o->format, {"text", "json", "csv"});
    sub.final_callback([&io, o] { io.action = [&io, o] { run_sources(io, *o); }; });
}

}  // namespace claimgraph::cli
