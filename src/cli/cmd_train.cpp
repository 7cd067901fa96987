// `claimgraph train tagger|parser`, `claimgraph eval tagger|parser`: models from treebanks
// (CoNLL-U), and how well they do on gold data.
#include <chrono>
#include <ctime>
#include <filesystem>
#include <ostream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/common.h"
#include "learn/features.h"
#include "load/loader.h"
#include "extract/evaluate.h"
#include "extract/extractor_model.h"
#include "extract/gold.h"
#include "syntax/augment.h"
#include "syntax/conllu.h"
#include "syntax/evaluate.h"
#include "syntax/models.h"
#include "syntax/parser.h"
#include "syntax/tagger.h"
#include "util/error.h"

namespace claimgraph::cli {

namespace {

struct TrainOptions {
    std::string what;
    std::vector<std::string> train, dev;
    OutputTarget output;
    std::size_t epochs = 0;
    std::uint64_t seed = 1;
    std::string revision = "unknown";
    std::string tagger;  ///< the tagger the parser is trained on (empty: the built-in one)
    std::size_t jackknife = 5;
    std::size_t min_updates = 0;  ///< 0: the default of the kind
    bool drop_that = false;  ///< parser: copies of "said that …" sentences without "that"
    std::string train_split, dev_split;  ///< extractor: the articles of these splits only
    bool cues = false;  ///< extractor: the cue model too
    std::size_t runs = 1;  ///< extractor: cue and boundary perceptrons averaged
    std::string quote_unit = "turn";  ///< extractor: the unit the gold's statements follow
    bool quiet = false;
};

// The .conllu files of the paths given (a folder: those in it, sorted), comma lists too.
std::vector<std::string> conllu_files(const std::vector<std::string>& given) {
    std::vector<std::string> out;
    for (const std::string& list : given) {
        std::size_t i = 0;
        while (i <= list.size()) {
            std::size_t e = list.find(',', i);
            if (e == std::string::npos) e = list.size();
            const std::string p = list.substr(i, e - i);
            i = e + 1;
            if (p.empty()) continue;
            if (std::filesystem::is_directory(p)) {
                std::vector<std::string> in;
                for (const auto& entry : std::filesystem::directory_iterator(p))
                    if (entry.path().extension() == ".conllu") in.push_back(entry.path().string());
                std::sort(in.begin(), in.end());
                out.insert(out.end(), in.begin(), in.end());
            } else {
                out.push_back(p);
            }
        }
    }
    return out;
}

std::vector<syntax::Sentence> read_all(const std::vector<std::string>& files, std::string* id = nullptr) {
    std::vector<syntax::Sentence> out;
    std::uint64_t h = 0;
    for (const std::string& f : files) {
        const std::string bytes = load::read_input(f);
        h = learn::mix(h ^ learn::hash_text(bytes));
        auto more = syntax::read_conllu(bytes, f);
        out.insert(out.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
    }
    if (id) {
        std::string names;
        for (const std::string& f : files)
            names += (names.empty() ? "" : " ") + std::filesystem::path(f).filename().string();
        if (files.size() > 6)
            names =
                fmt::format("{} files: {} … {}", files.size(), std::filesystem::path(files.front()).filename().string(),
                            std::filesystem::path(files.back()).filename().string());
        *id = fmt::format("{} ({} sentences; content hash {:016x})", names, out.size(), h);
    }
    return out;
}

std::string utc_now() {
    const std::time_t t = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

// `train extractor`: the boundary model (and with --cues the cue model), from gold
// attributions in JSON Lines.
void run_train_extractor(Io& io, const TrainOptions& o) {
    extract::ExtractorTrainOptions t;
    t.cues = o.cues;
    t.join_turns = o.quote_unit == "turn";
    t.seed = o.seed;
    t.runs = o.runs;
    if (o.epochs) t.epochs = o.epochs;
    t.revision = o.revision;
    t.created = utc_now();
    const std::vector<extract::GoldArticle> train = extract::read_gold(o.train, o.train_split);
    const std::vector<extract::GoldArticle> dev = extract::read_gold(o.dev, o.dev_split);
    if (train.empty()) throw_usage("train extractor: no training articles (--train GOLD.jsonl, --train-split)");
    t.data = fmt::format("{} articles of {}{}", train.size(), o.train.front(),
                         o.train_split.empty() ? "" : " (" + o.train_split + ")");
    std::string log;
    const std::string model = extract::ExtractorModel::train(train, dev, t, o.quiet ? nullptr : &log);
    io.err << log;
    write_output(io, o.output, model);
    io.err << fmt::format("extractor model written: {} bytes\n", model.size());
}

void run_train(Io& io, const TrainOptions& o) {
    if (o.what == "extractor") {
        run_train_extractor(io, o);
        return;
    }
    syntax::TrainOptions t;
    t.seed = o.seed;
    t.jackknife = o.jackknife;
    if (o.min_updates) t.min_updates = o.min_updates;
    t.revision = o.revision;
    t.created = utc_now();
    const auto train = read_all(conllu_files(o.train), &t.data);
    const auto dev = read_all(conllu_files(o.dev));
    if (train.empty()) throw_usage("train: no training sentences (--train FILE.conllu[,…])");
    std::string log;
    std::string model;
    if (o.what == "tagger") {
        t.epochs = o.epochs ? o.epochs : 10;
        model = syntax::Tagger::train(train, dev, t, o.quiet ? nullptr : &log);
    } else {
        t.epochs = o.epochs ? o.epochs : 15;
        const syntax::Tagger tagger =
            o.tagger.empty() ? syntax::builtin_tagger() : syntax::Tagger(load::read_input(o.tagger), o.tagger);
        auto sentences = train;
        if (o.drop_that) {
            auto more = syntax::without_complementizer(train);
            log +=
                fmt::format("parser: {} more sentences, each a clause of a verb without its \"that\"\n", more.size());
            sentences.insert(sentences.end(), std::make_move_iterator(more.begin()),
                             std::make_move_iterator(more.end()));
            t.data += fmt::format(", {} copies without \"that\"", more.size());
        }
        model = syntax::Parser::train(sentences, dev, tagger, t, o.quiet ? nullptr : &log);
    }
    io.err << log;
    write_output(io, o.output, model);
    io.err << fmt::format("{} model written: {} bytes\n", o.what, model.size());
}

struct EvalOptions {
    std::string what;
    std::vector<std::string> gold;
    std::string tagger, parser;
    bool raw = false;
    std::string split;  ///< extractor: the gold articles of this split only
    ExtractionChoice extraction;  ///< extractor: how to extract
};

// `eval extractor`: the figures of ../shared/tools/score_attributions.py.
void run_eval_extractor(Io& io, const EvalOptions& o) {
    const std::vector<extract::GoldArticle> gold = extract::read_gold(o.gold, o.split);
    if (gold.empty()) throw_usage("eval extractor: no gold articles (--gold GOLD.jsonl, --split)");
    std::unique_ptr<extract::ExtractorModel> model;
    io.out << extract::format_scores(extract::evaluate(gold, extraction_options(o.extraction, model)));
}

void run_eval(Io& io, const EvalOptions& o) {
    if (o.what == "extractor") {
        run_eval_extractor(io, o);
        return;
    }
    const auto gold = read_all(conllu_files(o.gold));
    if (gold.empty()) throw_usage("eval: no gold sentences (--gold FILE.conllu)");
    const syntax::Tagger tagger =
        o.tagger.empty() ? syntax::builtin_tagger() : syntax::Tagger(load::read_input(o.tagger), o.tagger);
    std::optional<syntax::Parser> parser;
    if (o.what == "parser")
        parser.emplace(o.parser.empty() ? syntax::builtin_parser()
                                        : syntax::Parser(load::read_input(o.parser), o.parser));
    const syntax::Scores gold_tokens = syntax::evaluate(gold, tagger, parser ? &*parser : nullptr, false);
    io.out << syntax::format_scores("gold tokens", gold_tokens, parser.has_value());
    if (o.raw) {
        const syntax::Scores raw = syntax::evaluate(gold, tagger, parser ? &*parser : nullptr, true);
        io.out << syntax::format_scores("our tokens from the raw text", raw, parser.has_value());
    }
}

}  // namespace

void setup_train(CLI::App& sub, Io& io) {
    auto o = std::make_shared<TrainOptions>();
    sub.add_option("what", o->what, "tagger, parser or extractor")
        ->required()
        ->check(CLI::IsMember({"tagger", "parser", "extractor"}));
    sub.add_option("--train", o->train,
                   "training data: CoNLL-U treebanks (files or folders, comma-separated); for the extractor, gold "
                   "attributions in JSON Lines")
        ->required()
        ->delimiter(',');
    sub.add_option("--train-split", o->train_split, "extractor: only the articles whose official_split is this");
    sub.add_option("--dev-split", o->dev_split, "extractor: only the dev articles whose official_split is this");
    sub.add_option("--dev", o->dev, "treebanks to report accuracy on after each epoch");
    add_output_option(sub, o->output, "the model file to write")->required();
    sub.add_option("--epochs", o->epochs, "passes over the training data (default: tagger 10, parser 15)");
    sub.add_option("--seed", o->seed, "the order of the training sentences (default 1): the same seed, the same model");
    sub.add_option("--revision", o->revision,
                   "the trainer's source revision, recorded in the model (git rev-parse HEAD)");
    sub.add_option("--tagger", o->tagger,
                   "parser: the tagger model whose tags it learns from (default: the built-in one)");
    sub.add_option("--jackknife", o->jackknife,
                   "parser: train taggers on all but one of N folds to tag the training data (default 5; 1: the "
                   "tagger given tags it)");
    sub.add_option("--min-updates", o->min_updates,
                   "leave out of the model the features updated fewer times (default 2): a smaller, faster model");
    sub.add_flag("--drop-that", o->drop_that,
                 "parser: add a copy of each sentence whose verb's clause opens with \"that\", without it (news "
                 "drops it: \"said five people died\"; web text seldom does). Tried on the shipped data: EWT dev "
                 "UAS/LAS +0.2/+0.3, held-out news +0.5/+0.7, EWT test -0.3/-0.15, extraction unchanged; not used");
    sub.add_flag("--cues", o->cues,
                 "extractor: train the cue model too (reads cues the word lists miss; every sentence is then parsed: "
                 "several times slower)");
    sub.add_option("--runs", o->runs,
                   "extractor: train the cue model and each boundary model N times, in N orders of the data, and "
                   "keep the mean of their weights (default 1): steadier models, N times their training")
        ->check(CLI::Range(1, 64));
    sub.add_option("--quote-unit", o->quote_unit,
                   "extractor: the statement unit the gold follows, turn (a speaker's quotations in a row are one "
                   "statement, PolNeAR's; the default) or quotation (each its own, GGT's)")
        ->check(CLI::IsMember({"turn", "quotation"}));
    sub.add_flag("-q,--quiet", o->quiet, "no progress");
    sub.final_callback([&io, o] { io.action = [&io, o] { run_train(io, *o); }; });
}

void setup_eval(CLI::App& sub, Io& io) {
    auto o = std::make_shared<EvalOptions>();
    sub.add_option("what", o->what, "tagger, parser or extractor")
        ->required()
        ->check(CLI::IsMember({"tagger", "parser", "extractor"}));
    sub.add_option("--gold", o->gold,
                   "gold treebanks (CoNLL-U files or folders); for the extractor, gold attributions in JSON Lines")
        ->required();
    sub.add_option("--split", o->split, "extractor: only the gold articles whose official_split is this");
    add_extraction_options(sub, o->extraction);
    sub.add_option("--tagger", o->tagger, "a tagger model file (default: the built-in one)");
    sub.add_option("--parser", o->parser, "a parser model file (default: the built-in one)");
    sub.add_flag("--raw", o->raw, "also from each sentence's raw text (# text), with our own tokenization");
    sub.final_callback([&io, o] { io.action = [&io, o] { run_eval(io, *o); }; });
}

}  // namespace claimgraph::cli
