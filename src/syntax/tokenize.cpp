#include "syntax/tokenize.h"

#include <set>

#include "extract/tokenizer.h"
#include "util/text.h"

namespace claimgraph::syntax {

namespace {

// Prefixes the treebanks keep joined to what follows their hyphen.
bool joined_prefix(std::string_view lower) {
    // clang-format off
    static const std::set<std::string_view> prefixes{"e",    "co",    "pre",  "post", "non",  "re",   "semi",
                                                     "anti", "multi", "mid",  "ex",   "self", "sub",  "inter",
                                                     "pro",  "vice",  "ultra", "mis", "over", "under", "de"};
    // clang-format on
    return prefixes.count(lower) > 0;
}

// Where a contraction's clitic starts in a word ("don't" → 2, "we'll" → 2), npos when none.
std::size_t clitic_at(std::string_view w) {
    // (most words hold no apostrophe: nothing to build for them)
    if (w.find('\'') == std::string_view::npos && w.find("\u2019") == std::string_view::npos)
        return std::string_view::npos;
    const std::string lower = text::lower(w);
    for (std::string_view apostrophe : {"'", "\u2019"}) {
        for (std::string_view clitic : {"n't", "m", "ll", "ve", "re", "d", "s"}) {
            std::string tail =
                clitic == "n't" ? "n" + std::string(apostrophe) + "t" : std::string(apostrophe) + std::string(clitic);
            if (lower.size() > tail.size() && lower.ends_with(tail)) return lower.size() - tail.size();
        }
    }
    return std::string_view::npos;
}

// The words one token of the extractor's is in the treebanks, as (start, end) offsets.
void split(std::string_view text, std::size_t start, std::size_t end,
           std::vector<std::pair<std::size_t, std::size_t>>& out) {
    const std::string_view w = text.substr(start, end - start);
    if (const std::size_t c = clitic_at(w); c != std::string_view::npos && c > 0) {
        out.emplace_back(start, start + c);
        out.emplace_back(start + c, end);
        return;
    }
    // hyphens between letters
    std::size_t from = start;
    for (std::size_t i = start + 1; i + 1 < end; ++i) {
        if (text[i] != '-') continue;
        const auto alpha = [&](char ch) { return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'); };
        if (!alpha(text[i - 1]) || !alpha(text[i + 1])) continue;
        if (from == start && joined_prefix(text::lower(text.substr(start, i - start)))) continue;
        out.emplace_back(from, i);
        out.emplace_back(i, i + 1);
        from = i + 1;
    }
    out.emplace_back(from, end);
}

// Abbreviations the treebanks write with their full stop.
bool abbreviation(std::string_view w) {
    // clang-format off
    static const std::set<std::string_view> known{
        "mr", "mrs", "ms", "dr", "st", "inc", "corp", "co", "ltd", "jr", "sr", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec", "gov", "sen", "rep", "gen", "col", "lt", "capt", "sgt",
        "prof", "vs", "etc", "no", "mt", "ft", "ave", "blvd", "dept", "univ", "approx", "est", "fig", "vol", "pp"};
    // clang-format on
    if (w.size() == 1 && w[0] >= 'A' && w[0] <= 'Z') return true;  // an initial
    return known.count(text::lower(w)) > 0;
}

bool alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

bool all_lower_alnum(std::string_view w) {
    if (w.empty()) return false;
    for (char c : w)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) return false;
    return true;
}

// Joins what the extractor's tokens split and the treebanks keep whole: a run of one
// punctuation mark ("...", "!!"), an abbreviation and its full stop ("Dr.", "Inc."), an
// emoticon (":)", ":-)"), and web addresses, file names and e-mail addresses written
// without spaces ("paulhastings.com", "API.pdf", "name@example.org").
void join_words(std::string_view text, Sentence& s) {
    std::vector<Word> out;
    std::vector<std::size_t> now(s.words.size());  // old word index → new
    const auto adjacent = [&](const Word& a, const Word& b) { return a.end == b.start; };
    for (std::size_t i = 0; i < s.words.size(); ++i) {
        Word& w = s.words[i];
        now[i] = out.size();
        if (!out.empty() && adjacent(out.back(), w)) {
            Word& last = out.back();
            const std::string_view a = last.form, b = w.form;
            const bool same_marks = a.find_first_not_of(a[0]) == std::string_view::npos && b.size() == 1 &&
                                    b[0] == a[0] && std::string_view(".!?$*-=#~").find(a[0]) != std::string_view::npos;
            const bool abbrev = b == "." && abbreviation(a);
            const bool emoticon = (a == ":" || a == ";" || a == ":-" || a == ";-") &&
                                  (b == ")" || b == "(" || b == "-" || b == "D" || b == "P");
            const bool address = (b == "." || b == "@") && alnum(a.back());
            const bool address_part = (a.ends_with(".") || a.ends_with("@")) && a.size() > 1 && all_lower_alnum(b) &&
                                      a.find_first_of("@.") != std::string_view::npos && alnum(a[0]);
            bool join = same_marks || abbrev || emoticon || address_part;
            // a word, a full stop or @ with no space, and lower-case letters after: an address
            if (address) {
                const std::size_t next = w.end;
                std::size_t k = next;
                while (k < text.size() && (alnum(text[k]) || text[k] == '_')) ++k;
                join = join || (k > next && all_lower_alnum(text.substr(next, k - next)) && w.end == next);
            }
            if (join) {
                now[i] = out.size() - 1;
                last.end = w.end;
                last.form = std::string(text.substr(last.start, last.end - last.start));
                last.space_after = w.space_after;
                continue;
            }
        }
        out.push_back(std::move(w));
    }
    s.words = std::move(out);
    // a contraction whose two words are still two
    std::vector<MultiwordToken> kept;
    for (MultiwordToken m : s.multiword)
        if (now[m.first] != now[m.last]) kept.push_back({now[m.first], now[m.last], m.form});
    s.multiword = std::move(kept);
}

}  // namespace

std::vector<Sentence> tokenize(std::string_view text, std::size_t from) {
    const extract::Tokens toks = extract::tokenize(text, from);
    std::vector<Sentence> out;
    for (std::size_t p = 0; p < toks.paragraphs.size(); ++p) {
        for (const extract::Sentence& s : extract::split_sentences(toks, p, {})) {
            Sentence sentence;
            for (std::size_t k = s.first; k < s.last; ++k) {
                const extract::Token& t = toks.tokens[k];
                std::vector<std::pair<std::size_t, std::size_t>> parts;
                if (t.kind == extract::TokenKind::word)
                    split(text, t.start, t.end, parts);
                else
                    parts.emplace_back(t.start, t.end);
                const std::size_t first = sentence.words.size();
                for (std::size_t i = 0; i < parts.size(); ++i) {
                    Word w;
                    w.start = parts[i].first;
                    w.end = parts[i].second;
                    w.form = std::string(text.substr(w.start, w.end - w.start));
                    w.space_after = i + 1 == parts.size() && t.space_after;
                    sentence.words.push_back(std::move(w));
                }
                // a contraction is one token of the text and two words
                if (parts.size() == 2 && clitic_at(text.substr(t.start, t.end - t.start)) != std::string_view::npos)
                    sentence.multiword.push_back(
                        {first, first + 1, std::string(text.substr(t.start, t.end - t.start))});
            }
            if (sentence.words.empty()) continue;
            join_words(text, sentence);
            const std::size_t a = sentence.words.front().start, b = sentence.words.back().end;
            sentence.text = std::string(text.substr(a, b - a));
            for (char& c : sentence.text)
                if (c == '\n' || c == '\r' || c == '\t') c = ' ';
            out.push_back(std::move(sentence));
        }
    }
    return out;
}

}  // namespace claimgraph::syntax
