#include "cli/cli.h"

#include <algorithm>
#include <ostream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/common.h"
#include "cli/config_file.h"
#include "cli/usage.h"
#include "store/store.h"
#include "util/error.h"
#include "util/text.h"

namespace claimgraph::cli {

const std::vector<Command>& commands() {
    static const std::vector<Command> table = {
        {"extract", "extract who said what from articles (no database)", setup_extract},
        {"ingest", "load, extract and store articles in the database", setup_ingest},
        {"claims", "list the statements in the database", setup_claims},
        {"sources", "list the sources (speakers, organisations, agencies)", setup_sources},
        {"disputes", "list the disputes between claims (figure, denial, contradiction, curated)", setup_disputes},
        {"verdict", "record a fact-checker's rating of a claim; 'verdict list' (ClaimReview to publish)", setup_verdict},
        {"timeline", "each figure (death toll, …) over time by source, with revisions", setup_timeline},
        {"documents", "list the documents", setup_documents},
        {"trace", "provenance chain of a statement, source or document", setup_trace},
        {"render", "draw the graph (dot, svg, png, pdf)", setup_render},
        {"report", "write an HTML page and a Markdown summary of the investigation", setup_report},
        {"diff", "what changed between two graph files or databases (Markdown, DOT, SVG)", setup_diff},
        {"export", "write the graph as semantic DOT or JSON", setup_export},
        {"import", "read graph files (semantic DOT) into the database", setup_import},
        {"check", "lint graph files: path:line:col: error|warning: …", setup_check},
        {"doctor", "what is wrong with a database, and --repair what can be mended", setup_doctor},
        {"parse", "articles as the extractor sees them: sentences, tags and dependencies (CoNLL-U)", setup_parse},
        {"train", "train the tagger or the parser on treebanks (CoNLL-U)", setup_train},
        {"eval", "score the tagger, the parser or the extractor on gold data", setup_eval},
        {"watch", "ingest a folder's new and edited articles as they come, redraw and rewrite, until Ctrl-C",
         setup_watch},
        {"serve", "browse, trace and correct the graph in a browser, on this machine", setup_serve},
        {"completion", "a shell completion script: claimgraph completion bash|zsh|fish", setup_completion},
    };
    return table;
}

namespace {

// CLI11's messages start with a capital and name options its own way; ours are
// "claimgraph: error: <context>: <cause>", lower-case.
std::string usage_message(const CLI::Error& e) {
    std::string what = e.what();
    if (!what.empty()) what[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(what[0])));
    return what;
}

}  // namespace

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    Io io{out, err, 0, {}};
    try {
        CLI::App app{"claimgraph: claim-and-source provenance graphs from news articles", "claimgraph"};
        app.require_subcommand(1);
        app.set_version_flag("--version", "claimgraph 0.1.0");
        app.footer(
            "Settings: claimgraph.toml in the working folder (or --config FILE): top-level keys are options of every "
            "command that has them (db = \"case.db\"), a [render] section's are render's (theme = \"dark\"); the "
            "command line wins. Completion: claimgraph completion bash|zsh|fish.");
        for (const Command& c : commands()) c.setup(*app.add_subcommand(c.name, c.summary), io);
        std::vector<std::string> placed = args;
        try {
            const std::string config = take_config_path(placed);  // --config FILE, else ./claimgraph.toml
            placed = place_global_options(placed, app);  // `--db X` before the command; a mistyped command
            if (!config.empty()) placed = apply_config(config, placed, app);
        } catch (const Error& e) {
            err << "claimgraph: error: " << text::printable(e.what()) << "\n";
            if (e.code() == ExitCode::usage) err << "run 'claimgraph --help' for usage\n";
            return static_cast<int>(e.code());
        }
        std::vector<std::string> reversed(placed.rbegin(), placed.rend());
        try {
            app.parse(reversed);
        } catch (const CLI::CallForHelp&) {
            out << app.help();
            return 0;
        } catch (const CLI::CallForVersion&) {
            out << "claimgraph 0.1.0\n";
            return 0;
        } catch (const CLI::CallForAllHelp&) {
            out << app.help();
            return 0;
        } catch (const CLI::ParseError& e) {
            if (e.get_exit_code() == 0) {
                out << app.help();
                return 0;
            }
            std::string message = usage_message(e);
            if (dynamic_cast<const CLI::ExtrasError*>(&e))
                if (const std::string hint = option_suggestion(placed, app); !hint.empty()) message += "; " + hint;
            err << "claimgraph: error: " << text::printable(message) << "\n";
            err << "run 'claimgraph --help' for usage\n";
            return static_cast<int>(ExitCode::usage);
        }
        if (io.action) io.action();
        return io.exit_code;
    } catch (const Error& e) {
        err << "claimgraph: error: " << text::printable(e.what()) << "\n";
        return static_cast<int>(e.code());
    } catch (const std::bad_alloc&) {
        err << "claimgraph: error: out of memory\n";
        return static_cast<int>(ExitCode::failure);
    } catch (const std::exception& e) {
        // a database the command could open failed under it: a full disk, a damaged file
        const char* what = store::is_sqlite_error(e) ? "database: " : "internal error: ";
        err << "claimgraph: error: " << what << text::printable(e.what()) << "\n";
        return static_cast<int>(ExitCode::failure);
    }
}

}  // namespace claimgraph::cli
