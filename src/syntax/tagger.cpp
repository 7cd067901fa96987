#include "syntax/tagger.h"

#include <algorithm>
#include <functional>
#include <cstring>
#include <map>
#include <random>
#include <set>

#include <fmt/format.h>

#include "learn/features.h"
#include "learn/partial_sums.h"
#include "learn/perceptron.h"
#include "util/error.h"
#include "util/text.h"

namespace claimgraph::syntax {

namespace {

using learn::feature;
using learn::hash_text;

// The hash of an ambiguity class starts from this and mixes in each class + 1, in order.
constexpr std::uint64_t kAmbiguitySeed = 0x616d62ULL;

// A word written in lower case is looked up by its lower-case occurrences alone (this
// mixed into its hash): "ministry" in "the health ministry" is not the "Ministry" of the
// treebanks' names, and a word never seen in lower case has no lexical features at all,
// as a rare word has.
constexpr std::uint64_t kLowerCaseKey = 0x6c6f776572ULL;
std::uint64_t lower_case_key(std::uint64_t lower) { return learn::mix(lower ^ kLowerCaseKey); }

// The tag dictionary: a word seen this often, with one class at least this share of the
// time, gets that class without scoring (half the words of news; twice the speed).
constexpr std::size_t kDictionaryMinCount = 10;
constexpr double kDictionaryMinShare = 0.99;

// What the features of one word are made of, computed once per word.
struct WordInfo {
    std::uint64_t lower = 0, form = 0, shape = 0, ambiguity = 0;
    std::uint64_t lexical = 0;  ///< the word's identity for its own features (lower, or "unseen")
    std::uint64_t suffix[5] = {0, 0, 0, 0, 0}, prefix[4] = {0, 0, 0, 0};
    std::uint64_t length = 0;
    std::size_t fixed = SIZE_MAX;  ///< the one class the training data gave this word, when it is certain
    bool first_upper = false, has_digit = false, has_hyphen = false;
};

// "Xxxx" → "Xx", "1,234" → "d,d", "e-mail" → "x-x": each run of one kind as one
// character, at most eight; its hash (no string is built).
std::uint64_t shape_of(std::string_view w) {
    char out[8];
    std::size_t n = 0;
    for (unsigned char c : w) {
        const char k = (c >= 'A' && c <= 'Z') ? 'X' : (c >= 'a' && c <= 'z') ? 'x' : (c >= '0' && c <= '9') ? 'd'
                                                                                    : c >= 0x80 ? 'u' : static_cast<char>(c);
        if (n == 0 || out[n - 1] != k) out[n++] = k;
        if (n == 8) break;
    }
    return hash_text(std::string_view(out, n));
}

// The last n code points... in bytes: English words are ASCII, and a cut UTF-8 sequence is
// still a consistent feature.
std::string_view tail(std::string_view s, std::size_t n) { return s.size() <= n ? s : s.substr(s.size() - n); }

std::vector<WordInfo> infos(const Sentence& s, const std::unordered_map<std::uint64_t, std::uint64_t>& ambiguity,
                            const std::unordered_map<std::uint64_t, std::size_t>* dictionary = nullptr) {
    std::vector<WordInfo> out(s.words.size());
    for (std::size_t i = 0; i < s.words.size(); ++i) {
        const std::string& f = s.words[i].form;
        const std::string lower = text::lower(f);
        WordInfo& w = out[i];
        w.lower = hash_text(lower);
        w.form = hash_text(f);
        w.shape = shape_of(f);
        for (std::size_t k = 0; k < 5; ++k) w.suffix[k] = hash_text(tail(lower, k + 1));
        for (std::size_t k = 0; k < 4; ++k) w.prefix[k] = hash_text(std::string_view(lower).substr(0, k + 1));
        w.length = std::min<std::size_t>(lower.size(), 12);
        w.lexical = w.lower;
        if (lower == f) {
            if (auto it = ambiguity.find(lower_case_key(w.lower)); it != ambiguity.end()) w.ambiguity = it->second;
            else w.lexical = 0x756e7365656eULL;
        } else if (auto it = ambiguity.find(w.lower); it != ambiguity.end()) {
            w.ambiguity = it->second;
        }
        if (dictionary)
            if (auto it = dictionary->find(w.form); it != dictionary->end()) w.fixed = it->second;
        w.first_upper = !f.empty() && f[0] >= 'A' && f[0] <= 'Z';
        w.has_digit = f.find_first_of("0123456789") != std::string::npos;
        w.has_hyphen = f.find('-') != std::string::npos;
    }
    return out;
}

// The features of a word that depend on it alone, wherever it stands: looked up once per
// word and thread when tagging (learn/partial_sums.h).
void word_features(const WordInfo& x, std::vector<std::uint64_t>& out) {
    out.push_back(feature(1, 0));
    out.push_back(feature(2, x.lexical));
    out.push_back(feature(3, x.form));
    for (std::uint64_t k = 0; k < 5; ++k) out.push_back(feature(40 + k, x.suffix[k]));
    for (std::uint64_t k = 0; k < 4; ++k) out.push_back(feature(50 + k, x.prefix[k]));
    out.push_back(feature(11, x.shape));
    out.push_back(feature(22, x.ambiguity));
    out.push_back(feature(33, x.first_upper, x.has_digit, x.has_hyphen));
    out.push_back(feature(35, x.length, x.shape));
}

// The features of word i that depend on where it stands: its neighbours, the classes of
// the two words before it (`none` for none) and, in the second pass, the first pass's
// classes of every word.
void context_features(const std::vector<WordInfo>& w, std::size_t i, std::size_t p1, std::size_t p2,
                      const std::vector<std::size_t>* first, std::vector<std::uint64_t>& out) {
    constexpr std::uint64_t kNone = 0x6e6f6e65ULL;
    const auto at = [&](long k) -> const WordInfo* {
        return k < 0 || k >= static_cast<long>(w.size()) ? nullptr : &w[static_cast<std::size_t>(k)];
    };
    const long n = static_cast<long>(i);
    const WordInfo& x = w[i];
    const auto lower = [&](long k) { const WordInfo* y = at(k); return y ? y->lower : kNone; };
    const auto amb = [&](long k) { const WordInfo* y = at(k); return y ? y->ambiguity : kNone; };
    out.push_back(feature(12, lower(n - 1)));
    out.push_back(feature(13, lower(n + 1)));
    out.push_back(feature(14, lower(n - 2)));
    out.push_back(feature(15, lower(n + 2)));
    out.push_back(feature(16, p1));
    out.push_back(feature(17, p2));
    out.push_back(feature(18, p1, p2));
    out.push_back(feature(19, p1, x.lexical));
    out.push_back(feature(20, at(n - 1) ? at(n - 1)->suffix[2] : kNone));
    out.push_back(feature(21, at(n + 1) ? at(n + 1)->suffix[2] : kNone));
    out.push_back(feature(23, amb(n + 1)));
    out.push_back(feature(24, amb(n + 2)));
    out.push_back(feature(25, x.ambiguity, amb(n + 1)));
    out.push_back(feature(26, x.lexical, lower(n + 1)));
    out.push_back(feature(27, lower(n - 1), x.lexical));
    out.push_back(feature(28, at(n + 1) ? at(n + 1)->shape : kNone));
    out.push_back(feature(29, at(n - 1) ? at(n - 1)->shape : kNone));
    out.push_back(feature(30, i == 0, x.shape));
    out.push_back(feature(31, p1, x.suffix[2]));
    out.push_back(feature(32, p1, amb(n + 1)));
    out.push_back(feature(34, x.ambiguity, p1));
    out.push_back(feature(36, x.suffix[2], lower(n + 1)));
    out.push_back(feature(37, lower(n - 1), x.suffix[2]));
    out.push_back(feature(38, p1, p2, x.ambiguity));
    if (!first) return;
    // the second pass sees what the first gave the words after this one
    const std::size_t none = 0xffff;
    const std::size_t r1 = i + 1 < w.size() ? (*first)[i + 1] : none, r2 = i + 2 < w.size() ? (*first)[i + 2] : none;
    const std::size_t own = (*first)[i];
    out.push_back(feature(60, r1));
    out.push_back(feature(61, r2));
    out.push_back(feature(62, r1, r2));
    out.push_back(feature(63, r1, x.lexical));
    out.push_back(feature(64, p1, r1));
    out.push_back(feature(65, own));
    out.push_back(feature(66, own, x.lexical));
    out.push_back(feature(67, p1, own, r1));
    out.push_back(feature(68, r1, x.suffix[2]));
    out.push_back(feature(69, r1, lower(n + 1)));
}

// All the features of word i (training).
void features(const std::vector<WordInfo>& w, std::size_t i, std::size_t p1, std::size_t p2,
              const std::vector<std::size_t>* first, std::vector<std::uint64_t>& out) {
    out.clear();
    word_features(w[i], out);
    context_features(w, i, p1, p2, first, out);
}

// Tags a sentence left to right with one model (the first pass, or the second given the
// first's classes). A word's own features are summed once per thread (PartialSums).
std::vector<std::size_t> greedy(const learn::LinearModel& m, const std::vector<WordInfo>& w,
                                const std::vector<std::size_t>* first) {
    const std::size_t none = m.classes();
    std::vector<std::size_t> out(w.size());
    std::vector<std::uint64_t> f;
    std::vector<float> scores(m.classes());
    std::vector<std::int32_t> sums(m.stride());
    std::size_t p1 = none, p2 = none;
    for (std::size_t i = 0; i < w.size(); ++i) {
        if (w[i].fixed != SIZE_MAX) {
            out[i] = w[i].fixed;
        } else {
            const std::int32_t* own = learn::PartialSums::of(m, w[i].form, [&](std::vector<std::uint64_t>& into) {
                word_features(w[i], into);
            });
            std::copy(own, own + m.stride(), sums.begin());
            f.clear();
            context_features(w, i, p1, p2, first, f);
            m.accumulate(f, sums.data());
            std::fill(scores.begin(), scores.end(), 0.0f);
            m.add_scaled(sums.data(), scores.data());
            out[i] = static_cast<std::size_t>(std::max_element(scores.begin(), scores.end()) - scores.begin());
        }
        p2 = p1;
        p1 = out[i];
    }
    return out;
}

// Trains one pass on `sentences` (their word infos and gold classes; `first` their first
// pass classes, for the second pass).
learn::AveragedPerceptron train_pass(const std::vector<std::vector<WordInfo>>& infos_of,
                                     const std::vector<std::vector<std::size_t>>& gold,
                                     const std::vector<std::vector<std::size_t>>* first, std::size_t classes,
                                     std::size_t epochs, std::uint64_t seed,
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

std::string class_label(const Word& w) { return w.upos + " " + w.xpos; }

std::uint64_t lemma_key(std::string_view lower, std::size_t cls) { return learn::mix(hash_text(lower) ^ (cls * 0x9E3779B97F4A7C15ULL)); }

// Sections of the model file beyond the weights: the ambiguity classes and the lemma table.
template <typename T>
void put(std::string& out, T v) {
    out.append(reinterpret_cast<const char*>(&v), sizeof v);
}

template <typename T>
T get(std::string_view bytes, std::size_t& at, const std::string& name) {
    if (sizeof(T) > bytes.size() - at) throw Error(fmt::format("{}: damaged (a section is cut short)", name));
    T v{};
    std::memcpy(&v, bytes.data() + at, sizeof v);
    at += sizeof v;
    return v;
}

}  // namespace

std::string rule_lemma(std::string_view form, std::string_view xpos, std::string_view upos) {
    std::string w = upos == "PROPN" ? std::string(form) : text::lower(form);
    const auto strip = [&](std::string_view suffix, std::string_view with = "") {
        if (w.size() > suffix.size() + 2 && w.ends_with(suffix)) {
            w.resize(w.size() - suffix.size());
            w += with;
            return true;
        }
        return false;
    };
    if (xpos == "NNS" || xpos == "VBZ") {
        if (!strip("ies", "y") && !strip("ches", "ch") && !strip("shes", "sh") && !strip("sses", "ss") && !w.ends_with("ss"))
            strip("s");
    } else if (xpos == "VBD" || xpos == "VBN") {
        if (!strip("ied", "y")) strip("ed");
    } else if (xpos == "VBG") {
        strip("ing");
    } else if (xpos == "JJR" || xpos == "RBR") {
        if (!strip("ier", "y")) strip("er");
    } else if (xpos == "JJS" || xpos == "RBS") {
        if (!strip("iest", "y")) strip("est");
    }
    return w;
}

Tagger::Tagger(std::string_view bytes, const std::string& name)
    : m_file(learn::read_model(bytes, name, "tagger", kTaggerTemplates)), m_bytes(bytes.size()) {
    try {
        m_model = learn::LinearModel::from_bytes(m_file.sections.at("weights"));
        m_first = learn::LinearModel::from_bytes(m_file.sections.at("first"));
    } catch (const std::out_of_range&) {
        throw Error(fmt::format("{}: damaged (no weights)", name));
    } catch (const std::runtime_error& e) {
        throw Error(fmt::format("{}: damaged ({})", name, e.what()));
    }
    if (m_model.classes() != m_file.labels.size() || m_first.classes() != m_file.labels.size())
        throw Error(fmt::format("{}: damaged (labels and weights disagree)", name));
    for (const std::string& l : m_file.labels) {
        const std::size_t sp = l.find(' ');
        m_upos.push_back(l.substr(0, sp));
        m_xpos.push_back(sp == std::string::npos ? "_" : l.substr(sp + 1));
    }
    const std::string& amb = m_file.sections["ambiguity"];
    std::size_t at = 0;
    const auto n = get<std::uint64_t>(amb, at, name);
    if (n > amb.size() / 16) throw Error(fmt::format("{}: damaged (ambiguity classes)", name));
    for (std::uint64_t k = 0; k < n; ++k) {
        const auto word = get<std::uint64_t>(amb, at, name);
        m_ambiguity[word] = get<std::uint64_t>(amb, at, name);
    }
    // the tag dictionary (optional): words whose class the training data was sure of
    if (auto it = m_file.sections.find("dictionary"); it != m_file.sections.end()) {
        const std::string& dict = it->second;
        at = 0;
        const auto d = get<std::uint64_t>(dict, at, name);
        if (d > dict.size() / 12) throw Error(fmt::format("{}: damaged (tag dictionary)", name));
        for (std::uint64_t k = 0; k < d; ++k) {
            const auto word = get<std::uint64_t>(dict, at, name);
            const auto cls = get<std::uint32_t>(dict, at, name);
            if (cls >= m_file.labels.size()) throw Error(fmt::format("{}: damaged (tag dictionary)", name));
            m_dictionary[word] = cls;
        }
    }
    const std::string& lem = m_file.sections["lemmas"];
    at = 0;
    const auto l = get<std::uint64_t>(lem, at, name);
    if (l > lem.size() / 9) throw Error(fmt::format("{}: damaged (lemmas)", name));
    for (std::uint64_t k = 0; k < l; ++k) {
        const auto key = get<std::uint64_t>(lem, at, name);
        const auto len = get<std::uint8_t>(lem, at, name);
        if (len > lem.size() - at) throw Error(fmt::format("{}: damaged (lemmas)", name));
        m_lemmas[key] = lem.substr(at, len);
        at += len;
    }
}

void Tagger::tag(Sentence& s) const {
    const std::vector<WordInfo> w = infos(s, m_ambiguity, m_dictionary.empty() ? nullptr : &m_dictionary);
    const std::vector<std::size_t> first = greedy(m_first, w, nullptr);
    const std::vector<std::size_t> classes = greedy(m_model, w, &first);
    for (std::size_t i = 0; i < w.size(); ++i) {
        Word& word = s.words[i];
        const std::size_t c = classes[i];
        word.upos = m_upos[c];
        word.xpos = m_xpos[c];
        auto it = m_lemmas.find(lemma_key(text::lower(word.form), c));
        word.lemma = it != m_lemmas.end() ? it->second : rule_lemma(word.form, word.xpos, word.upos);
    }
}

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
    // every sentence's word infos and gold classes
    std::vector<std::vector<WordInfo>> train_infos;
    std::vector<std::vector<std::size_t>> train_gold;
    for (const Sentence& s : train) {
        train_infos.push_back(infos(s, ambiguity));
        std::vector<std::size_t> g;
        for (const Word& w : s.words) g.push_back(index[class_label(w)]);
        train_gold.push_back(std::move(g));
    }
    std::vector<std::vector<WordInfo>> dev_infos;
    for (const Sentence& s : dev) dev_infos.push_back(infos(s, ambiguity));
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
        train_pass(train_infos, train_gold, nullptr, labels.size(), o.epochs, o.seed, report_first).averaged(o.min_updates,
                                                                                                          o.min_weight);
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
            train_pass(rest_infos, rest_gold, nullptr, labels.size(), o.epochs, o.seed + fold + 1, {}).averaged(o.min_updates);
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
    const learn::AveragedPerceptron p = train_pass(train_infos, train_gold, &first, labels.size(), o.epochs, o.seed, report_second);
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
        if (total >= kDictionaryMinCount && static_cast<double>(top) >= kDictionaryMinShare * static_cast<double>(total))
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
            "tagger: {} classes, {} features kept of {}, {} weights, {} ambiguity classes, {} lemmas, {} dictionary words\n",
            labels.size(), model.features(), p.features(), model.weights(), sorted.size(), lemmas.size(), sure.size());
    return learn::write_model(file);
}

}  // namespace claimgraph::syntax
