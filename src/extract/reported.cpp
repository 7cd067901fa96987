// Reported speech (reported.h): the frames a sentence's verbs open, read in order ("X said
// (that) …", "… and said …", "X, who said …", participles, inversions, "according to"); the
// subjects they share or find are read in reported_subjects.cpp.
#include "extract/reported.h"

#include <string>
#include <string_view>

#include "extract/cue_readings.h"
#include "extract/frames.h"
#include "extract/inverted.h"
#include "extract/lexicon.h"
#include "extract/quoted_as.h"
#include "extract/quote_frames.h"
#include "extract/participle.h"
#include "extract/phrase_cues.h"
#include "extract/speaker.h"
#include "extract/sourced.h"
#include "extract/speaker_phrase.h"
#include "extract/speaker_words.h"
#include "extract/word_set.h"

namespace claimgraph::extract {

namespace {

bool evidence_subject(const Context& ctx, Range r) {
    for (std::size_t i = r.first; i < r.last; ++i)
        if (is_evidence_noun(ctx.tok(i).lower)) return true;
    return false;
}

// Whether content read after a cue fits the verb's frame: an object needs a word, a
// clause needs a verb.
bool fits_frame(const Context& ctx, CueFrame frame, Range content) {
    return frame == CueFrame::object_content ? !content.empty() : looks_like_clause(ctx, content);
}

// Content that opens with a name and nothing said of it ("a group called the Sea Org",
// "… called the Sea Org was persuaded"): what "called" gives there is a name, not a claim.
// "called the Democrats obstructionists" says something.
bool names_only(const Context& ctx, Range r) {
    std::size_t i = r.first;
    if (i < r.last && is_determiner(ctx.tok(i).lower)) ++i;
    const std::size_t name = i;
    while (i < r.last && ctx.tok(i).cap && ctx.tok(i).kind == TokenKind::word) ++i;
    if (i == name) return false;
    return i == r.last || is_auxiliary(ctx.tok(i).lower);
}

// "… defended the route and said CONTENT": the second verb shares the first's speaker,
// which `f` carries (inferred, or the range of the sentence's subject).
std::optional<std::size_t> coordinated(Context& ctx, const Sentence& s, Range cue, const std::string& lemma,
                                       CueFrame frame, Found f) {
    std::size_t c = cue.last;
    if (frame == CueFrame::object_clause)
        if (auto listener = listener_at(ctx, c, s.last)) c = listener->next;
    c = skip_to_content(ctx, c, s.last);
    if (c >= s.last || ctx.used[c] || ctx.tok(c).kind == TokenKind::punct) return std::nullopt;
    const Range content = trim_content(ctx, {c, content_end(ctx, c, s.last)});
    if (!fits_frame(ctx, frame, content)) return std::nullopt;
    f.cue = cue;
    f.lemma = lemma;
    f.content.push_back(content);
    emit(ctx, f);
    return content.last;
}

// X said (that) CONTENT.
std::optional<std::size_t> forward(Context& ctx, const Sentence& s, Range cue, const std::string& lemma, CueFrame frame,
                                   CueClass cls) {
    // "referred to the convention": the verb and its preposition are the cue
    if (lemma == "refer") {
        if (!ctx.is(cue.last, "to")) return std::nullopt;
        ++cue.last;
    }
    const std::size_t start = free_start(ctx, s);
    // ("… but in a later interview said …": a setting between the conjunction and the verb)
    std::size_t conj = cue.first;
    if (conj > s.first + 3 && !ctx.is(conj - 1, "and") && !ctx.is(conj - 1, "but"))
        for (std::size_t k = conj - 1; k > s.first && k + 6 > conj; --k) {
            const Token& t = ctx.tok(k);
            if (t.kind != TokenKind::word || ctx.in_quote(k) || cue_verb(t.lower)) break;
            if ((ctx.is(k - 1, "and") || ctx.is(k - 1, "but")) && is_preposition(t.lower) && !t.cap) {
                conj = k;
                break;
            }
        }
    if (cue.first > s.first && (ctx.is(conj - 1, "and") || ctx.is(conj - 1, "but"))) {
        Found f;
        if (auto earlier = earlier_speaker(ctx, s, conj)) {
            f.inferred = earlier;
            return coordinated(ctx, s, cue, lemma, frame, f);
        }
        if (cls == CueClass::speech)
            if (auto subj = opening_subject(ctx, start, conj,
                                            lemma == "say" && !ctx.is(cue.last, "to") && !ctx.is(cue.last, "by"))) {
                f.source = subj;
                if (auto next = coordinated(ctx, s, cue, lemma, frame, f)) return next;
            }
    }
    // "Barkley, who said he votes Democratic, said one candidate …": the clause's antecedent
    // speaks again, after the comma that closes the clause's statement
    {
        std::size_t w = cue.first;
        while (w > start && is_adverb_between(ctx.tok(w - 1).lower) && !ctx.tok(w - 1).cap) --w;
        // (the comma may stand inside a closing mark: "who calls it a “disgrace,” said")
        const bool mark = w > s.first + 3 && ctx.tok(w - 1).kind == TokenKind::quote && ctx.is(w - 2, ",");
        const std::size_t content_last = mark ? w - 1 : w - 2;
        if (w > s.first + 2 && (ctx.is(w - 1, ",") || mark) && ctx.used[content_last]) {
            const auto earlier = earlier_speaker(ctx, s, cue.first);
            const Attribution* last = ctx.out.empty() ? nullptr : &ctx.out.back();
            if (earlier && last && last->source && last->source->text.ends_with("who") &&
                last->content.back().end == ctx.tok(content_last).end) {
                Found f;
                f.inferred = earlier;
                if (auto next = coordinated(ctx, s, cue, lemma, frame, f)) return next;
            }
        }
    }
    // "Barkley, who said he votes Democratic": the relative pronoun speaks for its antecedent
    std::optional<std::size_t> who;
    std::optional<Range> subj;
    if (const auto w = who_subject(ctx, start, cue.first)) {
        if (!w->subject) return std::nullopt;
        who = w->who;
        subj = w->subject;
    }
    {
        // a passive ("I was basically hauled in and told that …"): the subject heard it; a
        // progressive ("Trump is warning voters that …") speaks
        std::size_t b = cue.first;
        while (b > start && !ctx.tok(b - 1).cap && is_adverb_between(ctx.tok(b - 1).lower)) --b;
        if (b > start && is_be_form(ctx.tok(b - 1).lower) && !is_ing_form(ctx.tok(cue.first).lower))
            return std::nullopt;
    }
    // "he's claiming", "Trump is warning": the subject ends before the (contracted) "is"
    const bool contracted = cue.first > start + 1 && is_possessive(ctx.tok(cue.first - 1)) &&
                            is_pronoun_subject(ctx.tok(cue.first - 2).lower);
    const bool progressive = cue.first > start + 1 && is_ing_form(ctx.tok(cue.first).lower) &&
                             (contracted || is_be_form(ctx.tok(cue.first - 1).lower));
    if (!subj) subj = subject_before(ctx, start, progressive || contracted ? cue.first - 1 : cue.first);
    // "A government official downplayed the unrest saying …": a participle's speaker is the
    // subject of the clause it hangs on, before that clause's verb
    std::optional<Range> hung_on;  // the clause's verb and object the participle hangs on
    if (subj && !who && !progressive && is_ing_form(ctx.tok(cue.first).lower))
        hung_on = participle_subject(ctx, start, cue.first, subj);
    if (!subj || !plausible_speaker(ctx, *subj)) return std::nullopt;
    // "Did I say that right?", "Does the mayor claim …?": a question asks what was said
    if (asks_with_do(ctx, *subj)) return std::nullopt;
    // "It refers to the share of …": a word's or a figure's meaning, no one's statement
    if (lemma == "refer" && subj->size() == 1 &&
        (ctx.is(subj->first, "it") || ctx.is(subj->first, "this") || ctx.is(subj->first, "that")))
        return std::nullopt;
    // beyond the plain speech verbs, the subject must name a speaker outright: "She drew
    // support" is no attribution
    if ((frame == CueFrame::object_content || cls == CueClass::other) && !strong_speaker(ctx, *subj))
        return std::nullopt;
    if (cue.first > 0 && is_possessive(ctx.tok(cue.first - 1)) && !contracted)
        return std::nullopt;  // "Trump's plans": a noun
    // "45 percent support among voters": a share's noun; the verb takes an object ("1
    // percent support the Green Party's Jill Stein"), and "42 percent say" is a verb anyway
    if (cue.first > 0 && cue.first + 1 < s.last && (ctx.is(cue.first - 1, "percent") || ctx.is(cue.first - 1, "%")) &&
        ctx.is(cue.first, "support")) {
        const Token& next = ctx.tok(cue.first + 1);
        if (!(next.cap || is_determiner(next.lower) || is_pronoun_subject(next.lower) || next.lower == "him" ||
              next.lower == "her" || next.lower == "them"))
            return std::nullopt;
    }
    const bool evidence = lemma == "show" || lemma == "find" || lemma == "indicate";
    if (evidence && !evidence_subject(ctx, *subj)) return std::nullopt;
    if (cls == CueClass::other && !evidence && evidence_subject(ctx, *subj)) return std::nullopt;
    Found f;
    f.cue = cue.size() == 1 ? cue_with_extension(ctx, cue.first, s.last) : cue;
    f.lemma = lemma;
    f.source = subj;
    std::size_t c = f.cue->last;
    if (frame == CueFrame::object_clause) {
        // told REPORTERS (that) …: the listener may be the relaying agency
        auto listener = listener_at(ctx, c, s.last);
        if (!listener) return std::nullopt;
        f.via = relaying(ctx, *listener);
        c = listener->next;
    } else if (const auto relay = relay_after_cue(ctx, *f.cue, s.last)) {
        // "said in an interview with Reuters that …"
        f.via = relay->phrase;
        c = relay->next;
    } else if (frame == CueFrame::clause) {
        // "warned voters that …", "reminded the crowd that …": a listener before "that"
        if (auto listener = listener_at(ctx, c, s.last);
            listener && listener->next - c <= 4 && ctx.is(listener->next, "that"))
            c = listener->next;
    }
    c = skip_to_content(ctx, c, s.last);
    if (c >= s.last || ctx.tok(c).kind == TokenKind::punct) return std::nullopt;
    if (opens_time_clause(ctx, c)) return std::nullopt;
    std::size_t end = content_end(ctx, c, s.last);
    if (who && ctx.is(*who - 1, ","))  // "Barkley, who said he votes Democratic, left": the clause ends at its comma
        for (std::size_t j = c + 1; j < end; ++j)
            if (ctx.is(j, ",") && !ctx.in_quote(j)) {
                end = j;
                break;
            }
    const Range content = trim_content(ctx, {c, end});
    if (!fits_frame(ctx, frame, content)) return std::nullopt;
    if (lemma == "call" && names_only(ctx, content)) return std::nullopt;  // "a group called the Sea Org"
    if (!f.via) f.via = relay_before(ctx, s.first, subj->first);
    f.content.push_back(content);
    // (the "who" joins the speaker's words only of a statement made here: with --scope
    // speech "who believes …" makes none, and the last statement is another's)
    const bool emitted = emit(ctx, f);
    if (emitted && who && ctx.out.back().source && ctx.out.back().source->span) {
        SourceMention& m = *ctx.out.back().source;
        m.span->end = ctx.tok(*who).end;
        m.text = std::string(ctx.text.substr(m.span->start, m.span->end - m.span->start));
        ctx.used[*who] = 1;
    }
    if (emitted && hung_on)
        for (std::size_t k = hung_on->first; k < hung_on->last; ++k) ctx.used[k] = 1;
    return content.last;
}

// "by phone", "by text message": how something was said, not who did it.
bool by_medium(const Context& ctx, std::size_t i) {
    // clang-format off
    static const char* const kMedia[] = {"phone", "telephone", "text", "email", "e-mail", "video", "videolink",
                                         "satellite", "letter", "message", "messages", "radio"};
    // clang-format on
    for (const char* m : kMedia)
        if (ctx.is(i, m)) return true;
    return false;
}

// "Most believe", "Some say", "…, many said": a quantifier standing for people before a
// verb (a plural's form: "many reports" is a noun after its determiner).
bool quantifier_subject(const Context& ctx, const Sentence& s, std::size_t verb) {
    const std::size_t q = verb - 1;
    // "Two in three said": a share, its last number no determiner of the verb
    if (q >= s.first + 2 && speaker_words::share_ends_at(ctx, q)) return true;
    if (!is_quantifier_pronoun(ctx.tok(q).lower) || ctx.tok(verb).lower.ends_with('s')) return false;
    if (q == s.first) return true;
    const Token& before = ctx.tok(q - 1);
    return before.kind != TokenKind::word || before.lower == "and" || before.lower == "but" || before.lower == "while";
}

// "Councillors opposed to the plan said …", "Residents worried about the fire said …": a
// verb of belief in the past after its noun and before a preposition describes the noun;
// the sentence's speech verb, later and with no comma between, is its frame.
bool describes_its_noun(const Context& ctx, const Sentence& s, std::size_t i, const CueVerb& verb) {
    if (verb.cls == CueClass::speech || i == s.first || !is_past_form(ctx.tok(i).lower)) return false;
    // people named by a plural ("Councillors", "residents"), not a name ("Trump referred
    // to … and said"), whose verb takes what follows
    const Token& noun = ctx.tok(i - 1);
    if (noun.kind != TokenKind::word || !is_people_plural(noun.lower)) return false;
    // a preposition and its noun: "opposed to the plan", not "wanted to proclaim"
    if (i + 2 >= s.last || !is_preposition(ctx.tok(i + 1).lower)) return false;
    if (ctx.is(i + 1, "to") && !is_determiner(ctx.tok(i + 2).lower) && !ctx.tok(i + 2).cap) return false;
    for (std::size_t k = i + 2; k < s.last; ++k) {
        const Token& t = ctx.tok(k);
        if (t.kind != TokenKind::word) return false;  // a comma, a quotation: another clause
        if (t.cap || is_determiner(ctx.tok(k - 1).lower)) continue;  // (a noun: "his doubts")
        if (const auto later = cue_verb(t.lower); later && later->cls == CueClass::speech) return true;
    }
    return false;
}

// The frames of one sentence, by the words that open them, in order.
void find_verbs(Context& ctx, const Sentence& s) {
    for (std::size_t i = s.first; i < s.last; ++i) {
        if (!free_token(ctx, i) || ctx.tok(i).kind != TokenKind::word) continue;
        const Token& t = ctx.tok(i);
        // (a parenthesis may open the sentence: "(According to the police, …)")
        const std::size_t start = free_start(ctx, s);
        const bool at_start = i == start || (i == start + 1 && ctx.is(start, "("));
        if (t.cap && !at_start) continue;  // "Said" in a name
        // "Interfax quoted the governor as saying …": the governor speaks, Interfax relays
        if (const auto q = quoted_as_saying(ctx, s, i)) {
            i = *q - 1;
            continue;
        }
        const std::optional<CueVerb> verb = cue_verb(t.lower);
        // past the clause's start, only a cue word can open a frame
        if (!at_start && !verb && !is_cue_opener(t.lower)) continue;
        std::optional<std::size_t> next;
        if (auto e = according_to(ctx, s, i))
            next = e;
        else if (auto h = hedge_adverb(ctx, s, i))
            next = h;
        else if (auto p = in_study(ctx, s, i))
            next = p;
        else if (auto r = as_reported(ctx, s, i))
            next = r;
        else {
            if (auto phrase = phrase_cue(ctx, i)) {
                next = forward(ctx, s, phrase->cue, phrase->lemma, phrase->frame, phrase->cls);
            } else if (verb) {
                // passive: "was reported by"; not "said by phone"
                if (ctx.is(i + 1, "by") && !by_medium(ctx, i + 2)) continue;
                if (passive_participle(ctx, i) || describes_its_noun(ctx, s, i, *verb)) continue;
                if (i > s.first && is_determiner(ctx.tok(i - 1).lower) && !quantifier_subject(ctx, s, i))
                    continue;  // a noun: "the report"
                // "his first report", "the latest statement"
                if (i > s.first + 1 && !is_determiner(ctx.tok(i - 1).lower) && reads_as_noun(ctx, i)) continue;
                // "a conference call with reporters", "call centers": a noun
                if (t.lower == "call" && i > s.first && call_is_noun(ctx, i)) continue;
                // a plural noun before its verb: "Recent reports have revealed", "the claims were",
                // "Initial estimates indicate that" (had been a person "Initial" whose cue was
                // "estimates")
                static const WordSet kPluralVerbs{"have",    "are",      "were",   "say",  "show",
                                                  "suggest", "indicate", "reveal", "find", "confirm"};
                if (t.lower.back() == 's' && i + 1 < s.last && kPluralVerbs.contains(ctx.tok(i + 1).lower)) continue;
                next = find_participle(ctx, s, i, *verb);
                if (!next) next = inverted(ctx, s, i, *verb);
                if (!next) next = forward(ctx, s, {i, i + 1}, std::string(verb->lemma), verb->frame, verb->cls);
            }
        }
        if (next && *next > i) i = *next - 1;
    }
}

}  // namespace

void find_reported(Context& ctx, const Sentence& s) {
    // "Clinton plans to visit Charlotte on Sunday, according to a campaign aide.": what
    // the sentence's closing "according to" attributes is read before the verbs of belief or
    // intention inside it ("Heller told the judge that …, according to the AP" stays
    // Heller's, the AP relaying it)
    std::optional<std::size_t> relay;  // "according to" a name after a statement: its relay
    for (std::size_t k = s.last; k > s.first + 3; --k)
        if (ctx.is(k - 1, "according") && ctx.is(k - 2, ",") && free_token(ctx, k - 1)) {
            bool speech = false;
            for (std::size_t j = s.first; j + 2 < k && !speech; ++j)
                if (const Token& t = ctx.tok(j); t.kind == TokenKind::word && !t.cap)
                    if (const auto verb = cue_verb(t.lower)) speech = verb->cls == CueClass::speech;
            if (!speech)
                according_to(ctx, s, k - 1);
            else
                relay = k - 1;
            break;
        }
    // the relay's words are kept from the frames ("according to the AP" is no speaker here)
    std::optional<Range> by;
    if (relay) {
        std::size_t name = *relay + 2;
        while (name + 1 < s.last && is_determiner(ctx.tok(name).lower)) ++name;
        by = phrase_after(ctx, *relay + 2, s.last);
        // ("according to a White House pool report", which the phrase reader leaves, its last
        // word a cue verb: a few words to the sentence's end)
        if (!by) {
            std::size_t e = *relay + 2;
            while (e < s.last && e < *relay + 10 && ctx.tok(e).kind == TokenKind::word && !ctx.in_quote(e)) ++e;
            if (e > name && (e + 1 >= s.last || ctx.is(e, ",")) && is_evidence_noun(ctx.tok(e - 1).lower))
                by = Range{*relay + 2, e};
        }
        // (the name ends the sentence, or a setting does: "…, according to Reuters, during
        // an answer to a question aboard the plane.")
        const auto ends_sentence = [&](std::size_t k) {
            return k + 1 >= s.last ||
                   (ctx.is(k, ",") && no_clause_between(ctx, k + 1, ctx.is(s.last - 1, ".") ? s.last - 1 : s.last));
        };
        if (by && ctx.tok(name).cap && ends_sentence(by->last)) {
            for (std::size_t j = *relay; j < by->last; ++j) ctx.used[j] = true;
        } else {
            by.reset();
        }
    }
    const std::size_t before = ctx.out.size();
    find_verbs(ctx, s);
    if (!by) return;
    if (ctx.out.size() == before) {
        // the quotation's statement, read before ("“…,” the pope told reporters, according to
        // Reuters.")
        const std::size_t from = ctx.tok(s.first).start, to = ctx.tok(*relay).start;
        for (std::size_t k = ctx.out.size(); k > 0; --k) {
            Attribution& a = ctx.out[k - 1];
            if (!a.cue || a.cue->span.start < from) break;
            if (a.cue->span.end > to || !a.via.empty()) continue;
            a.via.push_back(relay_of(ctx, *by));
            return;
        }
        // no statement to relay: the frames may read it after all
        for (std::size_t j = *relay; j < by->last; ++j) ctx.used[j] = false;
        find_verbs(ctx, s);
        return;
    }
    ctx.out.back().via.push_back(relay_of(ctx, *by));
}

}  // namespace claimgraph::extract
