// Training the tagger (tagger.h): the classes, ambiguity classes, tag dictionary and
// lemma table from the treebanks, then the two passes.
#include "syntax/tagger.h"

#include <algorithm>
#include <functional>
#include <map>
#include <random>
#include <set>
#include <unordered_map>

#include <fmt/format.h>

#include "learn/perceptron.h"
#include "syntax/tagger_features.h"
#include "util/error.h"
#include "util/text.h"

namespace claimgraph::syntax {

using namespace tagging;
using learn::hash_text;

namespace {

// Trains one pass on `sentences` (their word infos and gold classes; `first` their first
// pass classes, for the second pass).
learn::AveragedPerceptron train_pass(
    const std::vector<std::vector<WordInfo>>& infos_of, const std::vector<std::vector<std::size_t>>& gold,
    const std::vector<std::vector<std::size_t>>* first, std::size_t classes, std::size_t epochs, std::uint64_t seed,
    const std::function<void(std::size_t, const learn::AveragedPerceptron&, double)>& after) {
    learn::AveragedPerceptron p(classes);
    std::vector<std::size_t> order(infos_of.size());
    for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
    std::mt19937_64 random(seed);
    std::vector<std::uint64_t> f;
    for (std::size_t epoch = 1; epoch <= epochs; ++epoch) {
        std::shuffle(order.begin(), order.end(), random);
        std::size_t wrong = 0, total = 0;
        for (std::size_t k : order) {
            const auto& w = infos_of[k];
            std::size_t p1 = classes, p2 = classes;
            for (std::size_t i = 0; i < w.size(); ++i) {
                features(w, i, p1, p2, first ? &(*first)[k] : nullptr, f);
                const std::size_t truth = gold[k][i];
                const std::size_t guess = p.predict(f);
                if (guess != truth) {
                    p.update(f, truth, guess);
                    ++wrong;
                }
                p.tick();
                ++total;
                p2 = p1;
                p1 = guess;
            }
        }
        if (after) after(epoch, p, text::percent(wrong, total));
    }
    return p;
}

}  // namespace

std::string Tagger::train(const std::vector<Sentence>& train, const std::vector<Sentence>& dev, const TrainOptions& o,
                          std::string* log) {
    // the classes, in a stable order
    std::set<std::string> seen;
    for (const Sentence& s : train)
        for (const Word& w : s.words) seen.insert(class_label(w));
    const std::vector<std::string> labels(seen.begin(), seen.end());
    std::map<std::string, std::size_t> index;
    for (std::size_t k = 0; k < labels.size(); ++k) index[labels[k]] = k;
    // ambiguity classes: the tags each word of two or more occurrences had, those of at
    // least a twentieth of them; of all its occurrences, and of those in lower case
    std::map<std::string, std::map<std::size_t, std::size_t>> counts, lower_case_counts, form_counts;
    std::map<std::pair<std::string, std::size_t>, std::map<std::string, std::size_t>> lemma_counts;
    for (const Sentence& s : train)
        for (const Word& w : s.words) {
            const std::string lower = text::lower(w.form);
            const std::size_t cls = index[class_label(w)];
            ++counts[lower][cls];
            if (lower == w.form) ++lower_case_counts[lower][cls];
            ++form_counts[w.form][cls];
            ++lemma_counts[{lower, cls}][w.lemma];
        }
    std::unordered_map<std::uint64_t, std::uint64_t> ambiguity;
    const auto add_classes = [&](const std::map<std::string, std::map<std::size_t, std::size_t>>& of, bool lower_case) {
        for (const auto& [word, tags] : of) {
            std::size_t total = 0;
            for (const auto& [c, n] : tags) total += n;
            if (total < 2) continue;
            std::uint64_t h = kAmbiguitySeed;
            for (const auto& [c, n] : tags)
                if (n * 20 >= total) h = learn::mix(h ^ (c + 1));
            ambiguity[lower_case ? lower_case_key(hash_text(word)) : hash_text(word)] = h;
        }
    };
    add_classes(counts, false);
    add_classes(lower_case_counts, true);
    HashTable64 ambiguity_table;
    for (const auto& [word, classes] : ambiguity) ambiguity_table.set(word, classes);
    // every sentence's word infos and gold classes
    std::vector<std::vector<WordInfo>> train_infos;
    std::vector<std::vector<std::size_t>> train_gold;
    for (const Sentence& s : train) {
        train_infos.push_back(infos(s, ambiguity_table));
        std::vector<std::size_t> g;
        for (const Word& w : s.words) g.push_back(index[class_label(w)]);
        train_gold.push_back(std::move(g));
    }
    std::vector<std::vector<WordInfo>> dev_infos;
    for (const Sentence& s : dev) dev_infos.push_back(infos(s, ambiguity_table));
    const auto evaluate = [&](const learn::LinearModel& first, const learn::LinearModel* second) {
        std::size_t right = 0, total = 0, upos_right = 0;
        for (std::size_t k = 0; k < dev.size(); ++k) {
            std::vector<std::size_t> got = greedy(first, dev_infos[k], nullptr);
            if (second) got = greedy(*second, dev_infos[k], &got);
            for (std::size_t i = 0; i < got.size(); ++i) {
                const std::string& label = labels[got[i]];
                right += label == class_label(dev[k].words[i]);
                upos_right += label.substr(0, label.find(' ')) == dev[k].words[i].upos;
                ++total;
            }
        }
        return std::pair(text::percent(upos_right, total), text::percent(right, total));
    };
    // the first pass: left to right on what comes before each word
    const auto report_first = [&](std::size_t epoch, const learn::AveragedPerceptron& p, double wrong) {
        if (!log || dev.empty()) return;
        const auto [upos, both] = evaluate(p.averaged(1), nullptr);
        *log += fmt::format("tagger first pass, epoch {}: train errors {:.2f}%, dev UPOS {:.2f}%, UPOS+XPOS {:.2f}%\n",
                            epoch, wrong, upos, both);
    };
    const learn::LinearModel first_model =
        train_pass(train_infos, train_gold, nullptr, labels.size(), o.epochs, o.seed, report_first)
            .averaged(o.min_updates, o.min_weight);
    // the first pass's classes of the training sentences, each from a first pass trained on
    // the other folds (as good as it will be on new text), for the second pass to learn from
    constexpr std::size_t kFolds = 4;
    std::vector<std::vector<std::size_t>> first(train.size());
    for (std::size_t fold = 0; fold < kFolds; ++fold) {
        std::vector<std::vector<WordInfo>> rest_infos;
        std::vector<std::vector<std::size_t>> rest_gold;
        for (std::size_t k = 0; k < train.size(); ++k)
            if (k % kFolds != fold) {
                rest_infos.push_back(train_infos[k]);
                rest_gold.push_back(train_gold[k]);
            }
        const learn::LinearModel m =
            train_pass(rest_infos, rest_gold, nullptr, labels.size(), o.epochs, o.seed + fold + 1, {})
                .averaged(o.min_updates);
        for (std::size_t k = fold; k < train.size(); k += kFolds) first[k] = greedy(m, train_infos[k], nullptr);
    }
    // the second pass: left to right again, seeing the first pass's classes of what follows
    const auto report_second = [&](std::size_t epoch, const learn::AveragedPerceptron& p, double wrong) {
        if (!log || dev.empty()) return;
        const learn::LinearModel second = p.averaged(1);
        const auto [upos, both] = evaluate(first_model, &second);
        *log += fmt::format("tagger second pass, epoch {}: train errors {:.2f}%, dev UPOS {:.2f}%, UPOS+XPOS {:.2f}%\n",
                            epoch, wrong, upos, both);
    };
    const learn::AveragedPerceptron p =
        train_pass(train_infos, train_gold, &first, labels.size(), o.epochs, o.seed, report_second);
    const learn::LinearModel model = p.averaged(o.min_updates, o.min_weight);
    learn::ModelFile file;
    file.kind = "tagger";
    file.templates = kTaggerTemplates;
    file.labels = labels;
    file.data = o.data;
    file.revision = o.revision;
    file.created = o.created;
    file.sections["weights"] = model.to_bytes();
    file.sections["first"] = first_model.to_bytes();
    std::string amb;
    std::vector<std::pair<std::uint64_t, std::uint64_t>> sorted(ambiguity.begin(), ambiguity.end());
    std::sort(sorted.begin(), sorted.end());
    put(amb, static_cast<std::uint64_t>(sorted.size()));
    for (const auto& [word, h] : sorted) {
        put(amb, word);
        put(amb, h);
    }
    file.sections["ambiguity"] = amb;
    // the lemma table: the most frequent lemma of each (word, tag), where the rules give another
    std::vector<std::pair<std::uint64_t, std::string>> lemmas;
    for (const auto& [key, options] : lemma_counts) {
        std::string best;
        std::size_t most = 0;
        for (const auto& [lemma, n] : options)
            if (n > most) {
                most = n;
                best = lemma;
            }
        const std::string& label = labels[key.second];
        const std::size_t sp = label.find(' ');
        if (best.size() > 255 || best == rule_lemma(key.first, label.substr(sp + 1), label.substr(0, sp))) continue;
        lemmas.emplace_back(lemma_key(key.first, key.second), best);
    }
    std::sort(lemmas.begin(), lemmas.end());
    std::string lem;
    put(lem, static_cast<std::uint64_t>(lemmas.size()));
    for (const auto& [k, l] : lemmas) {
        put(lem, k);
        put(lem, static_cast<std::uint8_t>(l.size()));
        lem += l;
    }
    file.sections["lemmas"] = lem;
    std::vector<std::pair<std::uint64_t, std::uint32_t>> sure;
    for (const auto& [word, tags] : form_counts) {
        std::size_t total = 0, top = 0, cls = 0;
        for (const auto& [c, n] : tags) {
            total += n;
            if (n > top) {
                top = n;
                cls = c;
            }
        }
        if (total >= kDictionaryMinCount &&
            static_cast<double>(top) >= kDictionaryMinShare * static_cast<double>(total))
            sure.emplace_back(hash_text(word), static_cast<std::uint32_t>(cls));
    }
    std::sort(sure.begin(), sure.end());
    std::string dict;
    put(dict, static_cast<std::uint64_t>(sure.size()));
    for (const auto& [word, cls] : sure) {
        put(dict, word);
        put(dict, cls);
    }
    file.sections["dictionary"] = dict;
    if (log)
        *log += fmt::format(
            "tagger: {} classes, {} features kept of {}, {} weights, {} ambiguity classes, {} lemmas, {} dictionary "
            "words\n",
            labels.size(), model.features(), p.features(), model.weights(), sorted.size(), lemmas.size(), sure.size());
    return learn::write_model(file);
}

}  // namespace claimgraph::syntax
