#include "cli/common.h"

#include <ostream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "extract/extractor.h"
#include "extract/extractor_model.h"
#include "load/loader.h"
#include "store/store.h"
#include "util/output.h"
#include "util/text.h"
#include "util/error.h"

namespace claimgraph::cli {

void add_db_option(CLI::App& sub, std::string& path) {
    const char* env = std::getenv("CLAIMGRAPH_DB");
    path = env && *env ? env : "claimgraph.db";
    sub.add_option("--db", path, "database file (default: $CLAIMGRAPH_DB or claimgraph.db)");
}

void add_max_article_option(CLI::App& sub, std::size_t& bytes) {
    sub.add_option_function<unsigned>(
           "--max-article-mb", [&bytes](const unsigned& mb) { bytes = std::size_t{mb} * 1'000'000; },
           "largest article to read, in MB (default 16); a batch may be larger, each of its lines may not")
        ->check(CLI::Range(1u, 4000u));
}

void add_extraction_options(CLI::App& sub, ExtractionChoice& choice) {
    sub.add_option("--scope", choice.scope,
                   "all: what is said, believed, intended or found (PolNeAR's notion, the default); speech: only what "
                   "someone said or wrote")
        ->check(CLI::IsMember({"all", "speech"}));
    sub.add_option("--quote-unit", choice.quote_unit,
                   "turn: a speaker's quotations in a row (“A,” she said. “B.”) are one statement of several pieces "
                   "(PolNeAR's unit; the default with --scope all); quotation: each quotation a statement of its own "
                   "(GGT's unit; the default with --scope speech)")
        ->check(CLI::IsMember({"turn", "quotation"}));
    sub.add_option("--model", choice.model,
                   "the learned extractor model (claimgraph train extractor); 'none': the rules and the parse alone; "
                   "default: the built-in model");
    CLI::Option* fast = sub.add_flag("--fast", choice.fast,
                                     "the word rules alone, without the parse or a model: several times faster, fewer "
                                     "statements");
    sub.add_flag("--deep", choice.deep,
                 "every sentence parsed for the model's cue reader (by default it reads those parsed for a cue verb): "
                 "more beliefs, intentions and findings the word lists miss (about three times slower)")
        ->excludes(fast);
    sub.add_option("--min-confidence", choice.min_confidence,
                   "leave out the statements the model gives less confidence than this (0 to 1; default 0)")
        ->check(CLI::Range(0.0, 1.0));
}

extract::Options extraction_options(const ExtractionChoice& choice, std::unique_ptr<extract::ExtractorModel>& holder) {
    extract::Options o;
    o.fast = choice.fast;
    o.speech_only = choice.scope == "speech";
    o.min_confidence = choice.min_confidence;
    o.join_turns = choice.quote_unit.empty() ? choice.scope != "speech" : choice.quote_unit == "turn";
    if (choice.fast || choice.model == "none") return o;
    if (choice.model.empty()) {
        const extract::ExtractorModel* builtin = extract::builtin_extractor();
        return builtin ? builtin->options(o, choice.deep) : o;
    }
    holder = std::make_unique<extract::ExtractorModel>(load::read_input(choice.model), choice.model);
    return holder->options(o, choice.deep);
}

void add_format_option(CLI::App& sub, std::string& format, const std::vector<std::string>& choices) {
    std::string list;
    for (const auto& c : choices) list += (list.empty() ? "" : "|") + c;
    sub.add_option("--format", format, "output format: " + list + " (default " + format + ")")
        ->check(CLI::IsMember(choices));
}

std::unique_ptr<store::Store> open_existing(const std::string& path) {
    return std::make_unique<store::Store>(path, store::OpenMode::read_only);
}

std::unique_ptr<store::Store> open_existing_for_writing(const std::string& path) {
    open_existing(path);  // throws the readers' message when it is missing
    return std::make_unique<store::Store>(path, store::OpenMode::read_write);
}

CLI::Option* add_output_option(CLI::App& sub, OutputTarget& target, const std::string& help) {
    sub.add_flag("--force", target.force,
                 "replace an existing file that is not one of claimgraph's outputs (never a database in use)");
    return sub.add_option("-o,--output", target.path, help);
}

void write_output(Io& io, const OutputTarget& target, const std::string& data, const std::string& database) {
    if (target.path.empty() || target.path == "-") {
        io.out << data;
        io.out.flush();
        return;
    }
    write_output_file(target.path, data, target.force, database);
}

void out_line(Io& io, const std::string& line) { io.out << text::printable(line) << '\n'; }

void warn(Io& io, const std::string& message) { io.err << "claimgraph: warning: " << text::printable(message) << '\n'; }

std::string csv_row(std::initializer_list<std::string_view> fields, bool raw) {
    std::string out;
    bool first = true;
    for (const std::string_view f : fields) {
        if (!first) out += ',';
        first = false;
        // a formula in a spreadsheet otherwise
        const bool guard = !raw && !f.empty() && std::string_view("=+-@\t\r").find(f.front()) != std::string_view::npos;
        if (f.find_first_of(",\"\r\n") == std::string_view::npos) {
            if (guard) out += '\'';
            out += f;
            continue;
        }
        out += '"';
        if (guard) out += '\'';
        for (const char c : f) {
            if (c == '"') out += '"';
            out += c;
        }
        out += '"';
    }
    out += "\r\n";
    return out;
}

}  // namespace claimgraph::cli
