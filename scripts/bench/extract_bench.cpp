// Extraction throughput benchmark: `extract --format json` work (load from memory,
// extract, serialise to JSON) on one core, over the given articles or a synthetic corpus.
//
//   claimgraph_bench_extract [--mb N] [--rounds R] [--fast|--deep|--no-model] [FILE|DIR...]
//
// Prints one figure per line as `name: value unit`. As `extract` does, by default with the
// built-in extractor model (its boundaries and confidence); `extract_fast_…` with --fast
// (the word rules alone, without the parse or a model), `extract_deep_…` with --deep (the
// model's cue reader too), `extract_nomodel_…` with --no-model (rules and parse).
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "extract/extractor_model.h"

#include <fmt/format.h>

#include "interchange/extraction_json.h"
#include "extract/extractor.h"
#include "load/discover.h"
#include "load/loader.h"
#include "util/error.h"

namespace {

using namespace claimgraph;

// A synthetic wire story in the styles extraction reads: direct and split quotes,
// reported speech, inversions, "according to", participles, figures. Written by us.
std::string synthetic_article(std::size_t n) {
    static const char* const speakers[] = {"Governor Lena Fisk", "the regional health ministry", "Mayor Tomas Berg",
                                           "a police spokeswoman", "Interior Minister Ada Brook", "officials"};
    static const char* const places[] = {"Port Hale", "Northfield", "Vessel Bay", "Marrow", "Kestrel", "Dunmore"};
    const char* who = speakers[n % 6];
    const char* other = speakers[(n + 2) % 6];
    const char* where = places[n % 6];
    const unsigned killed = 3 + static_cast<unsigned>(n % 17), hurt = 10 + static_cast<unsigned>(n % 41);
    return fmt::format(
        "title: Strike on {where} #{n}\noutlet: Example Wire\ndate: 2026-0{m}-1{d}\n\n"
        "Strike on {where} kills {k}, officials say\n\n"
        "{WHERE} (Example Wire) \u2014 At least {k} people were killed and {h} wounded when a strike hit a market in "
        "{where} on Sunday, {who} said, adding that rescuers were still searching the rubble.\n\n"
        "\u201CThis was a deliberate attack on civilians,\u201D {other} said in a statement. \u201CThose "
        "responsible will be found.\u201D\n\n"
        "According to {other}, the market had been closed for repairs, but dozens of traders had returned on "
        "Saturday.\n\n"
        "The ministry denied that any military target was nearby, saying the area was \u201Centirely "
        "residential.\u201D Local residents told reporters they heard two explosions shortly after noon.\n\n"
        "A further {h} people were taken to hospital, said regional governor Vyacheslav Gladkov, who added that "
        "four of them were in critical condition.\n\n"
        "Officials believe the death toll could rise. A preliminary report found that the warning sirens had "
        "failed in two districts.\n\n",
        fmt::arg("where", where), fmt::arg("WHERE", where), fmt::arg("n", n), fmt::arg("m", 1 + n % 9),
        fmt::arg("d", n % 10), fmt::arg("k", killed), fmt::arg("h", hurt), fmt::arg("who", who),
        fmt::arg("other", other));
}

double seconds_since(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

int run(int argc, char** argv) {
    double mb = 20;
    int rounds = 3;
    extract::Options options;
    std::string variant;  // "", fast, deep, nomodel
    std::vector<std::string> paths;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--mb" && i + 1 < argc) mb = std::atof(argv[++i]);
        else if (a == "--rounds" && i + 1 < argc) rounds = std::atoi(argv[++i]);
        else if (a == "--fast") variant = "fast";
        else if (a == "--deep") variant = "deep";
        else if (a == "--no-model") variant = "nomodel";
        else paths.push_back(a);
    }
    options.fast = variant == "fast";
    options.join_turns = true;  // the command line's default (--scope all)
    if (variant == "" || variant == "deep") {
        const extract::ExtractorModel* model = extract::builtin_extractor();
        if (model) options = model->options(options, variant == "deep");
    }
    std::vector<Document> docs;
    std::size_t bytes = 0;
    if (paths.empty()) {
        for (std::size_t n = 0; bytes < static_cast<std::size_t>(mb * 1e6); ++n) {
            docs.push_back(load::load_text(fmt::format("synthetic/{}.txt", n), synthetic_article(n)));
            bytes += docs.back().text.size();
        }
    } else {
        for (const std::string& p : load::discover(paths).files)
            for (Document& d : load::load_documents(p).documents) {
                bytes += d.text.size();
                docs.push_back(std::move(d));
            }
    }
    double best_full = 0, best_extract = 0;
    std::size_t statements = 0, out_bytes = 0;
    for (int r = 0; r < rounds; ++r) {
        auto t0 = std::chrono::steady_clock::now();
        statements = 0;
        for (const Document& d : docs) statements += extract::extract(d, options).statements.size();
        best_extract = std::max(best_extract, static_cast<double>(bytes) / 1e6 / seconds_since(t0));
        t0 = std::chrono::steady_clock::now();
        out_bytes = 0;
        std::string line;
        for (const Document& d : docs) {
            line.clear();
            interchange::append_extraction_json(line, extract::extract(d, options));
            line += '\n';
            out_bytes += line.size();
        }
        best_full = std::max(best_full, static_cast<double>(bytes) / 1e6 / seconds_since(t0));
    }
    const std::string name = variant.empty() ? "extract" : "extract_" + variant;
    const char* p = name.c_str();
    std::printf("%s_corpus: %s\n", p, paths.empty() ? "synthetic" : "files");
    std::printf("%s_documents: %zu\n", p, docs.size());
    std::printf("%s_input_mb: %.2f MB\n", p, static_cast<double>(bytes) / 1e6);
    std::printf("%s_statements: %zu\n", p, statements);
    std::printf("%s_only_mb_per_s: %.1f MB/s\n", p, best_extract);
    std::printf("%s_mb_per_s: %.1f MB/s\n", p, best_full);
    std::printf("%s_json_output_mb: %.2f MB\n", p, static_cast<double>(out_bytes) / 1e6);
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return run(argc, argv);
    } catch (const claimgraph::Error& e) {
        std::fprintf(stderr, "claimgraph_bench_extract: error: %s\n", e.what());
        return 1;
    }
}
