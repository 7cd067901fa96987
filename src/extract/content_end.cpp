// Where a reported content ends (frames.h's content_end): at the sentence's end, or before
// another statement's clause: a participle that reports (", saying …"), a relative clause
// that closes, a subordinate clause opening the main clause's speaker, ", while" and a cue.
#include "extract/frames.h"

#include "extract/cue_readings.h"
#include "extract/lexicon.h"
#include "extract/speaker_phrase.h"
#include "extract/speaker_words.h"
#include "extract/word_set.h"

namespace claimgraph::extract {

namespace {

// ", saying …", ", adding that …", ", calling …": a cue verb's participle opens another statement.
bool participle_cue(const std::string& w) { return w.size() > 4 && w.ends_with("ing") && cue_verb(w); }

// The participle that opens another statement at token k, after an adverb or not.
bool participle_at(const Context& ctx, std::size_t k) {
    if (k >= ctx.size() || ctx.in_quote(k)) return false;
    if (participle_cue(ctx.tok(k).lower)) return true;
    return participle_adverb(ctx.tok(k).lower) && k + 1 < ctx.size() && !ctx.in_quote(k + 1) &&
           participle_cue(ctx.tok(k + 1).lower);
}

// "the bridge, which engineers inspected, was safe": a relative clause inside the
// content's subject, closed by a comma before the clause's own verb. The closing comma,
// or 0 when the clause at `which` runs on (", which was reached in May").
std::size_t closed_relative(const Context& ctx, std::size_t which, std::size_t ceiling) {
    for (std::size_t j = which + 1; j < ceiling && j < which + 16; ++j) {
        const Token& t = ctx.tok(j);
        if (ctx.in_quote(j) || t.kind == TokenKind::quote) return 0;
        if (t.kind != TokenKind::punct) continue;
        if (t.lower != ",") return 0;
        return j + 1 < ceiling && j > which + 1 && is_auxiliary(ctx.tok(j + 1).lower) ? j : 0;
    }
    return 0;
}

// ", which …", ", while …", ", according to …": the content is over at the comma before.
bool ends_at_comma(const std::string& n) {
    return n == "which" || n == "making" || n == "while" || n == "according" || n == "although" || n == "though" ||
           n == "despite" || n == "whereas";
}

}  // namespace

bool speech_verb_at(const Context& ctx, std::size_t i) {
    if (i >= ctx.size() || ctx.in_quote(i) || ctx.tok(i).kind != TokenKind::word) return false;
    // "announced the news in a tweet:": a noun after its determiner, no verb
    if (i > 0 && ctx.tok(i - 1).kind == TokenKind::word && is_determiner(ctx.tok(i - 1).lower)) return false;
    // ("“…,” points out the harbour master": the phrasal verb)
    if (points_out_at(ctx, i)) return true;
    const auto v = cue_verb(ctx.tok(i).lower);
    return v && v->cls == CueClass::speech;
}

bool sets_off(const Context& ctx, std::size_t k) {
    return ctx.is(k, ",") || ctx.is(k, "-") || ctx.is(k, "\u2014") || ctx.is(k, "--");
}

bool participle_adverb(std::string_view w) {
    return w == "also" || w == "only" || w == "again" || w == "even" || (w.size() > 4 && w.ends_with("ly"));
}

namespace {

// Whether a subordinate clause opens the sentence of token i ("When …", "Although …").
bool opens_subordinate(const Context& ctx, std::size_t i) {
    const Sentence* sentence = ctx.sentence_of(i);
    return sentence && is_clause_opener(ctx.tok(sentence->first).lower);
}

// "When the director, James B. Comey, said …, both private experts and federal investigators
// immediately understood …": in a sentence that a subordinate clause opens (the caller asks
// opens_subordinate), the main clause's speaker opens at `at` (a subject, then its verb of
// speech or thought), not an aside that a comma closes (", officials noted, was").
// (Elsewhere a reported clause may hold such a clause: "she said that, if elected, she would
// ask …".)
bool speaker_clause_at(const Context& ctx, std::size_t at, std::size_t ceiling) {
    for (std::size_t v = at + 1; v < ceiling && v <= at + 8; ++v) {
        const Token& t = ctx.tok(v);
        if (t.kind != TokenKind::word || ctx.in_quote(v)) return false;
        if (t.cap || t.lower.ends_with("ing") || !cue_verb(t.lower) || is_determiner(ctx.tok(v - 1).lower)) continue;
        if (ctx.is(v + 1, ",")) return false;
        const auto subject = subject_before(ctx, at, v);
        return subject && subject->first == at && plausible_speaker(ctx, *subject);
    }
    return false;
}

}  // namespace

std::size_t content_end(const Context& ctx, std::size_t from, std::size_t ceiling) {
    int subordinate = -1;  // opens_subordinate(ctx, from), asked once when a comma needs it
    const auto main_clause_at = [&](std::size_t at) {
        if (subordinate < 0) subordinate = opens_subordinate(ctx, from) ? 1 : 0;
        return subordinate == 1 && speaker_clause_at(ctx, at, ceiling);
    };
    for (std::size_t i = from + 1; i < ceiling; ++i) {
        const Token& t = ctx.tok(i);
        // "… by Cleveland,” referring to …": a comma inside the closing mark ends it too
        // (and "Lund, who calls the deal a “disgrace,” said he …": the speaker's own verb)
        if (t.kind == TokenKind::quote && ctx.is(i - 1, ",") && i + 1 < ceiling && !ctx.in_quote(i + 1) &&
            (participle_cue(ctx.tok(i + 1).lower) || ends_at_comma(ctx.tok(i + 1).lower) ||
             (!ctx.tok(i + 1).cap && !ctx.tok(i + 1).lower.ends_with("ing") && speech_verb_at(ctx, i + 1)) ||
             main_clause_at(i + 1)))
            return i + 1;
        if (ctx.in_quote(i)) continue;
        // "…the route and said the police were ready", "… and also warned …", "… and
        // Democrats accused …": a second verb of the speaker, or another speaker's
        if ((t.lower == "and" || t.lower == "but") && i + 1 < ceiling && !ctx.in_quote(i + 1)) {
            // ("… and one in four said …": a share that speaks)
            if (i + 4 < ceiling && speaker_words::share_ends_at(ctx, i + 3) && !ctx.in_quote(i + 4) &&
                cue_verb(ctx.tok(i + 4).lower))
                return i;
            for (std::size_t j = i + 1; j < ceiling && j <= i + 3 && !ctx.in_quote(j); ++j) {
                const Token& n = ctx.tok(j);
                if (n.kind != TokenKind::word) break;
                if (!n.cap && !(n.lower.size() > 4 && n.lower.ends_with("ing")) && cue_verb(n.lower) &&
                    (j == i + 1 || cue_verb(n.lower)->cls == CueClass::speech) &&
                    (j == i + 1 || !is_determiner(ctx.tok(j - 1).lower)))
                    return i;
                // (or a share that speaks: "…, and three-quarters said …", "and most say")
                const std::size_t dash = n.lower.find('-');
                const bool share = j == i + 1 && (is_quantifier_pronoun(n.lower) || n.lower == "half" ||
                                                  (dash != std::string::npos && number_word(n.lower.substr(0, dash))));
                if (!n.cap && !is_adverb_between(n.lower) && !is_pronoun_subject(n.lower) && !share) break;
            }
            // "… but in a later interview said …": a short setting before the verb
            if (is_preposition(ctx.tok(i + 1).lower) && !ctx.tok(i + 1).cap)
                for (std::size_t j = i + 2; j < ceiling && j <= i + 6 && !ctx.in_quote(j); ++j) {
                    const Token& n = ctx.tok(j);
                    if (n.kind != TokenKind::word) break;
                    if (!n.cap && !(n.lower.size() > 4 && n.lower.ends_with("ing")) && cue_verb(n.lower) &&
                        cue_verb(n.lower)->cls == CueClass::speech && !is_determiner(ctx.tok(j - 1).lower))
                        return i;
                }
        }
        if (t.kind != TokenKind::punct) continue;
        if (t.lower == ";") return i;
        // "… outright victory - only saying that …": a dash before a participle that reports
        if (t.lower != "," && sets_off(ctx, i) && participle_at(ctx, i + 1)) return i;
        if (t.lower == "\u2014" || t.lower == "--") {
            // "that David Brock — a pro-Clinton strategist — was planning …": a pair of dashes
            // sets off an aside, and the clause goes on after it (one dash ends it)
            const auto dash = [&](std::size_t k) { return ctx.is(k, "\u2014") || ctx.is(k, "--"); };
            std::size_t k = i + 1;
            bool plain = true;  // no quotation, no verb of speech inside
            for (; k < ceiling && k - i <= 16 && !dash(k) && !ctx.is(k, ";") && !ctx.is(k, "."); ++k)
                plain = plain && ctx.tok(k).kind != TokenKind::quote && !ctx.in_quote(k) &&
                        !(ctx.tok(k).kind == TokenKind::word && !ctx.tok(k).cap && speech_verb_at(ctx, k));
            // (not where the content had its verb and a verb follows the aside: "insiders who
            // think Rubio has a chance — about 40 percent — stressed …", the antecedent's verb)
            const Token& after = ctx.tok(std::min(k + 1, ceiling - 1));
            const bool verb_after =
                !after.cap && (is_past_form(after.lower) || cue_verb(after.lower) || is_auxiliary(after.lower));
            const std::size_t opens = ctx.is(from, "that") ? from + 1 : from;
            // (nor where a clause of its own follows: "— a dream for many — while Clinton has …")
            if (plain && k + 1 < ceiling && k > i + 1 && dash(k) && after.kind == TokenKind::word &&
                !is_subordinator(after.lower) && !(verb_after && looks_like_clause(ctx, {opens, i}))) {
                i = k;
                continue;
            }
            return i;
        }
        if (t.lower == "," && i + 1 < ceiling) {
            const std::string& n = ctx.tok(i + 1).lower;
            if (n == "which")
                if (const std::size_t closing = closed_relative(ctx, i + 1, ceiling)) {
                    i = closing;
                    continue;
                }
            if (ends_at_comma(n)) return i;
            if (participle_at(ctx, i + 1)) return i;  // another statement begins ("…, falsely claiming")
            // ", to which Berg replied: …": another speaker answers
            if ((n == "to" || n == "at") && (ctx.is(i + 2, "which") || ctx.is(i + 2, "whom"))) return i;
            if (main_clause_at(i + 1)) return i;
            // ", aside from saying …", ", apart from saying …"
            if ((n == "aside" || n == "apart") && ctx.is(i + 2, "from") && i + 3 < ceiling &&
                participle_cue(ctx.tok(i + 3).lower))
                return i;
        }
    }
    return ceiling;
}

}  // namespace claimgraph::extract
