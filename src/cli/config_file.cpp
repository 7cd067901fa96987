#include "cli/config_file.h"

#include <filesystem>
#include <fstream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/usage.h"
#include "util/error.h"
#include "util/text.h"

namespace claimgraph::cli {

namespace {

// "claims confirm" for the app of `claims confirm`.
std::string path_of(const CLI::App* command) {
    std::vector<std::string> words;
    for (const CLI::App* at = command; at && at->get_parent(); at = at->get_parent()) words.insert(words.begin(), at->get_name());
    return text::join(words, " ");
}

// The app a section names ("render", "claims.confirm"); nullptr when none.
CLI::App* section_app(CLI::App& app, const std::vector<std::string>& parents) {
    CLI::App* at = &app;
    for (const std::string& p : parents)
        if (!(at = subcommand_named(*at, p))) return nullptr;
    return at;
}

// The long option names of every command at any depth, each once.
void collect_names(const CLI::App& app, std::vector<std::string>& out) {
    for (const std::string& l : long_option_names(app))
        if (std::find(out.begin(), out.end(), l) == out.end()) out.push_back(l);
    for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) collect_names(*sub, out);
}

// Whether the arguments give `option` (by any of its names) before a `--`.
bool given(const std::vector<std::string>& args, const CLI::Option& option) {
    for (const std::string& a : args) {
        if (a == "--") break;
        for (const std::string& l : option.get_lnames())
            if (a == "--" + l || a.starts_with("--" + l + "=")) return true;
        for (const std::string& s : option.get_snames())
            if (a == "-" + s) return true;
    }
    return false;
}

}  // namespace

std::string take_config_path(std::vector<std::string>& args) {
    std::string path;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--") break;
        if (args[i] == "--config") {
            if (i + 1 >= args.size()) throw_usage("--config: give a file");
            path = args[i + 1];
            args.erase(args.begin() + static_cast<std::ptrdiff_t>(i), args.begin() + static_cast<std::ptrdiff_t>(i) + 2);
            --i;
        } else if (args[i].starts_with("--config=")) {
            path = args[i].substr(9);
            args.erase(args.begin() + static_cast<std::ptrdiff_t>(i));
            --i;
        }
    }
    if (!path.empty()) {
        std::error_code ec;
        if (!std::filesystem::is_regular_file(path, ec))
            throw Error(fmt::format("--config '{}': no such file", path));
        return path;
    }
    std::error_code ec;
    return std::filesystem::is_regular_file("claimgraph.toml", ec) ? "claimgraph.toml" : "";
}

std::vector<std::string> apply_config(const std::string& path, std::vector<std::string> args, CLI::App& app) {
    std::ifstream in(path);
    if (!in) throw Error(fmt::format("'{}': cannot read the config file", path));
    std::vector<CLI::ConfigItem> items;
    try {
        items = CLI::ConfigTOML().from_config(in);
    } catch (const CLI::Error& e) {
        throw_usage(fmt::format("'{}': {}", path, e.what()));
    }
    CLI::App* command = target_command(args, app);
    std::vector<std::string> added;
    for (const CLI::ConfigItem& item : items) {
        // CLI11 reports a section's start as an item of its own
        if (item.name == "++" || item.name == "--") continue;
        const std::string where = item.parents.empty() ? item.name : text::join(item.parents, ".") + "." + item.name;
        const CLI::App* section = section_app(app, item.parents);
        if (!section)
            throw_usage(fmt::format("'{}': [{}] is no command (sections are commands: [render], [claims.confirm])",
                                    path, text::join(item.parents, ".")));
        if (item.parents.empty()) {
            std::vector<std::string> known;
            collect_names(app, known);
            if (std::find(known.begin(), known.end(), item.name) == known.end()) {
                const auto near = nearest_name(item.name, known);
                throw_usage(fmt::format("'{}': '{}' is an option of no command{}", path, item.name,
                                        near ? fmt::format("; did you mean '{}'?", *near) : ""));
            }
        } else if (!section->get_option_no_throw("--" + item.name)) {
            const auto near = nearest_name(item.name, long_option_names(*section));
            throw_usage(fmt::format("'{}': [{}] {}: {} has no option --{}{}", path, text::join(item.parents, "."),
                                    item.name, path_of(section), item.name,
                                    near ? fmt::format("; did you mean '{}'?", *near) : ""));
        }
        // the setting is for this command: its section, or a top-level key it has
        if (!command || (!item.parents.empty() && section != command)) continue;
        const CLI::Option* option = command->get_option_no_throw("--" + item.name);
        if (!option || given(args, *option)) continue;
        if (option->get_items_expected_max() == 0) {  // a flag
            const std::string v = item.inputs.empty() ? "true" : item.inputs.front();
            if (v == "true" || v == "1")
                added.push_back("--" + item.name);
            else if (v != "false" && v != "0")
                throw_usage(fmt::format("'{}': {}: a flag is true or false, not '{}'", path, where, v));
            continue;
        }
        for (const std::string& v : item.inputs) {
            added.push_back("--" + item.name);
            added.push_back(v);
        }
    }
    args.insert(std::find(args.begin(), args.end(), "--"), added.begin(), added.end());
    return args;
}

}  // namespace claimgraph::cli
