#include "extract/quoted_as.h"

#include "extract/frames.h"
#include "extract/lexicon.h"
#include "extract/speaker_phrase.h"

namespace claimgraph::extract {

std::optional<std::size_t> quoted_as_saying(Context& ctx, const Sentence& s, std::size_t i) {
    if (!ctx.is(i, "quoted") || ctx.tok(i).cap || i == s.first) return std::nullopt;
    // "as saying" (or "telling", "writing") within a speaker's phrase after the verb
    std::size_t as = i + 1;
    while (as + 1 < s.last && as - i <= 14 && !ctx.is(as, "as") && ctx.tok(as).kind != TokenKind::quote &&
           !ctx.in_quote(as))
        ++as;
    if (as + 1 >= s.last || as == i + 1 || !ctx.is(as, "as") ||
        !(ctx.is(as + 1, "saying") || ctx.is(as + 1, "telling") || ctx.is(as + 1, "writing")))
        return std::nullopt;
    const Range speaker{i + 1, as};
    if (!ctx.free(speaker) || !strong_speaker(ctx, speaker)) return std::nullopt;
    const std::size_t start = free_start(ctx, s);
    const std::optional<Range> relay = subject_before(ctx, start, i);
    if (!relay || !plausible_speaker(ctx, *relay)) return std::nullopt;
    Found f;
    f.cue = Range{as, as + 2};
    f.lemma = "say";
    f.source = speaker;
    f.via = relay;
    std::size_t c = skip_to_content(ctx, as + 2, s.last);
    std::size_t next = as + 2;
    // ("… as saying of Mr. Gigante after a meeting": about whom, not what; what is before)
    const bool after = c < s.last && ctx.tok(c).kind != TokenKind::punct && !is_preposition(ctx.tok(c).lower);
    const bool quoted_before = relay->first > start && ctx.tok(relay->first - 1).kind == TokenKind::quote;
    if (after) {
        // "… as saying (that) the toll had risen."
        const Range content = trim_content(ctx, {c, content_end(ctx, c, s.last)});
        if (content.empty()) return std::nullopt;
        f.content.push_back(content);
        next = content.last;
    } else if (relay->first > start + 1 && (ctx.is(relay->first - 1, ",") || quoted_before)) {
        // "The toll had risen, RIA Novosti quoted Petrenko as saying.", "“…,” Gravano quoted
        // Gotti as saying"
        const Range content = trim_content(ctx, {start, quoted_before ? relay->first : relay->first - 1});
        if (content.empty() || (!quoted_before && !looks_like_clause(ctx, content)) || !ctx.free(content))
            return std::nullopt;
        f.content.push_back(content);
    } else {
        return std::nullopt;
    }
    if (!emit(ctx, f)) return std::nullopt;
    ctx.mark_used(*relay);
    ctx.mark_used({i, i + 1});
    return next;
}

}  // namespace claimgraph::extract
