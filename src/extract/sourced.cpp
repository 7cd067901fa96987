#include "extract/sourced.h"

#include "extract/frames.h"
#include "extract/lexicon.h"
#include "extract/speaker_phrase.h"

namespace claimgraph::extract {

namespace {

// "But,", "In addition,", "However,": words before a frame that open a sentence and are
// no part of its content (at most three, then a comma).
bool connective(const Context& ctx, std::size_t start, std::size_t i) {
    const std::string& first = ctx.tok(start).lower;
    // "But according to …": a conjunction needs no comma
    if (i == start + 1 && (first == "but" || first == "and" || first == "yet" || first == "so")) return true;
    if (i < start + 2 || i > start + 4 || !ctx.is(i - 1, ",")) return false;
    return first == "in" || is_connective(first);
}

// "According to the officer in charge of the base, …", "According to Mayor Ana Lund, the
// bridge …": the source of a frame that opens the sentence runs to its comma, or past a
// description set off by commas ("According to Jane Doe, a spokeswoman for the agency, …").
// nullopt when no comma comes within 30 words.
std::optional<Range> source_to_comma(const Context& ctx, const Sentence& s, std::size_t from) {
    const auto comma_after = [&](std::size_t k, std::size_t within) -> std::optional<std::size_t> {
        for (std::size_t j = k; j < s.last && j < k + within; ++j) {
            if (ctx.in_quote(j) || ctx.is(j, ";") || ctx.is(j, ":")) return std::nullopt;
            if (ctx.is(j, ",")) return j;
        }
        return std::nullopt;
    };
    const auto first = comma_after(from + 1, 30);
    if (!first) return std::nullopt;
    // a description: a determiner, then words with no verb, then a comma
    if (*first + 1 < s.last && is_determiner(ctx.tok(*first + 1).lower) && ctx.tok(*first - 1).cap)
        if (const auto second = comma_after(*first + 2, 12)) {
            bool verb = false;
            for (std::size_t j = *first + 1; j < *second && !verb; ++j)
                verb = ctx.tok(j).kind == TokenKind::word && !ctx.tok(j).cap &&
                       (is_auxiliary(ctx.tok(j).lower) || cue_verb(ctx.tok(j).lower).has_value());
            if (!verb) return Range{from, *second};
        }
    return Range{from, *first};
}

}  // namespace

// According to X, CONTENT. / CONTENT, according to X.
std::optional<std::size_t> according_to(Context& ctx, const Sentence& s, std::size_t i) {
    if (!(ctx.is(i, "according") && ctx.is(i + 1, "to"))) return std::nullopt;
    auto src = phrase_after(ctx, i + 2, s.last);
    if (!src) {
        // a long description: "according to early results of the count published by …"
        std::size_t e = i + 2;
        while (e < s.last && e < i + 30 && ctx.tok(e).kind != TokenKind::punct && !ctx.in_quote(e)) ++e;
        if (e == i + 2 || (e < s.last && !ctx.is(e, ",") && !ctx.is(e, ".") && !ctx.is(e, ";") && !ctx.is(e, ":")))
            return std::nullopt;
        src = Range{i + 2, e};
    }
    // "according to the Gazette report", "according to an NBC report at the time": the
    // document's noun ends the phrase (it had been read as a verb whose subject was
    // "according to the Gazette")
    if (src->last < s.last && !ctx.tok(src->last).cap && is_evidence_noun(ctx.tok(src->last).lower) &&
        ctx.tok(src->last - 1).kind == TokenKind::word && ctx.tok(src->last - 1).cap)
        ++src->last;
    // "according to a statement from the Kremlin": the document's author is who
    if (const std::size_t f = src->last;
        f + 1 < s.last && (ctx.is(f, "from") || ctx.is(f, "by")) && is_evidence_noun(ctx.tok(f - 1).lower))
        if (const auto author = phrase_after(ctx, f + 1, s.last)) {
            std::size_t a = author->first;
            while (a + 1 < author->last && is_determiner(ctx.tok(a).lower)) ++a;
            if (ctx.tok(a).cap) src->last = author->last;
        }
    // "according to a Texas prison statement Monday": the day is when, not who
    while (src->size() > 1 && ctx.tok(src->last - 1).kind == TokenKind::word &&
           is_time_word(ctx.tok(src->last - 1).lower))
        --src->last;
    const std::size_t start = free_start(ctx, s);
    // "But, according to …", "In addition, according to …": a connective before the frame;
    // "… because, according to Lund, the media would …": a conjunction before it, and the
    // clause it introduces after it
    // ("(According to the police, it keeps no figures.)": a parenthesis opens the sentence)
    const bool opens = i == start || (i == start + 1 && ctx.is(start, "(")) || connective(ctx, start, i);
    const bool interrupts = !opens && i > start + 1 && ctx.is(i - 1, ",") && !ctx.tok(i - 2).cap &&
                            is_subordinator(ctx.tok(i - 2).lower) && !ctx.is(i - 2, "which") &&
                            !ctx.is(i - 2, "who");
    if (opens || interrupts)
        if (const auto to_comma = source_to_comma(ctx, s, i + 2)) src = to_comma;
    Found f;
    f.cue = Range{i, i + 2};
    f.lemma = "according to";
    f.source = src;
    // "According to the harbour blog: “…”": the quotation after the colon
    if (opens && ctx.is(src->last, ":") && src->last + 1 < s.last &&
        ctx.tok(src->last + 1).kind == TokenKind::quote) {
        const int q = ctx.quote_at[src->last + 1];
        if (q >= 0) {
            const Quote& quote = ctx.quotes[static_cast<std::size_t>(q)];
            const Range said{quote.open, std::min(quote.close + 1, ctx.size())};
            if (quote.open == src->last + 1 && quote.words >= 2 && ctx.free(said)) {
                f.content.push_back(said);
                emit(ctx, f);
                return f.content.back().last;
            }
        }
    }
    if ((opens || interrupts) && ctx.is(src->last, ",")) {
        const std::size_t c = src->last + 1;
        // "According to Channel 9, the spokesman also believes …": the spokesman speaks and
        // Channel 9 relays (relay_before); the frame of the verb takes it from here
        for (std::size_t v = c + 1; v < s.last && v <= c + 10; ++v) {
            if (ctx.in_quote(v) || ctx.tok(v).kind == TokenKind::punct) break;
            // (a noun after a determiner is no verb: "censured his report"; naming is no
            // speaker's statement: "according to Lund, the crews would call him a coward")
            const auto verb = cue_verb(ctx.tok(v).lower);
            if (!verb || reads_as_noun(ctx, v) || cue_class_of(verb->lemma) == "other") continue;
            if (auto subj = subject_before(ctx, c, v); subj && subj->first == c && plausible_speaker(ctx, *subj))
                return c;
            break;
        }
        f.content.push_back(trim_content(ctx, {c, content_end(ctx, c, s.last)}));
    } else if (i > start) {
        std::size_t e = i;
        if (ctx.is(e - 1, ",")) --e;
        const Range before = trim_content(ctx, {start, e});
        f.content.push_back(before);
        // "Fundraising, according to the campaign, has surged": the clause goes on after it;
        // so it does after what is no clause of its own ("Since November, according to the
        // group, police have detained …", "About 10 p.m., according to a timeline, the ferry left")
        const std::size_t c = src->last + 1;
        const bool goes_on = ctx.is(i - 1, ",") && ctx.is(src->last, ",") && c < s.last &&
                             ctx.tok(c).kind == TokenKind::word;
        const bool verb_first = goes_on && !ctx.tok(c).cap &&
                                (is_auxiliary(ctx.tok(c).lower) || is_irregular_past(ctx.tok(c).lower) ||
                                 ctx.tok(c).lower.ends_with("ed"));
        if (verb_first) {
            f.content.push_back(trim_content(ctx, {c, content_end(ctx, c, s.last)}));
        } else if (goes_on && !looks_like_clause(ctx, before) && !ctx.in_quote(c)) {
            const Range rest = trim_content(ctx, {c, content_end(ctx, c, s.last)});
            // (not a statement of its own: "At 2,300 feet, according to Gibson, Major said …")
            bool own_verb = false;
            for (std::size_t k = rest.first; k < rest.last && !own_verb; ++k)
                if (const auto verb = cue_verb(ctx.tok(k).lower); verb && !ctx.tok(k).cap)
                    own_verb = verb->cls == CueClass::speech;
            if (rest.size() >= 3 && ctx.free(rest) && !own_verb) f.content.push_back(rest);
        }
    }
    std::erase_if(f.content, [](const Range& r) { return r.empty(); });
    std::size_t words = 0;
    for (const Range& r : f.content) words += r.size();
    if (words < 2) return std::nullopt;
    emit(ctx, f);
    return f.content.back().last;
}

// "21 people were killed reportedly …": the clause around the adverb, no source.
std::optional<std::size_t> hedge_adverb(Context& ctx, const Sentence& s, std::size_t i) {
    const std::string& w = ctx.tok(i).lower;
    if (!(w == "reportedly" || w == "allegedly" || w == "purportedly")) return std::nullopt;
    std::size_t a = i;
    while (a > s.first && free_token(ctx, a - 1) && !ctx.is(a - 1, ",") && !ctx.is(a - 1, ":")) --a;
    const Range content = trim_content(ctx, {a, content_end(ctx, i, s.last)});
    if (!looks_like_clause(ctx, content)) return std::nullopt;
    Found f;
    f.content.push_back(content);
    f.cue = Range{i, i + 1};
    f.lemma = w == "reportedly" ? "report" : "allege";
    emit(ctx, f);
    return content.last;
}

// "In a poll released Monday, 50 percent chose Clinton": the study is the source.
std::optional<std::size_t> in_study(Context& ctx, const Sentence& s, std::size_t i) {
    if (i != free_start(ctx, s) || !ctx.is(i, "in")) return std::nullopt;
    std::size_t comma = i + 1;
    bool evidence = false, uttered = false;
    while (comma < s.last && comma < i + 20 && !ctx.is(comma, ",") && !ctx.in_quote(comma)) {
        const std::string& w = ctx.tok(comma).lower;
        // what someone said or wrote (its author speaks), and what a body found
        const bool said = w == "speech" || w == "interview" || w == "statement" || w == "letter" || w == "op-ed" ||
                          w == "column" || w == "post" || w == "tweet" || w == "email";
        uttered = uttered || said;
        if (said || w == "poll" || w == "survey" || w == "study" || w == "report" || w == "analysis" || w == "memo" ||
            w == "filing" || w == "ruling")
            evidence = true;
        ++comma;
    }
    if (!evidence || !ctx.is(comma, ",") || comma + 2 >= s.last) return std::nullopt;
    // "In a Monday statement President Vale said he …, the …": no comma closes the phrase;
    // the sentence's own speaker and verb follow it
    for (std::size_t k = i + 1; k < comma; ++k)
        if (const Token& t = ctx.tok(k); t.kind == TokenKind::word && !t.cap && k > i + 1 && ctx.tok(k - 1).cap &&
                                         cue_verb(t.lower) && cue_verb(t.lower)->cls == CueClass::speech)
            return std::nullopt;
    const std::size_t c = comma + 1;
    const Range content = trim_content(ctx, {c, content_end(ctx, c, s.last)});
    if (!looks_like_clause(ctx, content)) return std::nullopt;
    // "In a statement to the Herald, the Church denied …": the clause has its own speaker
    // (a subject is at most a dozen words)
    for (std::size_t v = content.first + 1; v < content.last && v < content.first + 12; ++v) {
        const Token& t = ctx.tok(v);
        if (t.kind != TokenKind::word || t.cap || !cue_verb(t.lower)) continue;
        if (auto subj = subject_before(ctx, content.first, v); subj && subj->first == content.first)
            return std::nullopt;
        break;
    }
    Found f;
    f.cue = Range{i, i + 1};
    f.lemma = "in";
    f.source = Range{i + 1, comma};  // with its determiner: "a poll released Monday"
    f.content.push_back(content);
    // "In a speech in Fort Pierce, Clinton laid out her proposals": a speech, interview or
    // message is its author's, who opens the clause with a verb of her own
    if (uttered) {
        auto subj = phrase_after(ctx, content.first, content.last);
        if (subj && subj->first == content.first && subj->last + 2 < content.last && strong_speaker(ctx, *subj)) {
            const Token& verb = ctx.tok(subj->last);
            if (verb.kind == TokenKind::word && !verb.cap && !is_preposition(verb.lower) && !ctx.in_quote(subj->last)) {
                // the verb is what she did with it ("attacked", "laid out")
                f.source = subj;
                f.cue = Range{subj->last, subj->last + 1};
                const auto known = cue_verb(verb.lower);
                f.lemma = known ? std::string(known->lemma) : verb.lower;
                f.content = {trim_content(ctx, {subj->last + 1, content.last})};
            }
        }
    }
    // a speech or message whose author the clause does not open ("In a speech in Fort
    // Pierce, Florida Friday, Clinton laid out …") is no speaker: the clause is left to
    // what reads its subject
    if (uttered && f.lemma == "in") return std::nullopt;
    emit(ctx, f);
    return content.last;
}

// "CONTENT, as the Metro Ledger reported (on Sunday)."
std::optional<std::size_t> as_reported(Context& ctx, const Sentence& s, std::size_t i) {
    const std::size_t start = free_start(ctx, s);
    if (!ctx.is(i, "as") || i < start + 3 || !ctx.is(i - 1, ",")) return std::nullopt;
    auto src = phrase_after(ctx, i + 1, s.last);
    if (!src || src->last >= s.last) return std::nullopt;
    const std::size_t v = src->last;
    const auto verb = cue_verb(ctx.tok(v).lower);
    if (!verb || verb->cls != CueClass::speech || !strong_speaker(ctx, *src) || !ends_frame(ctx, v + 1, s.last))
        return std::nullopt;
    const Range content = trim_content(ctx, {start, i - 1});
    if (!looks_like_clause(ctx, content)) return std::nullopt;
    Found f;
    f.cue = Range{v, v + 1};
    f.lemma = std::string(verb->lemma);
    f.source = src;
    f.content.push_back(content);
    emit(ctx, f);
    return v + 1;
}

}  // namespace claimgraph::extract
