#include "cli/usage.h"

#include <algorithm>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "util/error.h"

namespace claimgraph::cli {

namespace {

// Edits (insert, delete, replace, or swap two neighbours) from a to b: optimal string
// alignment, on bytes (names and options are ASCII).
std::size_t edit_distance(const std::string& a, const std::string& b) {
    std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
    for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
    for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i)
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    return d[a.size()][b.size()];
}

std::vector<std::string> subcommand_names(CLI::App& app) {
    std::vector<std::string> out;
    for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; })) out.push_back(sub->get_name());
    return out;
}

// The command (or subcommand) that reads the arguments after args[from - 1], the command
// word: a subcommand's word descends (`claims confirm`), the first other word stops.
CLI::App* command_of(CLI::App& command, const std::vector<std::string>& args, std::size_t from) {
    CLI::App* at = &command;
    for (std::size_t i = from; i < args.size(); ++i) {
        if (args[i] == "--") break;
        if (args[i].starts_with("-")) continue;
        CLI::App* sub = subcommand_named(*at, args[i]);
        if (!sub) break;
        at = sub;
    }
    return at;
}

bool is_db(const std::string& arg) { return arg == "--db" || arg.starts_with("--db="); }

}  // namespace

CLI::App* subcommand_named(CLI::App& app, const std::string& name) {
    for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; }))
        if (sub->get_name() == name) return sub;
    return nullptr;
}

std::vector<std::string> long_option_names(const CLI::App& app) {
    std::vector<std::string> out;
    for (const CLI::Option* o : app.get_options())
        for (const std::string& l : o->get_lnames()) out.push_back(l);
    return out;
}

std::optional<std::string> nearest_name(const std::string& typed, const std::vector<std::string>& known) {
    const std::size_t most = std::max<std::size_t>(1, typed.size() / 3);
    std::optional<std::string> best;
    std::size_t best_distance = most + 1;
    for (const std::string& name : known) {
        const std::size_t d = edit_distance(typed, name);
        if (d < best_distance) {
            best = name;
            best_distance = d;
        }
    }
    if (best) return best;
    if (typed.size() >= 3)
        for (const std::string& name : known)
            if (name.starts_with(typed)) return name;
    return std::nullopt;
}

std::vector<std::string> place_global_options(const std::vector<std::string>& args, CLI::App& app) {
    std::vector<std::string> lead, db;
    std::size_t i = 0;
    for (; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--db") {
            if (i + 1 >= args.size()) throw_usage("--db: a database file is expected after it");
            db = {a, args[++i]};
        } else if (a.starts_with("--db=")) {
            db = {a};
        } else if (a == "--help" || a == "-h" || a == "--version") {
            lead.push_back(a);
        } else if (a.starts_with("-")) {
            return args;  // not a global option: the parser says what is wrong
        } else {
            break;
        }
    }
    if (i == args.size()) return args;  // no command: the parser asks for one
    const std::string& word = args[i];
    if (!subcommand_named(app, word)) {
        if (const auto near = nearest_name(word, subcommand_names(app)))
            throw_usage(fmt::format("unknown command '{}'; did you mean '{}'?", word, *near));
        throw_usage(fmt::format("unknown command '{}'", word));
    }
    if (db.empty()) return args;
    CLI::App* command = command_of(*subcommand_named(app, word), args, i + 1);
    if (!command->get_option_no_throw("--db"))
        throw_usage(fmt::format("--db: '{}' reads no database", word));
    const auto end = std::find(args.begin() + static_cast<std::ptrdiff_t>(i), args.end(), "--");
    if (std::any_of(args.begin() + static_cast<std::ptrdiff_t>(i), end, is_db))
        throw_usage("--db: given both before and after the command");
    std::vector<std::string> out = lead;
    out.insert(out.end(), args.begin() + static_cast<std::ptrdiff_t>(i), end);
    out.insert(out.end(), db.begin(), db.end());
    out.insert(out.end(), end, args.end());
    return out;
}

CLI::App* target_command(const std::vector<std::string>& args, CLI::App& app) {
    std::size_t i = 0;
    while (i < args.size() && args[i].starts_with("-")) ++i;
    if (i == args.size()) return nullptr;
    CLI::App* top = subcommand_named(app, args[i]);
    return top ? command_of(*top, args, i + 1) : nullptr;
}

std::string option_suggestion(const std::vector<std::string>& args, CLI::App& app) {
    std::size_t i = 0;
    while (i < args.size() && args[i].starts_with("-")) ++i;
    if (i == args.size()) return "";
    CLI::App* top = subcommand_named(app, args[i]);
    if (!top) return "";
    CLI::App* command = command_of(*top, args, i + 1);
    for (std::size_t k = i + 1; k < args.size() && args[k] != "--"; ++k) {
        const std::string& a = args[k];
        if (!a.starts_with("--")) continue;
        const std::string name = a.substr(0, a.find('='));
        if (command->get_option_no_throw(name)) continue;
        std::vector<std::string> known = long_option_names(*command);
        for (std::string& l : known) l.insert(0, "--");
        if (const auto near = nearest_name(name, known)) return fmt::format("did you mean '{}'?", *near);
        return "";
    }
    return "";
}

}  // namespace claimgraph::cli
