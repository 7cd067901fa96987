#include "extract/closing_relay.h"

#include <algorithm>
#include <vector>

#include "extract/frames.h"
#include "extract/lexicon.h"
#include "extract/speaker.h"
#include "extract/word_set.h"
#include "util/text.h"

namespace claimgraph::extract {

namespace {

// The verbs a wire closes a relayed sentence with.
bool relays_with(const Token& t) {
    static const WordSet kVerbs{"reported", "reports", "said", "says", "wrote", "writes"};
    return t.kind == TokenKind::word && !t.cap && kVerbs.contains(t.lower);
}

// "the station", "the newspaper": a publication named before, referred back to.
bool refers_to_publication(const Context& ctx, Range r) {
    static const WordSet kNouns{"station", "newspaper", "paper",   "agency", "channel",  "broadcaster",
                                "network", "daily",     "website", "outlet", "magazine", "tabloid"};
    return r.size() == 2 && ctx.is(r.first, "the") && kNouns.contains(ctx.tok(r.first + 1).lower);
}

// A capitalised publication's words: none inside a quotation, at most six.
std::optional<ClosingRelay> publication(const Context& ctx, Range r) {
    if (r.empty() || r.size() > 6) return std::nullopt;
    for (std::size_t i = r.first; i < r.last; ++i)
        if (ctx.in_quote(i) || ctx.tok(i).kind == TokenKind::quote) return std::nullopt;
    if (refers_to_publication(ctx, r)) return ClosingRelay{{}, r, false};
    if (names_publication(ctx, r)) return ClosingRelay{{}, r, true};
    return std::nullopt;
}

}  // namespace

std::optional<ClosingRelay> closing_relay(const Context& ctx, const Sentence& s) {
    std::size_t end = s.last;
    while (end > s.first && ctx.tok(end - 1).kind == TokenKind::punct) --end;
    if (end < s.first + 4) return std::nullopt;
    // the comma that opens the frame: among the sentence's last eight tokens
    std::size_t comma = end;
    for (std::size_t k = end - 1; k > s.first + 1 && end - k <= 8; --k)
        if (ctx.is(k, ",")) {
            comma = k;
            break;
        }
    if (comma == end) return std::nullopt;
    std::optional<ClosingRelay> relay;
    if (relays_with(ctx.tok(end - 1)))  // ", Interfax reported."
        relay = publication(ctx, {comma + 1, end - 1});
    else if (relays_with(ctx.tok(comma + 1)))  // ", reports the Harbour Gazette."
        relay = publication(ctx, {comma + 2, end});
    if (!relay) return std::nullopt;
    // a statement of its own before it: a free verb of speech in lower case, or a hedge
    // ("allegedly") whose source the publication is
    static const WordSet kHedges{"allegedly", "reportedly", "purportedly"};
    bool spoken = false;
    for (std::size_t k = s.first; k < comma && !spoken; ++k)
        if (const Token& t = ctx.tok(k); t.kind == TokenKind::word && !t.cap && !ctx.in_quote(k) && !ctx.used[k]) {
            const auto verb = cue_verb(t.lower);
            spoken = (verb && verb->cls == CueClass::speech) || kHedges.contains(t.lower);
        }
    if (!spoken) return std::nullopt;
    relay->frame = Range{comma + 1, end};
    return relay;
}

void read_relayed(Context& ctx, const Sentence& s, const ClosingRelay& relay,
                  const std::function<void(const Sentence&)>& read) {
    const std::vector<char> kept(ctx.used.begin() + static_cast<std::ptrdiff_t>(s.first),
                                 ctx.used.begin() + static_cast<std::ptrdiff_t>(s.last));
    ctx.mark_used(relay.frame);
    const std::size_t before = ctx.out.size();
    read(s);
    if (ctx.out.size() == before) {
        std::copy(kept.begin(), kept.end(), ctx.used.begin() + static_cast<std::ptrdiff_t>(s.first));
        read(s);
        return;
    }
    // a content read to the sentence's end stops before the relay's comma ("…, reports AP.")
    const std::size_t comma = relay.frame.first - 1;
    const std::size_t cut = ctx.tok(comma - 1).end;
    for (std::size_t k = before; k < ctx.out.size(); ++k) {
        Attribution& a = ctx.out[k];
        if (a.content.back().end <= cut) continue;
        a.content.back().end = std::max(cut, a.content.back().start);
        std::erase_if(a.content, [](const Span& p) { return p.end <= p.start; });
        a.content_text = content_text_of(ctx, a.content);
    }
    std::erase_if(ctx.out, [&](const Attribution& a) { return a.content.empty(); });
    std::optional<Via> via;
    if (relay.named) {
        via = relay_of(ctx, relay.name);
    } else {
        // "the station": the publication last named as a relay or an outlet before it
        for (std::size_t k = ctx.out.size(); k-- > 0 && !via;) {
            const Attribution& a = ctx.out[k];
            if (!a.via.empty())
                via = a.via.back();
            else if (a.source && (a.source->type == SourceType::outlet || a.source->type == SourceType::agency))
                via = Via{a.source->name, a.source->type, ctx.span(relay.name)};
        }
        if (via) via->span = ctx.span(relay.name);
    }
    if (!via) return;
    for (std::size_t k = before; k < ctx.out.size(); ++k) {
        // "Weiner allegedly sent …, the New York Post reported.": with no speaker of its
        // own, the publication reports it
        if (!ctx.out[k].source && relay.named) {
            ctx.out[k].source = make_source(ctx, relay.name);
            continue;
        }
        std::vector<Via>& vias = ctx.out[k].via;
        const bool known = std::any_of(vias.begin(), vias.end(), [&](const Via& v) { return v.name == via->name; });
        if (!known && (relay.named || vias.empty())) vias.push_back(*via);
    }
}

}  // namespace claimgraph::extract
