#include "syntax/tagger.h"

#include <algorithm>

#include <fmt/format.h>

#include "learn/partial_sums.h"
#include "syntax/tagger_features.h"
#include "util/error.h"
#include "util/text.h"

namespace claimgraph::syntax {

namespace tagging {

// A word's own features are summed once per thread (PartialSums).
std::vector<std::size_t> greedy(const learn::LinearModel& m, const std::vector<WordInfo>& w,
                                const std::vector<std::size_t>* first, std::vector<float>* margins,
                                const std::vector<float>* sure, float threshold) {
    if (margins) margins->assign(w.size(), 0.0f);
    const std::size_t none = m.classes();
    std::vector<std::size_t> out(w.size());
    std::vector<std::uint64_t> f;
    std::vector<float> scores(m.classes());
    std::vector<std::int32_t> sums(m.stride());
    std::size_t p1 = none, p2 = none;
    for (std::size_t i = 0; i < w.size(); ++i) {
        if (w[i].fixed != SIZE_MAX) {
            out[i] = w[i].fixed;
        } else if (sure && first && (*sure)[i] >= threshold) {
            out[i] = (*first)[i];
        } else {
            const std::int32_t* own = learn::PartialSums::of(
                m, w[i].form, [&](std::vector<std::uint64_t>& into) { word_features(w[i], into); });
            std::copy(own, own + m.stride(), sums.begin());
            f.clear();
            context_features(w, i, p1, p2, first, f);
            m.accumulate(f, sums.data());
            std::fill(scores.begin(), scores.end(), 0.0f);
            m.add_scaled(sums.data(), scores.data());
            out[i] = static_cast<std::size_t>(std::max_element(scores.begin(), scores.end()) - scores.begin());
            if (margins) {
                float second = -1e30f;
                for (std::size_t c = 0; c < scores.size(); ++c)
                    if (c != out[i]) second = std::max(second, scores[c]);
                (*margins)[i] = scores[out[i]] - second;
            }
        }
        p2 = p1;
        p1 = out[i];
    }
    return out;
}

}  // namespace tagging

using namespace tagging;

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
        if (!strip("ies", "y") && !strip("ches", "ch") && !strip("shes", "sh") && !strip("sses", "ss") &&
            !w.ends_with("ss"))
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
        m_ambiguity.set(word, get<std::uint64_t>(amb, at, name));
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
            m_dictionary.set(word, cls);
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
        m_lemmas.set(key, m_lemma_texts.size());
        m_lemma_texts.push_back(lem.substr(at, len));
        at += len;
    }
}

void Tagger::tag(Sentence& s, float sure) const {
    const std::vector<WordInfo> w = infos(s, m_ambiguity, m_dictionary.empty() ? nullptr : &m_dictionary);
    thread_local std::vector<float> margins;
    const std::vector<std::size_t> first = greedy(m_first, w, nullptr, &margins);
    const std::vector<std::size_t> classes = greedy(m_model, w, &first, nullptr, &margins, sure);
    for (std::size_t i = 0; i < w.size(); ++i) {
        Word& word = s.words[i];
        const std::size_t c = classes[i];
        word.upos = m_upos[c];
        word.xpos = m_xpos[c];
        const std::uint64_t* lemma = m_lemmas.find(lemma_key(text::lower(word.form), c));
        word.lemma = lemma ? m_lemma_texts[*lemma] : rule_lemma(word.form, word.xpos, word.upos);
    }
}

}  // namespace claimgraph::syntax
