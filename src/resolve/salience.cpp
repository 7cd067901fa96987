#include "resolve/salience.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <vector>

#include "extract/lexicon.h"
#include "resolve/names.h"
#include "util/text.h"

namespace claimgraph::resolve {

namespace {

struct Word {
    std::string_view bare;  ///< without punctuation around it or a possessive mark
    bool starts = false;  ///< opens a sentence, a line or a quotation
    bool ends = false;  ///< punctuation follows it
};

bool capitalised(std::string_view w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; }

std::vector<Word> words_of(std::string_view text) {
    std::vector<Word> out;
    bool starts = true;
    std::size_t i = 0;
    while (i < text.size()) {
        if (text[i] == '\n') starts = true;
        if (std::isspace(static_cast<unsigned char>(text[i]))) {
            ++i;
            continue;
        }
        std::size_t e = i;
        while (e < text.size() && !std::isspace(static_cast<unsigned char>(text[e]))) ++e;
        std::string_view w = text.substr(i, e - i);
        i = e;
        Word word;
        word.starts = starts;
        while (!w.empty() && !std::isalnum(static_cast<unsigned char>(w.front()))) {
            word.starts = true;  // after an opening quotation mark or bracket
            w.remove_prefix(1);
        }
        const char last = w.empty() ? ' ' : w.back();
        starts = last == '.' || last == '!' || last == '?' || last == ':';
        while (!w.empty() && !std::isalnum(static_cast<unsigned char>(w.back()))) {
            word.ends = true;
            w.remove_suffix(1);
        }
        if (w.ends_with("'s")) w.remove_suffix(2);
        // an initial ("George W. Bush") goes on with the name and the sentence
        if (w.size() == 1 && capitalised(w) && last == '.') {
            word.ends = false;
            starts = false;
        }
        word.bare = w;
        out.push_back(word);
    }
    return out;
}

bool function_word(std::string_view w) {
    // clang-format off
    static const std::set<std::string> kWords{"the", "a", "an", "in", "on", "at", "for", "with", "by", "from", "to",
                                              "as", "and", "but", "if", "when", "while", "after", "before", "so",
                                              "once", "until", "since", "because", "although", "though", "then"};
    // clang-format on
    return kWords.count(text::lower(w)) > 0;
}

}  // namespace

std::optional<std::string> salient_body(std::string_view text, const std::set<std::string>& people,
                                        std::string_view headline) {
    const std::vector<Word> words = words_of(text);
    std::set<std::string> in_headline;
    for (const Word& w : words_of(headline)) in_headline.insert(text::lower(w.bare));
    std::map<std::string, int> count;  // standing alone within a sentence
    std::map<std::string, int> openings;  // opening a sentence (a name only if also within one)
    std::set<std::string> named;  // words written as the last of a name or after an honorific
    for (std::size_t k = 0; k < words.size(); ++k) {
        const Word& w = words[k];
        if (!capitalised(w.bare) || w.bare.size() < 2) continue;
        const std::string lower = text::lower(w.bare);
        // (a sentence's capitalised first word may be no name: "The Microsoft blog")
        const bool after_name = k > 0 && !w.starts && !words[k - 1].ends && capitalised(words[k - 1].bare) &&
                                !(words[k - 1].starts && function_word(words[k - 1].bare));
        const bool before_name =
            !w.ends && k + 1 < words.size() && capitalised(words[k + 1].bare) && !words[k + 1].starts;
        if (after_name) named.insert(lower);
        if (after_name || before_name) continue;
        if (extract::is_role_noun(lower) || extract::is_honorific(lower) || extract::is_time_word(lower) ||
            extract::is_place_name(lower) || country_of(lower) || people.count(lower) ||
            extract::is_collective_noun(lower) || lower.ends_with("ans") || lower.ends_with("ists"))
            continue;  // (nor "Republicans", "Americans", "Socialists")
        ++(w.starts ? openings : count)[lower];
    }
    std::map<std::string, int> total;
    int top = 0;
    for (const auto& [w, n] : count) {
        if (named.count(w) || (!headline.empty() && !in_headline.count(w))) continue;
        top = std::max(top, total[w] = n + openings[w]);
    }
    if (top < 3) return std::nullopt;
    std::set<std::string> tied;
    for (const auto& [w, n] : total)
        if (n == top) tied.insert(w);
    std::string best = tied.size() == 1 ? *tied.begin() : "";
    // "Microsoft releases fix for IE bug", each written as often: the headline's subject,
    // the first it names
    for (const Word& w : words_of(headline))
        if (best.empty() && tied.count(text::lower(w.bare))) best = text::lower(w.bare);
    if (best.empty()) return std::nullopt;
    // as written: the first standing-alone spelling
    for (const Word& w : words)
        if (text::lower(w.bare) == best && capitalised(w.bare)) return std::string(w.bare);
    return std::nullopt;
}

}  // namespace claimgraph::resolve
