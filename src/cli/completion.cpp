// `claimgraph completion bash|zsh|fish`: shell completion scripts written from the
// command line's own table (commands, subcommands, options and their choices), so that
// they never fall behind it.
#include <map>
#include <ostream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/common.h"
#include "util/error.h"
#include "util/text.h"

namespace claimgraph::cli {

namespace {

// What can follow in one place of the command line: the subcommands, the options (those
// that take a value apart), and the choices of options such as --format.
struct Place {
    std::string path;  ///< "" for the top, "claims", "claims confirm"
    std::vector<std::pair<std::string, std::string>> subcommands;  ///< name, summary
    std::vector<std::pair<std::string, std::string>> options;      ///< --name, description
    std::vector<std::string> takes_value;
    std::map<std::string, std::vector<std::string>> choices;  ///< --format → text, json
};

// "TEXT:{text,json,csv}" → text, json, csv
std::vector<std::string> choices_of(const CLI::Option* o) {
    const std::string type = o->get_type_name();
    const std::size_t open = type.find('{'), close = type.rfind('}');
    std::vector<std::string> out;
    if (open == std::string::npos || close == std::string::npos || close < open) return out;
    const std::string list = type.substr(open + 1, close - open - 1);
    for (std::size_t at = 0; at <= list.size();) {
        const std::size_t comma = std::min(list.find(',', at), list.size());
        if (comma > at) out.push_back(list.substr(at, comma - at));
        at = comma + 1;
    }
    return out;
}

void collect(const CLI::App& app, const std::string& path, std::vector<Place>& out) {
    Place p;
    p.path = path;
    for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
        if (sub->get_name() == "completion" && path.empty()) continue;  // a script does not complete itself
        p.subcommands.emplace_back(sub->get_name(), sub->get_description());
    }
    for (const CLI::Option* o : app.get_options()) {
        for (const std::string& l : o->get_lnames()) {
            p.options.emplace_back("--" + l, o->get_description());
            if (o->get_items_expected_max() != 0) p.takes_value.push_back("--" + l);
            if (auto c = choices_of(o); !c.empty()) p.choices["--" + l] = c;
        }
        for (const std::string& s : o->get_snames()) {
            p.options.emplace_back("-" + s, o->get_description());
            if (o->get_items_expected_max() != 0) p.takes_value.push_back("-" + s);
        }
    }
    out.push_back(std::move(p));
    for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; }))
        if (!(sub->get_name() == "completion" && path.empty()))
            collect(*sub, path.empty() ? sub->get_name() : path + " " + sub->get_name(), out);
}

std::string names(const std::vector<std::pair<std::string, std::string>>& items) {
    std::vector<std::string> n;
    for (const auto& [name, help] : items) n.push_back(name);
    return text::join(n, " ");
}

// Bash: the words before the cursor that are not options (nor their values) are the
// command path; the options and subcommands of that path are offered.
std::string bash(const std::vector<Place>& places) {
    std::vector<std::string> value_options;
    for (const Place& p : places)
        for (const std::string& o : p.takes_value)
            if (std::find(value_options.begin(), value_options.end(), o) == value_options.end()) value_options.push_back(o);
    std::string s =
        "# bash completion for claimgraph (claimgraph completion bash)\n"
        "_claimgraph() {\n"
        "    local cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"${COMP_WORDS[COMP_CWORD-1]}\"\n"
        "    local path=\"\" i w skip=0\n"
        "    for ((i = 1; i < COMP_CWORD; i++)); do\n"
        "        w=\"${COMP_WORDS[i]}\"\n"
        "        if ((skip)); then skip=0; continue; fi\n"
        "        case \"$w\" in\n"
        "            " + text::join(value_options, "|") + ") skip=1 ;;\n"
        "            -*) ;;\n"
        "            *) case \"$path\" in\n";
    // only known subcommands extend the path: a file argument does not
    for (const Place& p : places) {
        if (p.subcommands.empty()) continue;
        std::vector<std::string> subs;
        for (const auto& [name, help] : p.subcommands) subs.push_back(name);
        s += fmt::format("                   \"{}\") case \"$w\" in {}) path=\"{}${{path:+ }}$w\" ;; esac ;;\n", p.path,
                         text::join(subs, "|"), p.path.empty() ? "" : p.path);
    }
    s += "               esac ;;\n"
         "        esac\n"
         "    done\n"
         "    local words=\"\"\n"
         "    case \"$path $prev\" in\n";
    for (const Place& p : places)
        for (const auto& [option, values] : p.choices)
            s += fmt::format("        \"{} {}\") COMPREPLY=($(compgen -W \"{}\" -- \"$cur\")); return ;;\n", p.path,
                             option, text::join(values, " "));
    s += "    esac\n"
         "    case \"$prev\" in\n"
         "        " + text::join(value_options, "|") + ") COMPREPLY=($(compgen -f -- \"$cur\")); return ;;\n"
         "    esac\n"
         "    case \"$path\" in\n";
    for (const Place& p : places) {
        const std::string subs = names(p.subcommands), opts = names(p.options);
        s += fmt::format("        \"{}\") if [[ \"$cur\" == -* ]]; then words=\"{}\"; else words=\"{}\"; fi ;;\n", p.path,
                         opts, subs);
    }
    s += "    esac\n"
         "    if [[ -n \"$words\" ]]; then\n"
         "        COMPREPLY=($(compgen -W \"$words\" -- \"$cur\"))\n"
         "    else\n"
         "        COMPREPLY=($(compgen -f -- \"$cur\"))\n"
         "    fi\n"
         "}\n"
         "complete -o filenames -o bashdefault -F _claimgraph claimgraph\n";
    return s;
}

