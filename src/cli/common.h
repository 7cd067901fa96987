// What every command shares: the output streams, the database option, id prefixes.
#pragma once

#include <cstddef>
#include <functional>
#include <initializer_list>
#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace CLI {
class App;
class Option;
}  // namespace CLI

namespace claimgraph::store {
class Store;
}  // namespace claimgraph::store

namespace claimgraph::extract {
struct Options;
class ExtractorModel;
}  // namespace claimgraph::extract

namespace claimgraph::cli {

struct Io {
    std::ostream& out;
    std::ostream& err;
    int exit_code = 0;
    /// What the parsed command will do; set by the command's setup, run after parsing.
    std::function<void()> action;
};

/// One command of the table: its name, a one-line summary and the function that adds
/// its options to `sub` and sets io.action.
struct Command {
    const char* name;
    const char* summary;
    void (*setup)(CLI::App& sub, Io& io);
};

/// The command table, in the order `--help` lists them.
const std::vector<Command>& commands();

/// Adds `--db FILE` (default $CLAIMGRAPH_DB, else claimgraph.db) bound to `path`.
void add_db_option(CLI::App& sub, std::string& path);

/// Adds `--format` restricted to `choices`, bound to `format` (whose value is the default).
void add_format_option(CLI::App& sub, std::string& format, const std::vector<std::string>& choices);

/// Adds `--max-article-mb N` (1 to 4000, default 16), stored in `bytes` as N million bytes.
void add_max_article_option(CLI::App& sub, std::size_t& bytes);

/// The extraction options every extracting command shares: `--fast`, `--deep`,
/// `--scope all|speech` and `--model FILE|none`.
struct ExtractionChoice {
    bool fast = false;
    std::string scope = "all";
    std::string quote_unit;  ///< "turn", "quotation", or empty: turn with scope all, quotation with speech
    std::string model;  ///< a file (train extractor), "none", or empty: the built-in model
    bool deep = false;  ///< the model's cue reader too (every sentence parsed)
    double min_confidence = 0;  ///< statements given less confidence are left out
};
void add_extraction_options(CLI::App& sub, ExtractionChoice& choice);
/// The options to extract with; a model read from a file is kept in `holder`.
extract::Options extraction_options(const ExtractionChoice& choice, std::unique_ptr<extract::ExtractorModel>& holder);

/// Opens an existing database for reading; Error when it does not exist.
std::unique_ptr<store::Store> open_existing(const std::string& path);
/// Opens an existing database to change it (corrections, curated disputes); a missing one
/// is the same error as for readers.
std::unique_ptr<store::Store> open_existing_for_writing(const std::string& path);

/// Where a command writes its output: `-o PATH` ("-" or none: standard output) and
/// `--force` (replace a file that is not one of claimgraph's outputs).
struct OutputTarget {
    std::string path;
    bool force = false;
};
/// Adds `-o,--output` and `--force` bound to `target`; returns the -o option.
CLI::Option* add_output_option(CLI::App& sub, OutputTarget& target, const std::string& help);

/// Writes `data` to the target (write_output_file's rules; `database`, the command's own, is
/// never overwritten), or to io.out when its path is "-" or empty.
void write_output(Io& io, const OutputTarget& target, const std::string& data, const std::string& database = "");

/// One CSV record (RFC 4180 quoting), with its line end. A cell a spreadsheet would take
/// for a formula (it starts with = + - @, a tab or a carriage return: OWASP's list) gets a
/// leading ' unless `raw` (--csv-raw).
std::string csv_row(std::initializer_list<std::string_view> fields, bool raw = false);

/// One line of text output: `line` as a terminal should show it (text::printable: no
/// control character, no bidirectional override, no line break of its own), then "\n".
void out_line(Io& io, const std::string& line);
/// "claimgraph: warning: <message>" on standard error, the message shown as out_line shows.
void warn(Io& io, const std::string& message);

void setup_extract(CLI::App& sub, Io& io);
void setup_ingest(CLI::App& sub, Io& io);
void setup_claims(CLI::App& sub, Io& io);
void setup_sources(CLI::App& sub, Io& io);
void setup_disputes(CLI::App& sub, Io& io);
void setup_timeline(CLI::App& sub, Io& io);
void setup_documents(CLI::App& sub, Io& io);
void setup_trace(CLI::App& sub, Io& io);
void setup_render(CLI::App& sub, Io& io);
void setup_export(CLI::App& sub, Io& io);
void setup_import(CLI::App& sub, Io& io);
void setup_check(CLI::App& sub, Io& io);
void setup_report(CLI::App& sub, Io& io);
void setup_diff(CLI::App& sub, Io& io);
void setup_doctor(CLI::App& sub, Io& io);
void setup_train(CLI::App& sub, Io& io);
void setup_eval(CLI::App& sub, Io& io);
void setup_parse(CLI::App& sub, Io& io);
void setup_verdict(CLI::App& sub, Io& io);
void setup_completion(CLI::App& sub, Io& io);
void setup_watch(CLI::App& sub, Io& io);
void setup_serve(CLI::App& sub, Io& io);

/// The completion script of `app` (the root) for `shell` (bash, zsh or fish).
std::string completion_script(const CLI::App& app, const std::string& shell);

}  // namespace claimgraph::cli
