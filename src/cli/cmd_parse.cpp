// `claimgraph parse FILE...`: what the extractor sees of an article — its sentences,
// words, tags, lemmas and dependency tree — as CoNLL-U.
#include <optional>
#include <ostream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/common.h"
#include "load/discover.h"
#include "load/loader.h"
#include "syntax/conllu.h"
#include "syntax/models.h"
#include "syntax/tokenize.h"
#include "util/error.h"
#include "util/text.h"

namespace claimgraph::cli {

namespace {

struct ParseOptions {
    std::vector<std::string> files;
    std::string tagger, parser;
    load::LoadOptions load;
};

void run_parse(Io& io, const ParseOptions& o) {
    std::optional<syntax::Tagger> own_tagger;
    std::optional<syntax::Parser> own_parser;
    if (!o.tagger.empty()) own_tagger.emplace(load::read_input(o.tagger), o.tagger);
    if (!o.parser.empty()) own_parser.emplace(load::read_input(o.parser), o.parser);
    const syntax::Tagger& tagger = own_tagger ? *own_tagger : syntax::builtin_tagger();
    const syntax::Parser& parser = own_parser ? *own_parser : syntax::builtin_parser();
    const load::Discovered found = load::discover(o.files);
    for (const std::string& w : found.warnings) warn(io, w);
    for (const std::string& path : found.files) {
        try {
            load::stream_documents(
                path, o.load,
                [&](Document&& doc) {
                    std::vector<syntax::Sentence> sentences = syntax::tokenize(doc.text, doc.body_start);
                    std::size_t n = 0;
                    for (syntax::Sentence& s : sentences) {
                        tagger.tag(s);
                        parser.parse(s);
                        s.id = fmt::format("{}-{}", text::printable(doc.path), ++n);
                    }
                    io.out << "# newdoc id = " << text::printable(doc.path) << "\n"
                           << syntax::write_conllu(sentences, true);
                },
                [&](std::string w) {
                    warn(io, w + "; skipped");
                    io.exit_code = 1;
                },
                [&](std::string n) { warn(io, n); });
        } catch (const Error& e) {
            if (found.files.size() == 1) throw;
            warn(io, std::string(e.what()) + "; skipped");
            io.exit_code = 1;
        }
    }
}

}  // namespace

void setup_parse(CLI::App& sub, Io& io) {
    auto o = std::make_shared<ParseOptions>();
    sub.add_option("files", o->files, "article files (text, HTML, JSON Lines) or directories of them ('-' for stdin)")
        ->required();
    sub.add_option("--tagger", o->tagger, "a tagger model file (default: the built-in one)");
    sub.add_option("--parser", o->parser, "a parser model file (default: the built-in one)");
    add_max_article_option(sub, o->load.max_article_bytes);
    sub.final_callback([&io, o] { io.action = [&io, o] { run_parse(io, *o); }; });
}

}  // namespace claimgraph::cli
