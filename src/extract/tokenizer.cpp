#include "extract/tokenizer.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstring>

#include "extract/word_set.h"
#include "util/text.h"
#include "util/utf8.h"

namespace claimgraph::extract {

namespace {

struct QuoteChar {
    char32_t cp;
    QuoteFacing facing;
    bool single;
};

constexpr std::array<QuoteChar, 9> kQuotes{{
    {U'\u201C', QuoteFacing::open, false},  // “
    {U'\u201D', QuoteFacing::close, false},  // ”
    {U'\u201E', QuoteFacing::open, false},  // „
    {U'\u00AB', QuoteFacing::open, false},  // «
    {U'\u00BB', QuoteFacing::close, false},  // »
    {U'"', QuoteFacing::either, false},
    {U'\u2018', QuoteFacing::open, true},  // ‘
    {U'\u201A', QuoteFacing::open, true},  // ‚
    {U'\u2019', QuoteFacing::close, true},  // ’ (when not an apostrophe)
}};

const QuoteChar* quote_char(char32_t cp) {
    for (const auto& q : kQuotes)
        if (q.cp == cp) return &q;
    return nullptr;
}

bool is_apostrophe(char32_t cp) { return cp == U'\'' || cp == U'\u2019'; }

// The eight bytes of `v` with their ASCII capitals folded to lower case; a byte from 0x80
// up is left as it is. (A token's copy is folded as it is made: 2 of every 100 instructions
// of `extract --fast` went to a loop over its bytes.)
std::uint64_t lower8(std::uint64_t v) {
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
    const std::uint64_t low7 = v & ~kHigh;
    // the high bit of each byte: at or above 'A', and above 'Z' (no carry leaves a byte); a
    // capital is the first without the second, in a byte under 0x80
    const std::uint64_t capital = ((low7 + kOnes * (0x80 - 'A')) ^ (low7 + kOnes * (0x80 - 'Z' - 1))) & ~v & kHigh;
    return v | capital >> 2;  // 0x80 >> 2 is 0x20, the case bit
}

// text[start, end) lower-cased (ASCII capitals only) into `out`.
void assign_lower(std::string& out, std::string_view text, std::size_t start, std::size_t end) {
    std::size_t n = end - start;
    if (n <= 8 && start + 8 <= text.size()) {  // a word's eight bytes, read at once
        std::uint64_t v = 0;
        std::memcpy(&v, text.data() + start, 8);
        v = lower8(v);
        char bytes[8];
        std::memcpy(bytes, &v, 8);
        out.assign(bytes, n);
        return;
    }
    out.assign(text.substr(start, n));
    char* p = out.data();
    for (; n >= 8; p += 8, n -= 8) {
        std::uint64_t v = 0;
        std::memcpy(&v, p, 8);
        v = lower8(v);
        std::memcpy(p, &v, 8);
    }
    for (; n > 0; ++p, --n) *p = text::fold_ascii(*p);
}

class Lexer {
public:
    Lexer(std::string_view text, std::size_t from) : m_text(text), m_pos(from) {
        // about one token for every five bytes of English: growing the vector moved every
        // token again (the token push's copies were 3% of `extract --fast` in perf)
        m_out.tokens.reserve((text.size() - std::min(from, text.size())) / 4 + 16);
    }

    Tokens run() {
        std::size_t newlines = 2;  // start of text counts as a paragraph start
        bool line_start = true;
        while (m_pos < m_text.size()) {
            std::size_t n = 1;
            const char32_t cp = utf8::decode(m_text, m_pos, n);
            if (utf8::is_space(cp) || cp == U'\u00A0' || cp == U'\u200B' || cp == U'\uFEFF') {
                if (cp == '\n') {
                    ++newlines;
                    line_start = true;
                }
                m_space = true;
                m_pos += n;
                continue;
            }
            if (newlines >= 2 || (newlines == 1 && line_start && (headline_before() || sentence_before())))
                new_paragraph();
            newlines = 0;
            line_start = false;
            lex_one(cp, n);
        }
        close_paragraph();
        mark_space_after();
        return std::move(m_out);
    }

private:
    // A single line break after a line that looks like a headline (short, no final
    // punctuation) also starts a paragraph.
    bool headline_before() const {
        const auto& p = m_out.paragraphs;
        if (m_out.tokens.empty() || p.empty()) return false;
        const std::size_t first = p.back().first;
        const std::size_t count = m_out.tokens.size() - first;
        const Token& last = m_out.tokens.back();
        const bool final_punct =
            last.kind == TokenKind::punct &&
            (last.lower == "." || last.lower == "?" || last.lower == "!" || last.lower == ":" || last.lower == ",");
        return count <= 20 && !final_punct;
    }

