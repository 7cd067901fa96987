#include "extract/quotes.h"

namespace claimgraph::extract {

namespace {

bool can_open(const Token& t) {
    // a closing double mark set against the word after it and apart from the one before
    // ("… strife.\n”Mr. Trump embodies …”") is an opening one mistyped
    if (t.facing == QuoteFacing::close) return !t.single && t.space_before && !t.space_after;
    if (t.facing == QuoteFacing::open) return true;  // « non » is spaced in French
    return t.space_before && !t.space_after;
}

bool can_close(const Token& t, const Token& prev) {
    // ("… for her here,“ said Jim Kell": after the punctuation that ends a quotation)
    if (t.facing == QuoteFacing::open)
        return mistyped_close(t) && prev.kind == TokenKind::punct &&
               (prev.lower == "," || prev.lower == "." || prev.lower == "?" || prev.lower == "!");
    if (t.facing == QuoteFacing::close) return true;
    return !t.space_before || prev.kind == TokenKind::punct;
}

std::size_t count_words(const std::vector<Token>& t, std::size_t a, std::size_t b) {
    std::size_t n = 0;
    for (std::size_t i = a; i < b; ++i)
        if (t[i].kind == TokenKind::word || t[i].kind == TokenKind::number) ++n;
    return n;
}

}  // namespace

std::vector<Quote> find_quotes(const Tokens& toks, std::size_t p) {
    const auto& t = toks.tokens;
    const Paragraph& para = toks.paragraphs[p];
    std::vector<Quote> out;
    bool inside = false;
    bool single = false;
    std::size_t open = 0;
    for (std::size_t i = para.first; i < para.last; ++i) {
        if (t[i].kind != TokenKind::quote) continue;
        if (!inside) {
            // a single mark opens only when it faces open: ’ is an apostrophe or a close
            if (can_open(t[i]) && !(t[i].single && t[i].facing != QuoteFacing::open)) {
                inside = true;
                single = t[i].single;
                open = i;
            }
            continue;
        }
        if (t[i].single != single) continue;  // nested marks of the other kind
        // German style: „…“ closes with the mark English uses to open
        const bool low_pair = t[open].lower == "\u201E" && t[i].lower == "\u201C";
        if (i > open + 1 && (can_close(t[i], t[i - 1]) || low_pair)) {
            out.push_back({open, i, true, count_words(t, open + 1, i)});
            inside = false;
        } else if (single && can_open(t[i])) {
            open = i;  // an unmatched single opener: restart from the later one
        }
    }
    // An unclosed double quote runs to the paragraph's end (quotes over several
    // paragraphs); an unclosed single mark was probably an apostrophe.
    if (inside && !single && para.last > open + 1)
        out.push_back({open, para.last - 1, false, count_words(t, open + 1, para.last)});
    return out;
}

}  // namespace claimgraph::extract
