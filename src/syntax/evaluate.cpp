#include "syntax/evaluate.h"

#include <chrono>
#include <map>

#include <fmt/format.h>

#include "syntax/tokenize.h"

namespace claimgraph::syntax {

namespace {

// Each word's characters within its sentence, whitespace left out: (first, last) indices
// into the sentence's non-space characters. Gold words whose forms do not spell the text
// (a rare treebank correction) are given (npos, npos) and never align.
std::vector<std::pair<std::size_t, std::size_t>> spans(const Sentence& s, const std::string& text) {
    std::string letters;
    for (char c : text)
        if (c != ' ' && c != '\t' && c != '\n') letters += c;
    std::vector<std::pair<std::size_t, std::size_t>> out;
    std::size_t at = 0;
    for (const Word& w : s.words) {
        std::string form;
        for (char c : w.form)
            if (c != ' ') form += c;
        if (letters.compare(at, form.size(), form) == 0) {
            out.emplace_back(at, at + form.size());
            at += form.size();
        } else {
            out.emplace_back(std::string::npos, std::string::npos);
        }
    }
    return out;
}

void score_words(const Sentence& gold, const Sentence& sys, const std::vector<int>& map, Scores& sc) {
    // map[i]: the system word aligned with gold word i (-1: none); heads compared through it
    std::vector<int> back(sys.words.size(), -1);
    for (std::size_t i = 0; i < map.size(); ++i)
        if (map[i] >= 0) back[static_cast<std::size_t>(map[i])] = static_cast<int>(i);
    for (std::size_t i = 0; i < gold.words.size(); ++i) {
        if (map[i] < 0) continue;
        const Word& g = gold.words[i];
        const Word& p = sys.words[static_cast<std::size_t>(map[i])];
        ++sc.aligned;
        sc.upos += g.upos == p.upos;
        sc.xpos += g.xpos == p.xpos;
        sc.lemma += g.lemma == p.lemma;
        // the heads agree when both are the root or the system's head is aligned to the gold head
        const bool head = (g.head == 0 && p.head == 0) ||
                          (g.head > 0 && p.head > 0 && back[static_cast<std::size_t>(p.head - 1)] == g.head - 1);
        if (head) {
            ++sc.uas;
            sc.las += universal(g.deprel) == universal(p.deprel);
            sc.las_full += g.deprel == p.deprel;
        }
    }
}

}  // namespace

Scores evaluate(const std::vector<Sentence>& gold, const Tagger& tagger, const Parser* parser, bool raw) {
    Scores sc;
    double seconds = 0;
    for (const Sentence& g : gold) {
        sc.gold_words += g.words.size();
        Sentence sys;
        if (raw) {
            const auto parts = tokenize(g.text);
            for (const Sentence& p : parts) sys.words.insert(sys.words.end(), p.words.begin(), p.words.end());
        } else {
            sys = g;
            for (Word& w : sys.words) {
                w.upos = w.xpos = w.lemma = w.deprel = "";
                w.head = -1;
            }
        }
        sc.system_words += sys.words.size();
        const auto start = std::chrono::steady_clock::now();
        tagger.tag(sys);
        if (parser) parser->parse(sys);
        seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        std::vector<int> map(g.words.size(), -1);
        if (!raw) {
            for (std::size_t i = 0; i < map.size(); ++i) map[i] = static_cast<int>(i);
        } else {
            const auto gs = spans(g, g.text);
            std::string joined;
            for (const Word& w : sys.words) joined += w.form + " ";
            const auto ss = spans(sys, joined);
            std::map<std::pair<std::size_t, std::size_t>, int> at;
            for (std::size_t k = 0; k < ss.size(); ++k) at[ss[k]] = static_cast<int>(k);
            for (std::size_t i = 0; i < gs.size(); ++i)
                if (auto it = at.find(gs[i]); gs[i].first != std::string::npos && it != at.end()) map[i] = it->second;
        }
        score_words(g, sys, map, sc);
    }
    sc.seconds = seconds;
    return sc;
}

std::string format_scores(const std::string& title, const Scores& s, bool parsed) {
    const auto f1 = [&](std::size_t right) {
        if (s.gold_words == 0 || s.system_words == 0) return 0.0;
        const double p = static_cast<double>(right) / static_cast<double>(s.system_words);
        const double r = static_cast<double>(right) / static_cast<double>(s.gold_words);
        return p + r > 0 ? 200.0 * p * r / (p + r) : 0.0;
    };
    const bool same = s.gold_words == s.system_words && s.aligned == s.gold_words;
    std::string out = fmt::format("{}: {} gold words, {} words", title, s.gold_words, s.system_words);
    if (!same) out += fmt::format(" (words F1 {:.2f})", f1(s.aligned));
    out += fmt::format("\n  UPOS {:.2f}  XPOS {:.2f}  lemma {:.2f}", f1(s.upos), f1(s.xpos), f1(s.lemma));
    if (parsed)
        out +=
            fmt::format("  UAS {:.2f}  LAS {:.2f}  (LAS with subtypes {:.2f})", f1(s.uas), f1(s.las), f1(s.las_full));
    const double speed = s.seconds > 0 ? static_cast<double>(s.system_words) / s.seconds : 0.0;
    out += fmt::format("\n  {:.0f} words/s ({})\n", speed, parsed ? "tag and parse, one core" : "tag, one core");
    return out;
}

}  // namespace claimgraph::syntax