    // A single line break after a line that ends a sentence ("… upset.”\nTrump campaign
    // spokesman …"): text laid out a paragraph a line, as many pages are copied.
    bool sentence_before() const {
        const auto& t = m_out.tokens;
        if (t.empty()) return false;
        std::size_t k = t.size() - 1;
        while (k > 0 && t[k].kind == TokenKind::quote && t[k].facing != QuoteFacing::open && !t[k].space_before) --k;
        const Token& last = t[k];
        return last.kind == TokenKind::punct && (last.lower == "." || last.lower == "?" || last.lower == "!");
    }

    void new_paragraph() {
        close_paragraph();
        m_out.paragraphs.push_back({m_out.tokens.size(), m_out.tokens.size()});
    }

    void close_paragraph() {
        if (!m_out.paragraphs.empty()) m_out.paragraphs.back().last = m_out.tokens.size();
        // drop empty paragraphs
        if (!m_out.paragraphs.empty() && m_out.paragraphs.back().first == m_out.paragraphs.back().last)
            m_out.paragraphs.pop_back();
    }

    void push(std::size_t start, std::size_t end, TokenKind kind) {
        const bool space_before =
            m_space || m_out.tokens.empty() || m_out.tokens.back().paragraph != m_out.paragraphs.size() - 1;
        Token& t = m_out.tokens.emplace_back();  // built in place: a token's string is not moved
        t.start = start;
        t.end = end;
        t.kind = kind;
        assign_lower(t.lower, m_text, start, end);
        std::size_t n = 1;
        t.cap = utf8::is_upper(utf8::decode(m_text, start, n));
        t.space_before = space_before;
        t.paragraph = m_out.paragraphs.size() - 1;
        m_space = false;
    }

    char32_t peek(std::size_t pos, std::size_t& n) const {
        if (pos >= m_text.size()) {
            n = 0;
            return 0;
        }
        return utf8::decode(m_text, pos, n);
    }

    void lex_one(char32_t cp, std::size_t n) {
        const std::size_t start = m_pos;
        if (utf8::is_word(cp)) {
            lex_word(start);
            return;
        }
        // '' and `` are double quotes in some American copy.
        if ((cp == '\'' || cp == '`') && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == static_cast<char>(cp)) {
            m_pos += 2;
            push(start, m_pos, TokenKind::quote);
            m_out.tokens.back().facing = cp == '`' ? QuoteFacing::open : QuoteFacing::either;
            return;
        }
        // ‘‘ and ’’ likewise (the same copy run through a typographer)
        if ((cp == U'\u2018' || cp == U'\u2019') && m_text.substr(m_pos + n, n) == m_text.substr(m_pos, n)) {
            m_pos += 2 * n;
            push(start, m_pos, TokenKind::quote);
            m_out.tokens.back().facing = cp == U'\u2018' ? QuoteFacing::open : QuoteFacing::close;
            return;
        }
        if (const QuoteChar* q = quote_char(cp)) {
            m_pos += n;
            push(start, m_pos, TokenKind::quote);
            m_out.tokens.back().facing = q->facing;
            m_out.tokens.back().single = q->single;
            return;
        }
        m_pos += n;
        // "--" and runs of the same dash are one token
        while (cp == '-' && m_pos < m_text.size() && m_text[m_pos] == '-') ++m_pos;
        push(start, m_pos, TokenKind::punct);
    }

