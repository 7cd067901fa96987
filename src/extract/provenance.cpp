#include "extract/provenance.h"

#include "extract/lexicon.h"
#include "util/text.h"

namespace claimgraph::extract {

namespace {

// The agency named by tokens [a, b), trying the longest known name first.
std::optional<std::string> agency_in(const Context& ctx, std::size_t a, std::size_t b) {
    for (std::size_t i = a; i < b; ++i)
        for (std::size_t j = std::min(b, i + 4); j > i; --j) {
            const std::string name = text::lower(ctx.slice({i, j}));
            if (auto ag = known_agency(name)) return std::string(*ag);
        }
    return std::nullopt;
}

ProvenanceMark mark(const Context& ctx, std::string kind, Range r, std::optional<std::string> agency) {
    const Span s = ctx.span(r);
    return {std::move(kind), std::string(ctx.slice(r)), s, std::move(agency)};
}

// "(With inputs from agency)", "(With inputs from AP, Reuters)"
bool inputs_from(const Context& ctx, std::size_t i, std::vector<ProvenanceMark>& out) {
    if (!(ctx.is(i, "with") && ctx.is(i + 1, "inputs") && ctx.is(i + 2, "from"))) return false;
    std::size_t a = i, b = i + 3;
    while (b < ctx.size() && ctx.tok(b).paragraph == ctx.tok(i).paragraph && ctx.tok(b).lower != ")" && b - i < 16) ++b;
    if (i > 0 && ctx.is(i - 1, "(") && b < ctx.size() && ctx.is(b, ")")) {
        a = i - 1;
        ++b;
    }
    out.push_back(mark(ctx, "agency-inputs", {a, b}, agency_in(ctx, i + 3, b)));
    return true;
}

// "Image Source : AP", "Photo: Reuters", "Photo credit: AFP"
bool image_credit(const Context& ctx, std::size_t i, std::vector<ProvenanceMark>& out) {
    const std::string_view w = ctx.tok(i).lower;
    if (!(w == "image" || w == "photo" || w == "picture")) return false;
    std::size_t j = i + 1;
    if (ctx.is(j, "source") || ctx.is(j, "credit") || ctx.is(j, "courtesy")) ++j;
    if (!ctx.is(j, ":")) return false;
    std::size_t k = j + 1;
    const std::size_t limit = std::min(ctx.size(), k + 4);
    for (std::size_t e = limit; e > k; --e) {
        const std::string name = text::lower(ctx.slice({k, e}));
        if (auto ag = known_agency(name)) {
            out.push_back(mark(ctx, "image-credit", {i, e}, std::string(*ag)));
            return true;
        }
    }
    return false;
}

// The dash a dateline ends with: em, en, a hyphen or two.
bool dateline_dash(const Context& ctx, std::size_t k) {
    const std::string& w = ctx.tok(k).lower;
    return w == "\u2014" || w == "\u2013" || w == "-" || w == "--";
}

// "KYIV, Ukraine (AP) —": an agency in parentheses near the start of a paragraph,
// followed by a dash.
bool dateline(const Context& ctx, std::size_t i, std::vector<ProvenanceMark>& out) {
    if (!ctx.is(i, "(")) return false;
    std::size_t close = i + 1;
    while (close < ctx.size() && close - i < 5 && !ctx.is(close, ")")) ++close;
    if (!ctx.is(close, ")") || close + 1 >= ctx.size()) return false;
    if (!dateline_dash(ctx, close + 1)) return false;
    const std::size_t para_first = ctx.toks.paragraphs[ctx.tok(i).paragraph].first;
    if (i - para_first > 8) return false;
    auto ag = agency_in(ctx, i + 1, close);
    if (!ag) return false;
    out.push_back(mark(ctx, "dateline", {para_first, close + 2}, ag));
    return true;
}

}  // namespace

std::size_t bare_dateline(const Context& ctx, const Paragraph& para) {
    const auto capitals = [&](std::size_t k) {
        if (ctx.tok(k).kind != TokenKind::word) return false;
        std::size_t letters = 0;
        for (const char c : ctx.slice({k, k + 1})) {
            if (c >= 'a' && c <= 'z') return false;
            letters += c >= 'A' && c <= 'Z';
        }
        return letters >= 2;
    };
    std::size_t k = para.first;
    while (k < para.last && k - para.first < 4 && capitals(k)) ++k;
    if (k == para.first || k >= para.last) return 0;
    if (ctx.is(k, ",")) {  // the region: "Calif.", "Ont.", "Malaysia"
        const std::size_t region = ++k;
        while (k < para.last && k - region < 4 && (ctx.tok(k).cap || ctx.is(k, "."))) ++k;
        if (k == region) return 0;
    }
    return k + 1 < para.last && dateline_dash(ctx, k) ? k + 1 : 0;
}

std::vector<ProvenanceMark> find_provenance(const Context& ctx) {
    std::vector<ProvenanceMark> out;
    for (std::size_t i = 0; i < ctx.size(); ++i) {
        if (ctx.in_quote(i)) continue;
        if (inputs_from(ctx, i, out) || image_credit(ctx, i, out) || dateline(ctx, i, out)) continue;
    }
    return out;
}

}  // namespace claimgraph::extract
