#include "extract/direct.h"

#include <algorithm>
#include <iterator>

#include "extract/figures.h"
#include "extract/frames.h"
#include "extract/lexicon.h"
#include "extract/quote_frames.h"
#include "extract/reported.h"
#include "extract/speaker.h"
#include "extract/speaker_phrase.h"

namespace claimgraph::extract {

namespace {

std::size_t paragraph_end(const Context& ctx, std::size_t i) { return ctx.toks.paragraphs[ctx.tok(i).paragraph].last; }

bool speaking_verb(const Context& ctx, std::size_t i) {
    if (ctx.in_quote(i) || ctx.tok(i).kind != TokenKind::word) return false;
    const std::string& w = ctx.tok(i).lower;
    return speech_verb_at(ctx, i) || w == "spoke" || w == "speaks" || w == "wrote" || w == "writes";
}

// The previous paragraph ends "SPEAKER said:" (or opens with a speaker who "spoke after
// the vote:") and this one is the quote.
bool speaker_in_previous_paragraph(const Context& ctx, std::size_t open, Found& f) {
    const std::size_t p = ctx.tok(open).paragraph;
    if (p == 0 || ctx.toks.paragraphs[p].first != open) return false;
    const Paragraph& prev = ctx.toks.paragraphs[p - 1];
    if (prev.last - prev.first < 3 || !ctx.is(prev.last - 1, ":")) return false;
    if (speaker_before(ctx, prev.first, prev.last, f)) return true;
    for (std::size_t v = prev.first + 1; v + 1 < prev.last && v < prev.first + 12; ++v) {
        if (!speaking_verb(ctx, v)) continue;
        auto subj = subject_before(ctx, prev.first, v);
        if (!subj || subj->first != prev.first || !strong_speaker(ctx, *subj)) return false;
        f.cue = Range{v, v + 1};
        f.lemma = cue_verb(ctx.tok(v).lower) ? std::string(cue_verb(ctx.tok(v).lower)->lemma)
                  : ctx.tok(v).lower == "wrote" || ctx.tok(v).lower == "writes" ? "write"
                                                                                : "speak";
        f.source = subj;
        return true;
    }
    return false;
}

// A quote that is a sentence of its own right after a sentence about a named person in
// the same paragraph ("Mayor Jane Roe was defiant on Monday. “We will rebuild …”") is
// that person's: the previous sentence opens with the name and goes on with a verb.
bool named_in_previous_sentence(const Context& ctx, const Quote& q, const Sentence& s, Found& f) {
    if (q.open != s.first || !q.closed || q.close + 2 < s.last) return false;
    const auto here =
        std::find_if(ctx.sentences.begin(), ctx.sentences.end(), [&](const Sentence& x) { return x.first == s.first; });
    if (here == ctx.sentences.begin() || here == ctx.sentences.end()) return false;
    const Sentence& prev = *std::prev(here);
    if (prev.paragraph != s.paragraph || prev.last - prev.first < 3) return false;
    auto name = phrase_after(ctx, prev.first, prev.last);
    if (!name || name->first != prev.first || name->last >= prev.last || ctx.used[name->first]) return false;
    for (std::size_t i = name->first; i < name->last; ++i)
        if (ctx.in_quote(i)) return false;
    const Token& after = ctx.tok(name->last);
    if (after.kind != TokenKind::word || after.cap) return false;
    const SpeakerPhrase who = parse_speaker(ctx, *name);
    if (who.needs_resolution || who.mention.type != SourceType::person || !ctx.tok(name->last - 1).cap) return false;
    f.source = name;
    return true;
}

// Where a speaker's mention stands: its words, or those it was resolved from.
std::optional<Span> mention_at(const Attribution& a) {
    if (!a.source) return std::nullopt;
    return a.source->span ? a.source->span : a.source->resolved_from;
}

// The statement a quotation standing alone would carry on: the last one, or the quotation
// before it when what came after that is the same speaker's own indirect statement ("“A,”
// DuVernay said, emphasizing B. “C.”").
std::size_t turn_before(const Context& ctx) {
    std::size_t k = ctx.out.size() - 1;
    while (k > 0 && ctx.out[k].kind == StatementKind::indirect && ctx.out[k - 1].kind != StatementKind::indirect) {
        const auto here = mention_at(ctx.out[k]), there = mention_at(ctx.out[k - 1]);
        if (!here || !there || here->start != there->start || here->end != there->end) break;
        --k;
    }
    return k;
}

// “…,” said the woman: a speech verb right after the closing mark frames the quotation
// itself, whether or not speaker_after() took the words after it as a speaker (a later
// reader may: inverted.cpp)
bool own_frame_follows(const Context& ctx, const Quote& q) {
    std::size_t a = q.close + 1;
    if (a < ctx.size() && ctx.is(a, ",")) ++a;
    return a + 1 < ctx.size() && !ctx.in_quote(a) && frames_quotation(ctx, a) &&
           ctx.tok(a).paragraph == ctx.tok(q.close).paragraph && ctx.tok(a + 1).paragraph == ctx.tok(a).paragraph &&
           ctx.tok(a + 1).kind == TokenKind::word;
}

// A quote standing alone carries on the speaker of the statement just before it (as
// turn_before() finds it); not one with a frame of its own after it.
bool continues_previous(const Context& ctx, const Quote& q, const Sentence& s, Found& f) {
    if (ctx.out.empty() || q.open != s.first || (q.closed && own_frame_follows(ctx, q))) return false;
    const Attribution& prev = ctx.out[turn_before(ctx)];
    if (!prev.source) return false;
    // before it in the text: statements read from the layout (a reader's quote signed
    // "― Name" at the article's end) are made before the quotes are read in order
    if (prev.covering().end > ctx.tok(q.open).start) return false;
    const std::size_t p = ctx.tok(q.open).paragraph;
    // the paragraph of the last token before the previous statement's end
    const auto& toks = ctx.toks.tokens;
    const auto before = std::partition_point(toks.begin(), toks.begin() + static_cast<std::ptrdiff_t>(q.open),
                                             [&](const Token& t) { return t.start < prev.covering().end; });
    const std::size_t prev_p = before == toks.begin() ? p : std::prev(before)->paragraph;
    if (p > prev_p + 1 || prev.kind == StatementKind::indirect) return false;
    SourceMention m = *prev.source;
    m.resolved_from = m.span ? m.span : m.resolved_from;
    m.span.reset();
    m.text.clear();
    f.inferred = m;
    return true;
}

// A quotation that goes on with a sentence begun before it: its first word in lower case
// ("“but a lot of people …”").
bool continues_sentence(const Context& ctx, const Quote& q) {
    const std::size_t w = q.open + 1;
    return w < q.close && ctx.tok(w).kind == TokenKind::word && !ctx.tok(w).cap;
}

// The quote joins the statement just before it (as turn_before() finds it) as a further piece.
void join_previous(Context& ctx, Range quote) {
    Attribution& prev = ctx.out[turn_before(ctx)];
    prev.content.push_back(ctx.span(quote));
    prev.content_text += " \u2026 ";
    prev.content_text += ctx.slice(quote);
    for (auto& fig : find_figures(ctx, quote)) prev.figures.push_back(std::move(fig));
    ctx.mark_used(quote);
}

}  // namespace

void find_direct(Context& ctx, const Sentence& s) {
    // quotes are in text order: start at the sentence's first (a scan from the article's
    // first quote for every sentence made long articles quadratic)
    const auto first =
        std::partition_point(ctx.quotes.begin(), ctx.quotes.end(), [&](const Quote& q) { return q.open < s.first; });
    for (std::size_t qi = static_cast<std::size_t>(first - ctx.quotes.begin()); qi < ctx.quotes.size(); ++qi) {
        const Quote& q = ctx.quotes[qi];
        if (q.open >= s.last) break;
        if (ctx.used[q.open]) continue;
        const std::size_t ceiling = std::max(s.last, std::min(q.close + 1, paragraph_end(ctx, q.open)));
        Found f;
        f.content.push_back({q.open, q.close + 1});
        bool found = false;
        if (q.closed) {
            if (auto end = speaker_after(ctx, q, ceiling, f)) {
                found = true;
                // split quote: “A,” he said, “B.”
                if (qi + 1 < ctx.quotes.size()) {
                    const Quote& next = ctx.quotes[qi + 1];
                    std::size_t k = *end;
                    if (k < ceiling && ctx.is(k, ",")) ++k;
                    // “A,” Trump said during a rally in Kenansville, N.C., “but B.”: a setting
                    // between, when the second piece goes on with the sentence in lower case
                    if (next.open > k && next.open < ceiling && next.open - k <= 15 && ctx.is(next.open - 1, ",") &&
                        continues_sentence(ctx, next) && no_clause_between(ctx, k, next.open - 1))
                        k = next.open;
                    if (next.open == k && next.open < ceiling + 1) {
                        f.content.push_back({next.open, next.close + 1});
                        ++qi;
                    }
                }
            } else if (ctx.is(q.close + 1, ":") && paragraph_end(ctx, q.open) - q.close <= 8) {
                // a headline: “…”: Russia
                const std::size_t pe = paragraph_end(ctx, q.open);
                auto subj = phrase_after(ctx, q.close + 2, pe);
                if (subj && subj->last == pe) {
                    f.cue = Range{q.close + 1, q.close + 2};
                    f.lemma = "say";
                    f.source = subj;
                    found = true;
                }
            }
        }
        if (!found) {
            const std::size_t floor =
                qi > 0 && ctx.quotes[qi - 1].close >= s.first ? ctx.quotes[qi - 1].close + 1 : s.first;
            found = verb_opens_sentence(ctx, s, q.open, f) || speaker_before(ctx, floor, q.open, f) ||
                    speaker_in_previous_paragraph(ctx, q.open, f) || clause_before_colon(ctx, s, floor, q, f);
        }
        if (!found && (q.words >= 4 || ctx.join_turns) && continues_previous(ctx, q, s, f)) {
            if (ctx.join_turns && ctx.out[turn_before(ctx)].kind != StatementKind::indirect) {
                join_previous(ctx, {q.open, q.close + 1});
                continue;
            }
            found = q.words >= 4;
        }
        if (!found && q.words >= 4) found = named_in_previous_sentence(ctx, q, s, f);
        // a quotation standing as a whole sentence is a statement even when the text does
        // not say whose it is; its speaker stays unknown rather than guessed
        if (!found && q.closed && q.words >= 6 && q.open == s.first && q.close + 2 >= s.last) found = true;
        if (!found) continue;
        if (f.source && !f.via) f.via = relay_before(ctx, s.first, f.source->first);
        emit(ctx, f);
    }
}

void find_direct_after(Context& ctx, const Sentence& s) {
    const auto first =
        std::partition_point(ctx.quotes.begin(), ctx.quotes.end(), [&](const Quote& q) { return q.open < s.first; });
    for (auto q = first; q != ctx.quotes.end() && q->open < s.last; ++q) {
        if (ctx.used[q->open] || q->open < s.first + 3) continue;
        std::size_t b = q->open - 1;
        if (!ctx.is(b, ":") && !ctx.is(b, ",")) continue;
        --b;
        if (!speech_verb_at(ctx, b) || !ctx.is(b - 1, "and") || ctx.used[b]) continue;
        const auto earlier = earlier_speaker(ctx, s, b);
        if (!earlier) continue;
        Found f;
        f.content.push_back({q->open, q->close + 1});
        f.cue = Range{b, b + 1};
        f.lemma = std::string(cue_verb(ctx.tok(b).lower)->lemma);
        f.inferred = earlier;
        emit(ctx, f);
    }
}

}  // namespace claimgraph::extract