    void lex_word(std::size_t start) {
        bool digits_only = true;
        while (m_pos < m_text.size()) {
            // (an ASCII letter or digit, most of any word, is taken without decoding)
            const auto c = static_cast<unsigned char>(m_text[m_pos]);
            if (static_cast<unsigned char>((c | 0x20) - 'a') < 26) {
                digits_only = false;
                ++m_pos;
                continue;
            }
            if (static_cast<unsigned char>(c - '0') < 10) {
                ++m_pos;
                continue;
            }
            std::size_t n = 1;
            const char32_t cp = utf8::decode(m_text, m_pos, n);
            if (utf8::is_word(cp)) {
                if (!utf8::is_digit(cp)) digits_only = false;
                m_pos += n;
                continue;
            }
            std::size_t n2 = 0;
            const char32_t next = peek(m_pos + n, n2);
            const bool next_word = n2 > 0 && utf8::is_word(next);
            // internal hyphen, apostrophe (don't, O'Brien), digit separators, U.S.
            if (next_word && (cp == '-' || cp == U'\u2011')) {
                m_pos += n;
                continue;
            }
            if (next_word && is_apostrophe(cp) && !possessive_s(m_pos + n)) {
                m_pos += n;
                continue;
            }
            if (next_word && (cp == ',' || cp == '.') && digits_only && utf8::is_digit(next)) {
                m_pos += n;
                continue;
            }
            if (cp == '.' && is_initialism(start, m_pos)) {
                m_pos += n;
                continue;
            }
            break;
        }
        push(start, m_pos, digits_only ? TokenKind::number : TokenKind::word);
        lex_possessive();
    }

    // "’s" / "'s" after a word is its own token so that "Russia’s Defense Ministry" splits.
    bool possessive_s(std::size_t after_apostrophe) const {
        if (after_apostrophe >= m_text.size()) return false;
        const char c = m_text[after_apostrophe];
        if (c != 's' && c != 'S') return false;
        std::size_t n = 0;
        const char32_t next = peek(after_apostrophe + 1, n);
        return n == 0 || !utf8::is_word(next);
    }

    void lex_possessive() {
        if (m_pos >= m_text.size()) return;
        std::size_t n = 1;
        const char32_t cp = utf8::decode(m_text, m_pos, n);
        if (is_apostrophe(cp) && possessive_s(m_pos + n)) {
            const std::size_t start = m_pos;
            m_pos += n + 1;
            push(start, m_pos, TokenKind::word);
        }
    }

    // "U.S." / "a.m.": single letters separated by periods.
    bool is_initialism(std::size_t start, std::size_t dot) const {
        std::size_t n = 0;
        const char32_t next = peek(dot + 1, n);
        const bool letter_follows = n > 0 && utf8::is_letter(next);
        const bool prev_single = dot - start == 1 || (dot >= 2 && m_text[dot - 2] == '.');
        if (!prev_single) return false;
        if (letter_follows) {
            std::size_t n2 = 0;
            const char32_t after = peek(dot + 1 + n, n2);
            return n2 == 0 || !utf8::is_word(after) || after == '.';
        }
        return dot >= 2 && m_text[dot - 2] == '.';  // the final dot of "U.S."
    }

    void mark_space_after() {
        auto& t = m_out.tokens;
        for (std::size_t i = 0; i < t.size(); ++i) t[i].space_after = i + 1 == t.size() || t[i + 1].space_before;
    }