// Zsh reads the bash script through its bash-completion layer.
std::string zsh(const std::vector<Place>& places) {
    return "#compdef claimgraph\n# zsh completion for claimgraph (claimgraph completion zsh): the bash script read\n"
           "# through zsh's bashcompinit\nautoload -U +X bashcompinit && bashcompinit\n" +
           bash(places);
}

std::string fish_quote(const std::string& s) {
    std::string out = "'";
    for (char c : s) {
        if (c == '\'' || c == '\\') out += '\\';
        out += c;
    }
    return out + "'";
}

// Fish: a rule per subcommand and option, conditioned on the command path seen so far.
std::string fish(const std::vector<Place>& places) {
    std::string s = "# fish completion for claimgraph (claimgraph completion fish)\ncomplete -c claimgraph -f\n";
    for (const Place& p : places) {
        const auto words = [&] {
            std::vector<std::string> w;
            for (std::size_t at = 0; at < p.path.size();) {
                const std::size_t sp = std::min(p.path.find(' ', at), p.path.size());
                w.push_back(p.path.substr(at, sp - at));
                at = sp + 1;
            }
            return w;
        }();
        std::string cond;
        if (words.empty())
            cond = "__fish_use_subcommand";
        else {
            std::vector<std::string> parts;
            for (const std::string& w : words) parts.push_back("__fish_seen_subcommand_from " + w);
            std::vector<std::string> children;
            for (const auto& [name, help] : p.subcommands) children.push_back(name);
            if (!children.empty()) parts.push_back("not __fish_seen_subcommand_from " + text::join(children, " "));
            cond = text::join(parts, "; and ");
        }
        for (const auto& [name, help] : p.subcommands)
            s += fmt::format("complete -c claimgraph -n {} -a {} -d {}\n", fish_quote(cond), name,
                             fish_quote(text::truncate(help, 70)));
        for (const auto& [name, help] : p.options) {
            if (name == "-h" || name == "--help") continue;
            std::string rule = fmt::format("complete -c claimgraph -n {}", fish_quote(cond));
            rule += name.starts_with("--") ? " -l " + name.substr(2) : " -s " + name.substr(1);
            const bool value = std::find(p.takes_value.begin(), p.takes_value.end(), name) != p.takes_value.end();
            if (auto c = p.choices.find(name); c != p.choices.end())
                rule += " -x -a " + fish_quote(text::join(c->second, " "));
            else if (value)
                rule += " -r -F";
            s += rule + " -d " + fish_quote(text::truncate(help, 70)) + "\n";
        }
        if (!words.empty()) s += fmt::format("complete -c claimgraph -n {} -F\n", fish_quote(cond));  // files
    }
    return s;
}

}  // namespace

std::string completion_script(const CLI::App& app, const std::string& shell) {
    std::vector<Place> places;
    collect(app, "", places);
    if (shell == "bash") return bash(places);
    if (shell == "zsh") return zsh(places);
    if (shell == "fish") return fish(places);
    throw_usage(fmt::format("completion: unknown shell '{}' (bash, zsh or fish)", shell));
}

void setup_completion(CLI::App& sub, Io& io) {
    auto shell = std::make_shared<std::string>();
    sub.add_option("shell", *shell, "bash, zsh or fish")->required()->check(CLI::IsMember({"bash", "zsh", "fish"}));
    sub.final_callback([&io, shell, &sub] {
        const CLI::App* root = sub.get_parent();
        io.action = [&io, shell, root] { io.out << completion_script(*root, *shell); };
    });
}

}  // namespace claimgraph::cli
