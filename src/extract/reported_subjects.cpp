// The subjects of reported speech (reported.h): the sentence's opening subject that a
// second verb shares, the speaker of an earlier statement, the antecedent a relative "who"
// speaks for, the subject of the clause a participle hangs on, and the verbs whose subject
// does not speak (a passive that describes it, a question with "do").
#include <set>
#include <string_view>

#include "extract/lexicon.h"
#include "extract/reported.h"
#include "extract/speaker.h"
#include "extract/speaker_phrase.h"
#include "extract/speaker_words.h"
#include "extract/word_set.h"

namespace claimgraph::extract {

// "She chose the slogan and posted that …": the subject that opens the sentence, for a
// verb after "and" with no earlier statement to share a speaker with.
std::optional<Range> opening_subject(const Context& ctx, std::size_t start, std::size_t verb, bool say) {
    std::size_t a = start;
    while (a < verb && ctx.tok(a).kind != TokenKind::word) ++a;
    a = speaker_words::past_opening_adverbs(ctx, a, verb);  // ("Perhaps not coincidentally, Mr. Trump has …")
    // ("When asked about the port, Ms. Vale smiled and said …": the clause a subordinator
    // opens, to its comma)
    if (a < verb && ctx.tok(a).cap && is_subordinator(ctx.tok(a).lower))
        a = speaker_words::past_to_comma(ctx, a, verb, 16);
    // ("Last month, …": a time and its comma, not a name)
    std::size_t t = a;
    while (t < verb && ctx.tok(t).kind == TokenKind::word && is_time_word(ctx.tok(t).lower)) ++t;
    if (t > a && t < verb && ctx.is(t, ",")) a = t + 1;
    // past a setting that opens the sentence: "By the end of the day, Mayor Berg apologized
    // and said …" (a preposition's phrase to a comma, no verb in it)
    if (a < verb && ctx.tok(a).cap && is_preposition(ctx.tok(a).lower)) {
        std::size_t k = a + 1;
        while (k < verb && k - a <= 8 && ctx.tok(k).kind == TokenKind::word && !ctx.in_quote(k) &&
               !cue_verb(ctx.tok(k).lower) && !is_auxiliary(ctx.tok(k).lower))
            ++k;
        if (k < verb && ctx.is(k, ",") && k > a + 1) a = k + 1;
    }
    // (the phrase ends before the clause's verb: "The mayor toured the port and said …")
    auto subj = phrase_after(ctx, a, clause_verb(ctx, a, verb));
    if (!subj || subj->last + 1 >= verb || ctx.used[subj->first] || !strong_speaker(ctx, *subj) ||
        ctx.is(subj->first, "what"))  // ("what Obama says and promises": a free relative)
        return std::nullopt;
    // (a name, a pronoun or a role)
    const std::string& head = ctx.tok(subj->last - 1).lower;
    if (!ctx.tok(subj->last - 1).cap && !is_pronoun_subject(head) && !is_role_noun(head)) return std::nullopt;
    const Token& next = ctx.tok(subj->last);
    if (next.kind != TokenKind::word || is_preposition(next.lower) || next.lower == "and") return std::nullopt;
    // "I was hauled in and told that …": a passive shares its auxiliary, not a speaker (but
    // "was forced into damage control and said that …": "said" before its clause is active)
    if (is_be_form(next.lower) && !say) return std::nullopt;
    return subj;
}

std::optional<SourceMention> earlier_speaker(const Context& ctx, const Sentence& s, std::size_t before) {
    // (the latest cue before it: the parse's statements come after the rules' of later sentences)
    const Attribution* latest = nullptr;
    for (const Attribution& a : ctx.out)
        if (a.cue && a.cue->span.start >= ctx.tok(s.first).start && a.cue->span.start < ctx.tok(before).start &&
            (!latest || a.cue->span.start > latest->cue->span.start))
            latest = &a;
    if (!latest || !latest->source) return std::nullopt;
    return latest->source;
}

bool asks_with_do(const Context& ctx, Range subject) {
    static const WordSet kDo{"did", "do", "does", "didn't", "didn’t", "don't", "don’t", "doesn't", "doesn’t"};
    const Sentence* s = subject.empty() ? nullptr : ctx.sentence_of(subject.first);
    if (!s) return false;
    std::size_t first = s->first;
    while (first < subject.first && ctx.tok(first).kind != TokenKind::word) ++first;  // (an opening quote mark)
    return (first == subject.first || first + 1 == subject.first) && kDo.contains(ctx.tok(first).lower);
}

bool passive_participle(const Context& ctx, std::size_t i) {
    const std::optional<CueVerb> verb = cue_verb(ctx.tok(i).lower);
    if (!verb || i == 0) return false;
    // after an auxiliary ("Quiros was accused of …") the passive is a statement of its own,
    // whose speaker the text leaves open
    const std::string& before = ctx.tok(i - 1).lower;
    // "A remediation agreement, also called deferred prosecution, would …", "the plan,
    // dubbed the harbour compact,": what a thing is called, after its noun and a comma
    static const WordSet kNaming{"called", "named", "dubbed", "nicknamed", "termed", "labelled", "labeled", "branded"};
    static const WordSet kHow{"also",      "sometimes", "often",   "commonly",   "officially", "formerly",
                              "popularly", "widely",    "locally", "informally", "usually",    "generally"};
    if (kNaming.contains(ctx.tok(i).lower) &&
        ((i > 1 && kHow.contains(before) && ctx.is(i - 2, ",")) ||
         (before == "," && ctx.tok(i).lower != "called" && ctx.tok(i).lower != "named")))
        return true;
    if (is_be_form(before) || before == "been" || before == "has" || before == "have" || before == "had") return false;
    // "A man said to have been released": what others say of him
    if (verb->lemma == "say") return ctx.is(i + 1, "to") && (ctx.is(i + 2, "have") || ctx.is(i + 2, "be"));
    // "Deep Throat suspect found dead", "Man found guilty": what was found of him
    if (verb->lemma == "find" && i + 1 < ctx.size()) {
        // clang-format off
        static const std::set<std::string_view> kFoundState{"dead", "alive", "guilty", "innocent", "unconscious",
                                                            "safe", "unharmed", "injured", "hanged", "murdered",
                                                            "responsible", "liable", "stabbed", "shot"};
        // clang-format on
        if (ctx.tok(i).lower == "found" && kFoundState.count(ctx.tok(i + 1).lower)) return true;
    }
    if (!ctx.tok(i).lower.ends_with("ed")) return false;
    return ((verb->lemma == "accuse" || verb->lemma == "suspect") && ctx.is(i + 1, "of")) ||
           (verb->lemma == "charge" && (ctx.is(i + 1, "with") || ctx.is(i + 1, "in"))) ||
           ((verb->lemma == "blame" || verb->lemma == "criticize") && ctx.is(i + 1, "for"));
}

std::optional<WhoSubject> who_subject(const Context& ctx, std::size_t start, std::size_t cue_first) {
    std::size_t w = cue_first;
    while (w > start && is_adverb_between(ctx.tok(w - 1).lower) && !ctx.tok(w - 1).cap) --w;
    if (!(w > start + 1 && ctx.is(w - 1, "who"))) return std::nullopt;
    WhoSubject out{w - 1, std::nullopt};
    std::optional<Range>& subj = out.subject;
    std::size_t e = w - 1;
    if (ctx.is(e - 1, ",")) --e;
    subj = subject_before(ctx, start, e);
    if (!subj) {
        if (auto r = phrase_after(ctx, e - 1, e); r && r->last == e && ctx.tok(e - 1).cap) subj = r;
    }
    if (!subj) return out;
    subj = antecedent_of_who(ctx, *subj);
    // "The port has been attacked on its record by Ana Vale, who cites …": the agent
    // after "by" is the one "who" speaks for, not the words of the clause before it
    // (and after "among" or "from" when a verb opens the words: "set off a wave of
    // alarm among legal experts, who worry …")
    bool clause = false;  // a verb in the past among the words
    for (std::size_t k = subj->first; k < subj->last && !clause; ++k) {
        const Token& t = ctx.tok(k);
        clause = t.kind == TokenKind::word && !t.cap && is_past_form(t.lower) &&
                 (k == subj->first || !is_determiner(ctx.tok(k - 1).lower));
    }
    for (std::size_t k = subj->last; k > subj->first + 1; --k) {
        const bool by = ctx.is(k - 2, "by");
        if (!by && !(clause && (ctx.is(k - 2, "among") || ctx.is(k - 2, "from")))) continue;
        // (a name, or after "among"/"from" and a verb a noun phrase without a preposition;
        // after "by", a name only: "killed by police, who claim …" stays as it was, as
        // ECB+ tells the officers who shot from the police who speak, which a name
        // cannot, and the police would join the other articles' police)
        bool name = true;
        for (std::size_t n = k - 1; n < subj->last && name; ++n)
            name = ctx.tok(n).cap ||
                   (clause && !by && ctx.tok(n).kind == TokenKind::word && !is_preposition(ctx.tok(n).lower));
        if (name) subj = Range{k - 1, subj->last};
        break;
    }
    return out;
}

std::optional<Range> participle_subject(const Context& ctx, std::size_t start, std::size_t cue_first,
                                        std::optional<Range>& subj) {
    // ("His wife, Michele, released a statement saying …", "The groups also sent a letter
    // today asking …": the phrase found was the clause's verb and object, "released a
    // statement", whose subject is before it; not when no speaker stands there, "the
    // emails, which included staff members suggesting …", nor when the verb is passive,
    // "Agency heads were sent a memo stating …", where the memo states)
    const auto verb_subject = [&]() -> std::optional<Range> {
        const Token& first = ctx.tok(subj->first);
        if (subj->first <= start || first.cap || first.kind != TokenKind::word || !is_past_form(first.lower))
            return std::nullopt;
        std::size_t b = subj->first;
        while (b > start && !ctx.tok(b - 1).cap && is_adverb_between(ctx.tok(b - 1).lower)) --b;
        if (b > start && is_be_form(ctx.tok(b - 1).lower)) return std::nullopt;
        const auto before = subject_before(ctx, start, b);
        return before && plausible_speaker(ctx, *before) ? before : std::nullopt;
    };
    if (const auto before = verb_subject()) {
        const Range hung_on{subj->first, cue_first};  // (no statement of its own: "released a statement")
        subj = before;
        return hung_on;
    }
    subj = before_clause_verb(ctx, *subj);
    return std::nullopt;
}

}  // namespace claimgraph::extract
