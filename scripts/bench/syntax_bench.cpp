// Tagger and parser throughput on one core: tokenize, tag, parse the given articles (or
// the synthetic wire stories of extract_bench) with the built-in models or model files,
// and how long the models take to load.
//
//   claimgraph_bench_syntax [--tagger FILE] [--parser FILE] [--mb N] [--rounds R] [FILE|DIR...]
//
// Prints one figure per line as `name: value unit`; the best of R rounds.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "load/discover.h"
#include "load/loader.h"
#include "syntax/models.h"
#include "syntax/tokenize.h"
#include "util/error.h"

namespace {

using namespace claimgraph;

double seconds_since(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// Prose in the register of wire copy, written by us: the sentences repeat with numbers
// changed, which the models do not notice (no caching anywhere).
std::string synthetic_text(double mb) {
    std::string out;
    for (std::size_t n = 0; static_cast<double>(out.size()) < mb * 1e6; ++n)
        out += fmt::format(
            "At least {} people were killed and {} wounded when a strike hit a market in the city on Sunday, the "
            "regional governor said, adding that rescuers were still searching the rubble. \u201CThis was a "
            "deliberate attack on civilians,\u201D a spokeswoman for the interior ministry told reporters. According "
            "to local officials, the market had been closed for repairs, but dozens of traders had returned on "
            "Saturday. The ministry denied that any military target was nearby. Officials believe the death toll "
            "could rise, and a preliminary report found that the warning sirens had failed in {} districts.\n\n",
            3 + n % 17, 10 + n % 41, 2 + n % 5);
    return out;
}

int run(int argc, char** argv) {
    double mb = 5;
    int rounds = 3;
    std::string tagger_file, parser_file;
    std::vector<std::string> paths;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--mb" && i + 1 < argc) mb = std::atof(argv[++i]);
        else if (a == "--rounds" && i + 1 < argc) rounds = std::atoi(argv[++i]);
        else if (a == "--tagger" && i + 1 < argc) tagger_file = argv[++i];
        else if (a == "--parser" && i + 1 < argc) parser_file = argv[++i];
        else paths.push_back(a);
    }
    std::vector<std::string> texts;
    std::size_t bytes = 0;
    if (paths.empty()) {
        texts.push_back(synthetic_text(mb));
        bytes = texts.back().size();
    } else {
        for (const std::string& p : load::discover(paths).files)
            for (Document& d : load::load_documents(p).documents) {
                bytes += d.text.size();
                texts.push_back(std::move(d.text));
            }
    }

    // loading: from the bytes linked into the program, or from a file (read included)
    auto t0 = std::chrono::steady_clock::now();
    std::optional<syntax::Tagger> own_tagger;
    if (!tagger_file.empty()) own_tagger.emplace(load::read_input(tagger_file), tagger_file);
    const syntax::Tagger& tagger = own_tagger ? *own_tagger : syntax::builtin_tagger();
    const double tagger_load = seconds_since(t0);
    t0 = std::chrono::steady_clock::now();
    std::optional<syntax::Parser> own_parser;
    if (!parser_file.empty()) own_parser.emplace(load::read_input(parser_file), parser_file);
    const syntax::Parser& parser = own_parser ? *own_parser : syntax::builtin_parser();
    const double parser_load = seconds_since(t0);

    double best_tokenize = 1e30, best_tag = 1e30, best_parse = 1e30;
    std::size_t words = 0, sentences = 0;
    for (int r = 0; r < rounds; ++r) {
        t0 = std::chrono::steady_clock::now();
        std::vector<syntax::Sentence> all;
        for (const std::string& t : texts) {
            auto s = syntax::tokenize(t);
            all.insert(all.end(), std::make_move_iterator(s.begin()), std::make_move_iterator(s.end()));
        }
        best_tokenize = std::min(best_tokenize, seconds_since(t0));
        t0 = std::chrono::steady_clock::now();
        for (syntax::Sentence& s : all) tagger.tag(s);
        best_tag = std::min(best_tag, seconds_since(t0));
        t0 = std::chrono::steady_clock::now();
        for (syntax::Sentence& s : all) parser.parse(s);
        best_parse = std::min(best_parse, seconds_since(t0));
        words = 0;
        for (const syntax::Sentence& s : all) words += s.words.size();
        sentences = all.size();
    }
    const auto per_s = [&](double s) { return static_cast<double>(words) / s / 1e3; };
    std::printf("syntax_corpus: %s\n", paths.empty() ? "synthetic" : "files");
    std::printf("syntax_input_mb: %.2f MB\n", static_cast<double>(bytes) / 1e6);
    std::printf("syntax_sentences: %zu\n", sentences);
    std::printf("syntax_words: %zu\n", words);
    std::printf("syntax_tokenize_kwords_per_s: %.0f k words/s\n", per_s(best_tokenize));
    std::printf("syntax_tag_kwords_per_s: %.0f k words/s\n", per_s(best_tag));
    std::printf("syntax_parse_kwords_per_s: %.0f k words/s\n", per_s(best_parse));
    std::printf("syntax_tag_parse_kwords_per_s: %.0f k words/s\n", per_s(best_tag + best_parse));
    std::printf("syntax_all_kwords_per_s: %.0f k words/s (tokenize, tag, parse)\n",
                per_s(best_tokenize + best_tag + best_parse));
    std::printf("syntax_all_mb_per_s: %.2f MB/s\n",
                static_cast<double>(bytes) / 1e6 / (best_tokenize + best_tag + best_parse));
    std::printf("syntax_tagger_load_ms: %.0f ms (%zu bytes)\n", tagger_load * 1e3, tagger.model_bytes());
    std::printf("syntax_parser_load_ms: %.0f ms (%zu bytes)\n", parser_load * 1e3, parser.model_bytes());
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return run(argc, argv);
    } catch (const claimgraph::Error& e) {
        std::fprintf(stderr, "claimgraph_bench_syntax: error: %s\n", e.what());
        return 1;
    }
}
