// Participles that report: "…, saying (that) CONTENT", "…, adding that …", "…, calling X
// Y", "began by saying …". The participle's speaker is the subject of the clause it hangs
// on: the speaker of a statement found earlier in the sentence, or the noun phrase that
// opens the sentence, found past the subject's asides.
#include "extract/participle.h"

#include "extract/frames.h"
#include "extract/inverted.h"
#include "extract/lexicon.h"
#include "extract/reported.h"
#include "extract/speaker_phrase.h"
#include "extract/word_set.h"
#include "extract/speaker_words.h"

namespace claimgraph::extract {

namespace {

// Past what may stand between a subject and its verb, from token k (before `ceiling`): a
// parenthesis ("Eva Holm (Lab.)"), a relative clause set off by commas ("Holm, who faces a
// tough vote, rescinded"), a day ("on Saturday", "last week"). The verb's token, or k.
std::size_t past_subject_asides(const Context& ctx, std::size_t k, std::size_t ceiling) {
    for (int round = 0; round < 3 && k < ceiling; ++round) {
        if (ctx.is(k, "(")) {
            std::size_t j = k + 1;
            while (j < ceiling && j < k + 8 && !ctx.is(j, ")")) ++j;
            if (j + 1 >= ceiling || !ctx.is(j, ")")) return k;
            k = j + 1;
        } else if (ctx.is(k, ",") && k + 1 < ceiling && (ctx.is(k + 1, "who") || ctx.is(k + 1, "whose"))) {
            std::size_t j = k + 2;
            while (j < ceiling && j < k + 24 && !ctx.is(j, ",") && !ctx.in_quote(j) &&
                   ctx.tok(j).kind != TokenKind::quote)
                ++j;
            if (j + 1 >= ceiling || !ctx.is(j, ",")) return k;
            k = j + 1;
        } else if ((ctx.is(k, "on") || ctx.is(k, "last") || ctx.is(k, "this")) && k + 1 < ceiling &&
                   is_time_word(ctx.tok(k + 1).lower)) {
            k += 2;
        } else {
            return k;
        }
    }
    return k;
}

}  // namespace

std::optional<std::size_t> find_participle(Context& ctx, const Sentence& s, std::size_t i, const CueVerb& verb) {
    const std::string& w = ctx.tok(i).lower;
    if (!is_ing_form(w) || i <= s.first + 1) return std::nullopt;
    // (a comma inside a closing quotation mark too, after a statement: "Trump said things
    // “should be wrapped up by Cleveland,” referring to …")
    const bool after_quote = ctx.tok(i - 1).kind == TokenKind::quote && ctx.is(i - 2, ",");
    // (or after a preposition that makes it what the subject did: "began by saying",
    // "aside from saying", "criticised for saying", "after saying")
    // (a verb of saying: "a vote for admitting Poland" is no statement)
    static const WordSet kSaying{"say",  "tell",    "argue", "claim", "insist", "suggest", "warn",
                                 "note", "explain", "state", "write", "ask",    "call"};
    // ("rail against his rivals for warning about …": the rivals warn; "criticised for
    // saying": the subject, a passive right before "for")
    const bool by_saying =
        (ctx.is(i - 1, "by") || ctx.is(i - 1, "from") ||
         (ctx.is(i - 1, "for") && i >= 2 && is_past_form(ctx.tok(i - 2).lower)) || ctx.is(i - 1, "after") ||
         ctx.is(i - 1, "before") || ctx.is(i - 1, "while") || ctx.is(i - 1, "upon")) &&
        kSaying.contains(verb.lemma);
    // (a dash as a comma: "declined to claim victory - saying …"; an adverb after either:
    // ", falsely suggesting", "— only saying", ", also noting")
    if (!(sets_off(ctx, i - 1) || after_quote || ctx.is(i - 1, "and") ||
          (participle_adverb(ctx.tok(i - 1).lower) && sets_off(ctx, i - 2)) || by_saying))
        return std::nullopt;
    Found f;
    if (auto earlier = earlier_speaker(ctx, s, i)) {
        f.inferred = earlier;
    } else if (after_quote) {
        return std::nullopt;
    } else {
        std::size_t a = s.first;
        while (a < i && (ctx.tok(a).kind == TokenKind::punct || ctx.tok(a).kind == TokenKind::quote)) ++a;
        if (a < i && is_subordinator(ctx.tok(a).lower) && !ctx.tok(a).cap) ++a;
        // "Although Vale is no candidate, Petrenko sent a jab by suggesting …": the clause the
        // participle hangs on comes after the opening clause's comma
        if (a < i && ctx.tok(a).cap && is_clause_opener(ctx.tok(a).lower)) {
            // (a pronoun there stands for the opening clause's subject: "When Mr. Brel did take
            // her on, he did it sideways, warning …")
            if (const std::size_t c = speaker_words::past_to_comma(ctx, a, i, i - a);
                c != a && !is_pronoun_subject(ctx.tok(c).lower))
                a = c;
        }
        a = speaker_words::past_opening_adverbs(ctx, a, i);  // ("Then he cut into Bush, calling …")
        a = speaker_words::past_opening_time(ctx, a, i);  // ("On Sunday morning Mr. Trump made …")
        // "In August, several groups granted …": the setting before the subject
        if (a < i && is_preposition(ctx.tok(a).lower)) a = speaker_words::past_to_comma(ctx, a, i, 8);
        auto subj = phrase_after(ctx, a, i);
        // "The mayor vetoed the budget on Monday, saying …": the phrase ends before the
        // clause's verb (a past form after a word, not after a determiner: "the reported toll")
        const std::size_t v = clause_verb(ctx, a, i);
        if (v < i && (!subj || subj->last > v)) {
            std::size_t end = v;  // ("Dean then appeared …": an adverb before the verb is no part of it)
            while (end > a + 1 && !ctx.tok(end - 1).cap && is_adverb_between(ctx.tok(end - 1).lower)) --end;
            subj = phrase_after(ctx, a, end);
        }
        if (!subj || !strong_speaker(ctx, *subj) || subj->last >= i || ctx.used[subj->first]) return std::nullopt;
        // (a subject of two past an aside, "Chaffetz (R-Utah) and Goodlatte (R-Va.) sent …", is
        // not the first of them)
        const std::size_t verb_at = past_subject_asides(ctx, subj->last, i);
        const Token& next = ctx.tok(verb_at);
        if (next.kind != TokenKind::word || is_preposition(next.lower) ||
            (verb_at > subj->last && (next.lower == "and" || next.lower == "or")))
            return std::nullopt;
        f.source = subj;
    }
    Range cue{i, i + 1};
    // "referring to", "pointing to", "pointing out", "calling on", "calling for"
    // ("promising to cut taxes": an infinitive, the content's)
    if (verb.lemma == "refer" && !ctx.is(i + 1, "to")) return std::nullopt;
    if ((ctx.is(i + 1, "to") && (verb.frame != CueFrame::object_content || verb.lemma == "refer")) ||
        ctx.is(i + 1, "out") || ctx.is(i + 1, "on") || ctx.is(i + 1, "for") || ctx.is(i + 1, "of") ||
        ctx.is(i + 1, "about"))
        cue.last = i + 2;
    std::size_t c = cue.last;
    if (verb.frame == CueFrame::object_clause && cue.last == i + 1)
        if (auto listener = listener_at(ctx, c, s.last)) c = listener->next;
    c = skip_to_content(ctx, c, s.last);
    // ", saying: “…”": a colon before the quotation it says
    if (ctx.is(c, ":") && c + 1 < s.last && ctx.tok(c + 1).kind == TokenKind::quote && ctx.in_quote(c + 1)) ++c;
    if (c >= s.last || ctx.used[c] || ctx.tok(c).kind == TokenKind::punct) return std::nullopt;
    const Range content = trim_content(ctx, {c, content_end(ctx, c, s.last)});
    if (content.empty()) return std::nullopt;
    if (verb.frame == CueFrame::clause && cue.last == i + 1 && !looks_like_clause(ctx, content) &&
        !ctx.in_quote(content.first))
        return std::nullopt;
    f.cue = cue;
    f.lemma = std::string(verb.lemma);
    f.content.push_back(content);
    emit(ctx, f);
    return content.last;
}

void find_participles_after(Context& ctx, const Sentence& s) {
    for (std::size_t i = s.first + 2; i < s.last; ++i) {
        const Token& t = ctx.tok(i);
        if (ctx.used[i] || ctx.in_quote(i) || t.cap || !is_ing_form(t.lower)) continue;
        const std::optional<CueVerb> verb = cue_verb(t.lower);
        if (!verb || !earlier_speaker(ctx, s, i)) continue;
        if (const auto next = find_participle(ctx, s, i, *verb); next && *next > i) i = *next - 1;
    }
}

}  // namespace claimgraph::extract
