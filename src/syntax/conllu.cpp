#include "syntax/conllu.h"

#include <charconv>

#include <fmt/format.h>

#include "util/error.h"

namespace claimgraph::syntax {

namespace {

std::vector<std::string_view> columns(std::string_view line) {
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (true) {
        const std::size_t tab = line.find('\t', i);
        out.push_back(line.substr(i, tab == std::string_view::npos ? std::string_view::npos : tab - i));
        if (tab == std::string_view::npos) break;
        i = tab + 1;
    }
    return out;
}

bool number(std::string_view s, int& out) {
    const auto r = std::from_chars(s.data(), s.data() + s.size(), out);
    return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

}  // namespace

std::string_view universal(std::string_view deprel) { return deprel.substr(0, deprel.find(':')); }

std::vector<Sentence> read_conllu(std::string_view text, const std::string& name) {
    std::vector<Sentence> out;
    Sentence current;
    std::size_t line_no = 0, i = 0;
    const auto fail = [&](const std::string& why) { throw Error(fmt::format("{}:{}: {}", name, line_no, why)); };
    const auto finish = [&] {
        if (current.words.empty()) return;
        for (const Word& w : current.words)
            if (w.head > static_cast<int>(current.words.size()))
                fail(fmt::format("head {} is outside the sentence", w.head));
        out.push_back(std::move(current));
        current = Sentence{};
    };
    while (i <= text.size()) {
        std::size_t e = text.find('\n', i);
        if (e == std::string_view::npos) e = text.size();
        std::string_view line = text.substr(i, e - i);
        i = e + 1;
        ++line_no;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.empty()) {
            finish();
            if (e == text.size()) break;
            continue;
        }
        if (line.front() == '#') {
            if (line.starts_with("# sent_id = "))
                current.id = line.substr(12);
            else if (line.starts_with("# text = "))
                current.text = line.substr(9);
            continue;
        }
        const auto c = columns(line);
        if (c.size() != 10) fail(fmt::format("{} columns, not 10", c.size()));
        if (c[0].find('.') != std::string_view::npos) continue;  // an empty node
        if (const std::size_t dash = c[0].find('-'); dash != std::string_view::npos) {
            int a = 0, b = 0;
            if (!number(c[0].substr(0, dash), a) || !number(c[0].substr(dash + 1), b) || a < 1 || b < a)
                fail(fmt::format("'{}' is not a word range", c[0]));
            current.multiword.push_back(
                {static_cast<std::size_t>(a - 1), static_cast<std::size_t>(b - 1), std::string(c[1])});
            continue;
        }
        int id = 0;
        if (!number(c[0], id) || id != static_cast<int>(current.words.size()) + 1)
            fail(fmt::format("word id '{}' where {} was expected", c[0], current.words.size() + 1));
        Word w;
        w.form = c[1];
        w.lemma = c[2];
        w.upos = c[3];
        w.xpos = c[4];
        w.feats = c[5];
        if (c[6] == "_")
            w.head = -1;
        else if (!number(c[6], w.head) || w.head < 0)
            fail(fmt::format("head '{}' is not a word id", c[6]));
        w.deprel = c[7];
        w.misc = c[9];
        w.space_after = c[9].find("SpaceAfter=No") == std::string_view::npos;
        current.words.push_back(std::move(w));
    }
    finish();
    return out;
}

std::string write_conllu(const std::vector<Sentence>& sentences, bool token_ranges) {
    std::string out;
    std::size_t n = 0;
    for (const Sentence& s : sentences) {
        ++n;
        out += fmt::format("# sent_id = {}\n", s.id.empty() ? std::to_string(n) : s.id);
        if (!s.text.empty()) out += fmt::format("# text = {}\n", s.text);
        std::size_t mwt = 0;
        for (std::size_t k = 0; k < s.words.size(); ++k) {
            while (mwt < s.multiword.size() && s.multiword[mwt].last < k) ++mwt;
            if (mwt < s.multiword.size() && s.multiword[mwt].first == k) {
                const MultiwordToken& m = s.multiword[mwt];
                const bool space = s.words[m.last].space_after;
                std::string misc = space ? "" : "SpaceAfter=No";
                if (token_ranges)
                    misc += fmt::format("{}TokenRange={}:{}", misc.empty() ? "" : "|", s.words[m.first].start,
                                        s.words[m.last].end);
                out += fmt::format("{}-{}\t{}\t_\t_\t_\t_\t_\t_\t_\t{}\n", m.first + 1, m.last + 1, m.form,
                                   misc.empty() ? "_" : misc);
            }
            const Word& w = s.words[k];
            const bool inside = mwt < s.multiword.size() && s.multiword[mwt].first <= k && k <= s.multiword[mwt].last;
            std::string misc = w.misc;
            if (misc == "_" || misc.empty()) {
                misc = (!w.space_after && !inside) ? "SpaceAfter=No" : "";
                if (token_ranges && !inside)
                    misc += fmt::format("{}TokenRange={}:{}", misc.empty() ? "" : "|", w.start, w.end);
                if (misc.empty()) misc = "_";
            }
            out += fmt::format(
                "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t_\t{}\n", k + 1, w.form, w.lemma.empty() ? "_" : w.lemma,
                w.upos.empty() ? "_" : w.upos, w.xpos.empty() ? "_" : w.xpos, w.feats.empty() ? "_" : w.feats,
                w.head < 0 ? std::string("_") : std::to_string(w.head), w.deprel.empty() ? "_" : w.deprel, misc);
        }
        out += "\n";
    }
    return out;
}

}  // namespace claimgraph::syntax