    std::string_view m_text;
    std::size_t m_pos;
    bool m_space = true;
    Tokens m_out;
};

// clang-format off
// (a set, as the lexicon's word lists are: a search of the list was 1.7% of `extract --fast`)
const WordSet kAbbreviations{
    "mr", "mrs", "ms", "dr", "gov", "sen", "rep", "st", "jr", "sr", "gen", "col", "lt", "sgt",
    "capt", "cmdr", "adm", "maj", "prof", "inc", "corp", "co", "ltd", "no", "vs", "etc", "jan",
    "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "rev", "hon", "pres", "atty",
    "supt", "dept", "fig", "approx"};
// clang-format on

}  // namespace

bool is_abbreviation(const Token& t) {
    if (t.kind != TokenKind::word) return false;
    if (t.lower.find('.') != std::string::npos) return true;  // U.S.
    if (t.lower.size() == 1 && t.cap) return true;  // initials: J. Smith
    // a party and a state's first initial: "(D-W. Va.)", "(R-N. C.)"
    if (t.lower.size() == 3 && t.lower[1] == '-' && t.cap && std::isalpha(static_cast<unsigned char>(t.lower[2])))
        return true;
    return kAbbreviations.contains(t.lower);
}

Tokens tokenize(std::string_view text, std::size_t from) { return Lexer(text, from).run(); }

std::vector<Sentence> split_sentences(const Tokens& toks, std::size_t paragraph,
                                      const std::vector<std::pair<std::size_t, std::size_t>>& quotes) {
    const Paragraph& p = toks.paragraphs[paragraph];
    const auto& t = toks.tokens;
    std::vector<Sentence> out;
    std::size_t start = p.first;
    // inside[i - p.first]: token i lies strictly inside a quote (built once: linear time)
    std::vector<char> inside(p.last - p.first, 0);
    for (const auto& [a, b] : quotes)
        for (std::size_t i = std::max(a + 1, p.first); i < b && i < p.last; ++i) inside[i - p.first] = 1;
    auto in_quote = [&](std::size_t i) { return inside[i - p.first] != 0; };
    // opened[b - p.first]: where the quotation that closes at token b opened
    std::vector<std::size_t> opened(p.last - p.first, SIZE_MAX);
    std::vector<char> opens(p.last - p.first, 0);  // a quotation opens at the token
    for (const auto& [a, b] : quotes) {
        if (b >= p.first && b < p.last) opened[b - p.first] = a;
        if (a >= p.first && a < p.last) opens[a - p.first] = 1;
    }
    // A quotation inside a sentence whose last word ends it: "… accused him of “fanatic
    // recklessness.” The mayor said …" (the period ends the host sentence too; a quotation
    // that is its own sentence or has a speech tag after it is left whole)
    auto ends_host = [&](std::size_t i) {
        const std::size_t close = i + 1;
        if (close + 1 >= p.last || opened[close - p.first] == SIZE_MAX || t[close].space_before) return false;
        const std::size_t open = opened[close - p.first];
        // (after a word, or after the colon or comma that introduce it: "Berg said: “It is
        // not true.” He said …")
        if (open <= start || !(t[open - 1].kind == TokenKind::word || t[open - 1].lower == ":" ||
                               t[open - 1].lower == ","))
            return false;
        const Token& next = t[close + 1];
        // (or another quotation opens, a sentence of its own: "… on NBC's “Meet the Press.”
        // “Listening to him …”")
        if (next.space_before && opens[close + 1 - p.first] && close + 2 < p.last) {
            const Token& first = t[close + 2];
            return first.kind == TokenKind::word && first.cap;
        }
        return next.space_before && next.kind == TokenKind::word && next.cap;
    };
    // "Mr. Cruz", "U.S. officials": an abbreviation's period ends no sentence; an
    // initialism's does when a subject pronoun or "The" follows ("after the polls close at
    // 7 p.m. He says …", "… into the U.S. The proposal …"; not after a title: "Mr. He Lin")
    const auto opens_sentence = [&](std::size_t k) {
        if (k >= p.last || !t[k].cap || !t[k].space_before) return false;
        const std::string& w = t[k].lower;
        return w == "he" || w == "she" || w == "they" || w == "we" || w == "it" || w == "i" || w == "the";
    };
    for (std::size_t i = p.first; i < p.last; ++i) {
        // (an initialism keeps its last period: "p.m." is one word)
        const bool initialism_end = t[i].kind == TokenKind::word && t[i].lower.size() > 2 &&
                                    t[i].lower.back() == '.' && opens_sentence(i + 1);
        const bool ender = initialism_end || (t[i].kind == TokenKind::punct &&
                                              (t[i].lower == "." || t[i].lower == "?" || t[i].lower == "!"));
        if (!ender || (in_quote(i) && !ends_host(i))) continue;
        if (i > p.first && t[i].lower == "." && !t[i].space_before && is_abbreviation(t[i - 1])) continue;
        std::size_t end = i + 1;
        // a closing quote mark right after the period belongs to this sentence
        while (end < p.last && t[end].kind == TokenKind::quote && !t[end].space_before &&
               (t[end].facing != QuoteFacing::open || mistyped_close(t[end])))
            ++end;
        if (end < p.last && !t[end].space_before) continue;  // "3.5", "example.com"
        // an ellipsis before a lower-case word trails off inside the sentence ("al-Ani... came")
        if (end == i + 1 && end < p.last && i > p.first && t[i].lower == "." && t[i - 1].lower == "." &&
            !t[i].space_before && t[end].kind == TokenKind::word && !t[end].cap && !t[end].lower.empty() &&
            std::islower(static_cast<unsigned char>(t[end].lower[0])))
            continue;
        out.push_back({start, end, paragraph});
        start = end;
        i = end - 1;
    }
    if (start < p.last) out.push_back({start, p.last, paragraph});
    return out;
}

}  // namespace claimgraph::extract
