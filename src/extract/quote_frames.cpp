// The words around a quotation that say whose it is: the frame after it ("“…,” the
// mayor said", "said the woman", "it read"), before it ("X said: “…”", "Said X, “…”"), and
// what is no frame (a title in the setting, a pronoun that opens a clause). direct.cpp asks.
#include "extract/cue_readings.h"
#include "extract/quote_frames.h"

#include <algorithm>
#include <string>

#include "extract/frames.h"
#include "extract/inverted.h"
#include "extract/lexicon.h"
#include "extract/participle.h"
#include "extract/reported.h"
#include "extract/speaker.h"
#include "extract/speaker_phrase.h"
#include "extract/speaker_words.h"
#include "extract/word_set.h"

namespace claimgraph::extract {

namespace {

// "“…,” the editorial read.", "“…,” reads a sign": what a text says, after its quotation
// (read only there: "read the words he had come to deliver" reports nothing)
bool text_reads(const Context& ctx, std::size_t i) {
    return i < ctx.size() && !ctx.in_quote(i) && !ctx.tok(i).cap && (ctx.is(i, "read") || ctx.is(i, "reads"));
}

// The lemma of the verb at i that frames a quotation.
std::string frame_lemma(const Context& ctx, std::size_t i) {
    if (points_out_at(ctx, i)) return "point out";
    if (const auto verb = cue_verb(ctx.tok(i).lower)) return std::string(verb->lemma);
    return "read";
}

// The quotation opening at `open` is a short name in capitals ("“Hard Choices.”"): up to
// four words, each capitalised.
bool title_like(const Context& ctx, std::size_t open) {
    // (the quotations are in text order: a search, not a scan, or an article of many
    // quotations is read in quadratic time)
    const auto q = std::partition_point(ctx.quotes.begin(), ctx.quotes.end(),
                                        [&](const Quote& x) { return x.open < open; });
    if (q == ctx.quotes.end() || q->open != open || !q->closed || q->words == 0 || q->words > 4) return false;
    for (std::size_t i = q->open + 1; i < q->close; ++i)
        if (ctx.tok(i).kind == TokenKind::word && !ctx.tok(i).cap) return false;
    return true;
}

// "said the woman.", "says the bow-tied maverick, noting …": a plain description after the
// verb that frames a quotation, ending the sentence or its clause, whose head the word
// lists do not know as a speaker's.
// (and "said one councillor familiar with the campaign, who …": "familiar with", "close
// to" and what it names)
std::optional<Range> description_after(const Context& ctx, std::size_t from, std::size_t ceiling) {
    if (from >= ceiling || ctx.tok(from).cap) return std::nullopt;
    const std::string& d = ctx.tok(from).lower;
    if (d != "the" && d != "a" && d != "an" && d != "one" && d != "another") return std::nullopt;
    std::size_t j = from + 1;
    while (j < ceiling && j - from <= 5 && !ctx.in_quote(j)) {
        const Token& t = ctx.tok(j);
        if (t.kind == TokenKind::punct && t.lower == "-" && j > from + 1 && j + 1 < ceiling && !ctx.tok(j + 1).cap) {
            ++j;
            continue;
        }
        if (t.kind != TokenKind::word || t.cap) break;
        const std::string& w = t.lower;
        if (j > from + 1 && (w == "familiar" || w == "close") && j + 1 < ceiling &&
            (ctx.is(j + 1, "with") || ctx.is(j + 1, "to"))) {
            // the rest names what the speaker knows, to the comma or the end
            std::size_t k = j + 2;
            while (k < ceiling && k - j <= 8 && !ctx.in_quote(k) && ctx.tok(k).kind != TokenKind::punct &&
                   !cue_verb(ctx.tok(k).lower) && !is_subordinator(ctx.tok(k).lower))
                ++k;
            if (k == j + 2 || (k < ceiling && !ctx.is(k, ",") && !ctx.is(k, "."))) return std::nullopt;
            return Range{from, k};
        }
        if (is_subordinator(w) || is_auxiliary(w) || is_determiner(w) || is_pronoun_subject(w) || is_preposition(w) ||
            is_time_word(w) || cue_verb(w) || w == "and" || w == "or")
            return std::nullopt;
        ++j;
    }
    if (j == from + 1 || ctx.tok(j - 1).kind != TokenKind::word) return std::nullopt;
    if (j < ceiling && !ctx.is(j, ",") && !ctx.is(j, ".") && !ctx.is(j, ";")) return std::nullopt;
    return Range{from, j};
}

// Token v stands in a relative clause set off after the words from a: ", who|whose|which"
// opened since a, and no comma has closed it before v.
bool inside_relative_clause(const Context& ctx, std::size_t a, std::size_t v) {
    for (std::size_t i = v; i > a + 1; --i) {
        if (!ctx.is(i - 1, ",")) continue;
        if (i == v) return false;
        const std::string& w = ctx.tok(i).lower;
        if (w == "who" || w == "whose" || w == "which") return true;
        // (a comma inside the clause: "who, as mayor, proposed")
    }
    return false;
}

}  // namespace

bool frames_quotation(const Context& ctx, std::size_t i) { return speech_verb_at(ctx, i) || text_reads(ctx, i); }

// “…,” SPEAKER said / “…,” said SPEAKER — returns the frame's end token (exclusive).
std::optional<std::size_t> speaker_after(const Context& ctx, const Quote& q, std::size_t ceiling, Found& f) {
    std::size_t a = q.close + 1;
    if (a < ceiling && ctx.is(a, ",")) ++a;
    if (a >= ceiling || ctx.in_quote(a)) return std::nullopt;
    if (frames_quotation(ctx, a)) {
        const Range cue = cue_with_extension(ctx, a, ceiling);
        auto subj = phrase_after(ctx, cue.last, ceiling);
        if (!subj && (cue.last == a + 1 || points_out_at(ctx, a))) subj = description_after(ctx, cue.last, ceiling);
        if (!subj) return std::nullopt;
        // "Lund, who calls the deal a “disgrace,” said he does not …": a pronoun after the
        // verb that goes on with a clause is that clause's subject, not an inverted speaker
        if (subj->size() == 1 && is_pronoun_subject(ctx.tok(subj->first).lower) && subj->last < ceiling &&
            ctx.tok(subj->last).kind == TokenKind::word)
            return std::nullopt;
        f.cue = cue;
        f.lemma = frame_lemma(ctx, a);
        f.source = subj;
        return subj->last;
    }
    // "Bill Sims, the city's director of …, said", and with a second description
    for (std::size_t v = a + 1; v < ceiling && v <= a + 24; ++v) {
        if (ctx.in_quote(v)) break;
        if (!frames_quotation(ctx, v)) continue;
        // "he was quoted as saying": the passive frame, its subject the speaker
        if (v >= a + 4 && ctx.is(v, "saying") && ctx.is(v - 1, "as") && ctx.is(v - 2, "quoted") &&
            (ctx.is(v - 3, "was") || ctx.is(v - 3, "is") || ctx.is(v - 3, "were")))
            if (auto subj = subject_before(ctx, a, v - 3); subj && subj->first == a) {
                f.cue = Range{v - 2, v + 1};
                f.lemma = "say";
                f.source = subj;
                return v + 1;
            }
        auto subj = subject_before(ctx, a, v);
        if (!subj || subj->first != a) {
            // "Berg, who has proposed closing the terminal, said": a verb inside the
            // speaker's relative clause is not the frame's
            if (inside_relative_clause(ctx, a, v)) continue;
            return std::nullopt;
        }
        const Range cue = cue_with_extension(ctx, v, ceiling);
        // "Sunday on Channel 9's “Morning Report,” Eva Holm said the mayor …": a programme's
        // title in the setting, and the verb goes on with its own clause
        if (title_like(ctx, q.open) && cue.last < ceiling && ctx.tok(cue.last).kind == TokenKind::word &&
            !is_preposition(ctx.tok(cue.last).lower) && !is_time_word(ctx.tok(cue.last).lower))
            return std::nullopt;
        f.cue = cue;
        f.lemma = frame_lemma(ctx, v);
        f.source = subj;
        // “…,” SPEAKER said in an interview with PUBLICATION
        if (const auto relay = relay_after_cue(ctx, cue, ceiling)) {
            f.via = relay->phrase;
            return relay->next;
        }
        // “…,” SPEAKER told LISTENER: an agency or outlet that heard it relays it
        if (const auto verb = cue_verb(ctx.tok(v).lower); verb && verb->frame == CueFrame::object_clause)
            if (const auto listener = listener_at(ctx, cue.last, ceiling))
                if (const auto relay = relaying(ctx, *listener)) {
                    f.via = relay;
                    return listener->next;
                }
        return cue.last;
    }
    return std::nullopt;
}

// Tokens [a, b) are a setting (where, when, on what), not a clause: no quotation, no
// sentence's end, no cue verb.
bool no_clause_between(const Context& ctx, std::size_t a, std::size_t b) {
    for (std::size_t i = a; i < b; ++i) {
        const Token& t = ctx.tok(i);
        if (t.kind == TokenKind::quote || ctx.in_quote(i) || ctx.is(i, ".") || ctx.is(i, ";") || ctx.is(i, "?"))
            return false;
        if (t.kind != TokenKind::word || t.cap) continue;
        // (", referring to …" is an aside inside the turn)
        if (const auto verb = cue_verb(t.lower); verb && verb->lemma != "refer") return false;
    }
    return true;
}

// SPEAKER said: “…” / SPEAKER said, “…” / SPEAKER said “…”
bool speaker_before(const Context& ctx, std::size_t floor, std::size_t open, Found& f) {
    if (open == 0 || open <= floor) return false;
    std::size_t b = open - 1;
    if ((ctx.is(b, ":") || ctx.is(b, ",")) && b > floor) --b;
    if (speech_verb_at(ctx, b)) {
        auto subj = subject_before(ctx, floor, b);
        // "The mayor toured the port and added: “…”": a second verb of the sentence's subject
        // (not after a statement of the subject's own, "noted that …, and added:", whose
        // speaker find_direct_after() shares once the word rules have read it)
        if (!subj && b > floor + 2 && ctx.is(b - 1, "and")) {
            bool statement = false;
            for (std::size_t k = floor; k + 1 < b && !statement; ++k)
                statement = !ctx.tok(k).cap && !ctx.in_quote(k) && cue_verb(ctx.tok(k).lower).has_value();
            if (!statement) subj = opening_subject(ctx, floor, b, cue_verb(ctx.tok(b).lower)->lemma == "say");
        }
        if (!subj) return false;
        f.cue = Range{b, b + 1};
        f.lemma = std::string(cue_verb(ctx.tok(b).lower)->lemma);
        f.source = subj;
        return true;
    }
    // said SPEAKER: “…”
    for (std::size_t v = b; v > floor && b - v < 8; --v) {
        if (!speech_verb_at(ctx, v - 1)) continue;
        // "Berg said Monday: “…”", "Berg said on Monday: “…”": a setting after the verb, whose
        // subject speaks ("Monday" had been taken for the speaker, and the second lost)
        // ("said of Sanders: “…”" is what the quotation is about; with no colon or comma,
        // "said on ABC's “This Week” that …", the quotation is no frame's)
        static const WordSet kSettings{"on", "in", "at", "during", "after", "before", "from"};
        if (const Token& t = ctx.tok(v);
            b + 1 < open && (is_time_word(t.lower) || (!t.cap && kSettings.contains(t.lower))) &&
            no_clause_between(ctx, v, b + 1)) {
            // "wrote in her memoir, “Hard Choices.”": a title, not a quotation
            if (title_like(ctx, open)) return false;
            auto speaker = subject_before(ctx, floor, v - 1);
            if (!speaker || !plausible_speaker(ctx, *speaker)) return false;
            f.cue = Range{v - 1, v};
            f.lemma = std::string(cue_verb(ctx.tok(v - 1).lower)->lemma);
            f.source = speaker;
            return true;
        }
        auto subj = phrase_after(ctx, v, open);
        if (!subj || subj->last != b + 1) return false;
        const CueVerb verb = *cue_verb(ctx.tok(v - 1).lower);
        f.cue = Range{v - 1, v};
        f.lemma = std::string(verb.lemma);
        if (verb.frame == CueFrame::object_clause) {
            // SPEAKER told LISTENER, “…”: the phrase after the verb heard it, and relays it
            // when it is a publication or an agency
            auto speaker = subject_before(ctx, floor, v - 1);
            if (!speaker) return false;
            f.source = speaker;
            f.via = publication_in(ctx, *subj);
            return true;
        }
        // "The clip says Kaine “has a passion for …”", "Husted said the court's decision
        // “will force us …”": with no comma or colon before the quote, the phrase after the
        // verb is the quotation's subject, and the verb's own subject speaks the whole
        // (not a participle after a comma, whose subject is the clause's before it; over an
        // auxiliary: "Johnson's doctor is calling the candidate “extremely fit”")
        std::size_t verb_at = v - 1;
        if (verb_at > floor + 1 && is_auxiliary(ctx.tok(verb_at - 1).lower)) --verb_at;
        if (b + 1 == open && !f.content.empty() && verb_at > floor && !ctx.is(verb_at - 1, ","))
            if (auto speaker = subject_before(ctx, floor, verb_at); speaker && plausible_speaker(ctx, *speaker)) {
                f.source = speaker;
                f.content.front().first = v;
                return true;
            }
        // "when you start calling these organizations ‘Islamic terrorists,’ …": what a
        // naming verb takes before the quotation is what it names, not who speaks
        static const WordSet kNaming{"call", "dub", "label", "brand", "name", "term", "describe"};
        if (b + 1 == open && kNaming.contains(verb.lemma)) return false;
        f.source = subj;
        return true;
    }
    return false;
}

// "Said Maria Okafor, who grew up with him, “We were all so proud.”", "Added the mayor:
// “…”": a sentence that opens with its speech verb, the speaker after it (and a relative
// clause set off by commas), then a comma or colon and the quotation.
bool verb_opens_sentence(const Context& ctx, const Sentence& s, std::size_t open, Found& f) {
    const std::size_t v = s.first;
    if (open < v + 4 || !ctx.tok(v).cap || !speech_verb_at(ctx, v)) return false;
    auto subj = phrase_after(ctx, v + 1, open);
    if (!subj) return false;
    std::size_t e = subj->last;
    if (e + 2 < open && ctx.is(e, ",") &&
        (ctx.is(e + 1, "who") || ctx.is(e + 1, "whose") || ctx.is(e + 1, "which"))) {
        e = open - 1;  // the clause runs to the comma before the quotation
        for (std::size_t i = subj->last + 2; i + 1 < open; ++i)
            if (ctx.tok(i).kind == TokenKind::quote || ctx.is(i, ".") || ctx.is(i, ";")) return false;
    }
    if (e + 1 != open || !(ctx.is(e, ",") || ctx.is(e, ":"))) return false;
    f.cue = Range{v, v + 1};
    f.lemma = std::string(cue_verb(ctx.tok(v).lower)->lemma);
    f.source = subj;
    return true;
}

bool clause_before_colon(const Context& ctx, const Sentence& s, std::size_t floor, const Quote& q, Found& f) {
    const std::size_t colon = q.open - 1;
    if (floor != s.first || q.open < s.first + 3 || !ctx.is(colon, ":") || !q.closed || q.close + 2 < s.last ||
        title_like(ctx, q.open))
        return false;
    std::size_t a = s.first;
    a = speaker_words::past_opening_adverbs(ctx, a, colon);  // ("Then she addressed …")
    a = speaker_words::past_opening_time(ctx, a, colon);  // ("On Monday the mayor was …")
    // ("In a statement, the mayor …", "Asked about the delay, Mr. Smith shot back:"): a
    // setting or a question before the subject, to its comma
    if (a < colon && (is_preposition(ctx.tok(a).lower) || ctx.is(a, "asked")))
        a = speaker_words::past_to_comma(ctx, a, colon, 16);
    if (a + 2 < colon && ctx.is(a, "as") && ctx.tok(a + 1).cap) ++a;  // ("As Professor Foner put it:")
    const auto subj = phrase_after(ctx, a, colon);
    if (!subj || subj->first != a || !ctx.free(*subj) || !strong_speaker(ctx, *subj)) return false;
    // (not "It seems unfair to tell them: “…”")
    static const WordSet kNoSpeaker{"it", "this", "that", "there", "these", "those"};
    if (subj->size() == 1 && kNoSpeaker.contains(ctx.tok(a).lower)) return false;
    // the subject's verb right after it ("shot back", "was blunt", "then addressed"), and a
    // clause of a few words to the colon, no quotation or sentence's end in it
    const std::size_t v = subj->last;
    const Token& verb = ctx.tok(v);
    if (v >= colon || colon - v > 12 || verb.kind != TokenKind::word || verb.cap || is_preposition(verb.lower) ||
        is_determiner(verb.lower) || verb.lower == "and" || verb.lower == "or" || verb.lower == "who")
        return false;
    // (nor a clause with a statement of its own, which the word rules read: "noted that he
    // taught law, and added: “…”", "claimed victory in a tweet, saying: “…”")
    for (std::size_t k = subj->last; k < colon; ++k)
        if (ctx.in_quote(k) || ctx.tok(k).kind == TokenKind::quote || ctx.is(k, ";") || ctx.is(k, ".") ||
            ctx.is(k, "that") || (ctx.is(k, ",") && is_ing_form(ctx.tok(k + 1).lower)))
            return false;
    // (the cue: a verb of speech alone, "said flatly:"; else the clause's words, "shot back:")
    const std::optional<CueVerb> cue = cue_verb(verb.lower);
    f.cue = cue ? Range{v, v + 1} : Range{v, colon + 1};
    f.lemma = cue ? std::string(cue->lemma) : "say";
    f.source = subj;
    return true;
}

}  // namespace claimgraph::extract
