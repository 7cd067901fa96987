#include "extract/inverted.h"

#include <algorithm>

#include "extract/frames.h"
#include "extract/speaker_phrase.h"

namespace claimgraph::extract {

std::optional<Listener> listener_at(const Context& ctx, std::size_t c, std::size_t ceiling) {
    // "Channel 9": a channel's number is part of its name
    if (c + 1 < ceiling && ctx.is(c, "channel") && ctx.tok(c).cap && ctx.tok(c + 1).kind == TokenKind::number)
        return Listener{c + 2, Range{c, c + 2}};
    if (auto phrase = phrase_after(ctx, c, ceiling)) return Listener{phrase->last, phrase};
    if (c < ceiling &&
        (ctx.is(c, "him") || ctx.is(c, "her") || ctx.is(c, "them") || ctx.is(c, "us") || ctx.is(c, "me")))
        return Listener{c + 1, std::nullopt};
    // any plain noun phrase: "told the crew that …", "told his neighbours the shop …"
    if (c < ceiling && is_determiner(ctx.tok(c).lower)) {
        std::size_t j = c + 1;
        while (j < ceiling && j - c < 5 && ctx.tok(j).kind == TokenKind::word && !ctx.in_quote(j)) {
            const std::string& w = ctx.tok(j).lower;
            if (is_subordinator(w) || is_auxiliary(w) || is_determiner(w) || is_pronoun_subject(w) ||
                is_preposition(w) || cue_verb(w))
                break;
            ++j;
        }
        if (j > c + 1) return Listener{j, Range{c, j}};
    }
    return std::nullopt;
}

std::optional<Range> relaying(const Context& ctx, const Listener& listener) {
    if (!listener.phrase) return std::nullopt;
    return publication_in(ctx, *listener.phrase);
}

std::optional<Listener> relay_after_cue(const Context& ctx, Range cue, std::size_t ceiling) {
    // (only after a statement noun the cue took in: "said in an interview")
    if (cue.size() < 3 || cue.last + 1 >= ceiling || !(ctx.is(cue.last, "with") || ctx.is(cue.last, "to")))
        return std::nullopt;
    const std::optional<Listener> listener = listener_at(ctx, cue.last + 1, ceiling);
    if (!listener) return std::nullopt;
    const std::optional<Range> relay = relaying(ctx, *listener);
    if (!relay) return std::nullopt;
    return Listener{listener->next, relay};
}

namespace {

// Past a short phrase of setting after a cue's listener ("in a video", "on Instagram",
// "by phone"): where the frame ends if that phrase ends the sentence, else `i`.
std::size_t after_setting(const Context& ctx, std::size_t i, std::size_t ceiling) {
    if (i >= ceiling || !is_preposition(ctx.tok(i).lower) || ctx.in_quote(i)) return i;
    std::size_t j = i + 1;
    while (j < ceiling && j - i <= 5 && ctx.tok(j).kind == TokenKind::word && !ctx.in_quote(j) &&
           !cue_verb(ctx.tok(j).lower))
        ++j;
    return j > i + 1 && (j >= ceiling || ctx.tok(j).kind == TokenKind::punct) ? j : i;
}

// The words after a frame set off by commas inside the sentence ("The bridge, the mayor
// said, was safe"), when they are the rest of the clause the frame interrupts: `before`,
// what precedes the frame, has no verb of its own, and the rest opens with one.
std::optional<Range> interrupted_rest(const Context& ctx, const Sentence& s, Range before, std::size_t frame_end) {
    if (before.empty() || looks_like_clause(ctx, before) || frame_end + 2 >= s.last || !ctx.is(frame_end, ","))
        return std::nullopt;
    const Token& first = ctx.tok(frame_end + 1);
    const std::string& w = first.lower;
    if (first.kind != TokenKind::word || first.cap || ctx.in_quote(frame_end + 1) || cue_verb(w)) return std::nullopt;
    const bool verb = is_auxiliary(w) || w.ends_with("ed") || is_irregular_past(w);
    if (!verb) return std::nullopt;
    const Range rest = trim_content(ctx, {frame_end + 1, content_end(ctx, frame_end + 1, s.last)});
    if (rest.size() < 2 || !ctx.free(rest)) return std::nullopt;
    return rest;
}

// The words after a frame set off by commas when they go on with the clause before it
// (`before`, a clause of its own): a phrase the clause needs ("…, Devine said, by the
// calendar", "…, he said, to talk to Congress") or a clause "and"/"but" joins, to the
// sentence's end, with no speech verb of its own ("…, records show, and experts say …" is
// two statements).
std::optional<Range> continued_rest(const Context& ctx, const Sentence& s, Range before, std::size_t frame_end) {
    if (before.empty() || !ctx.is(frame_end, ",") || frame_end + 3 >= s.last || ctx.in_quote(frame_end + 1))
        return std::nullopt;
    const Token& first = ctx.tok(frame_end + 1);
    if (first.kind != TokenKind::word || first.cap) return std::nullopt;
    const bool joined = first.lower == "and" || first.lower == "but";
    // (a word the clause before needs: a passive's agent, an infinitive, a comparison; not a
    // setting of the frame's own, "on condition of anonymity", "with games and classes")
    const bool completes = first.lower == "by" || first.lower == "to" || first.lower == "than";
    if (!joined && !completes) return std::nullopt;
    if (!looks_like_clause(ctx, before)) return std::nullopt;
    const std::size_t end = content_end(ctx, frame_end + 1, s.last);
    // (to the sentence's end: its last word, or its closing mark)
    if (end + 1 < s.last || (end + 1 == s.last && !ctx.is(end, ".") && !ctx.is(end, "!") && !ctx.is(end, "?")))
        return std::nullopt;
    const Range rest = trim_content(ctx, {frame_end + 1, end});
    if (rest.size() < 3 || !ctx.free(rest)) return std::nullopt;
    for (std::size_t k = rest.first; k < rest.last; ++k)
        if (const auto cue = cue_verb(ctx.tok(k).lower); cue && !ctx.tok(k).cap) return std::nullopt;
    return rest;
}

}  // namespace

std::optional<std::size_t> inverted(Context& ctx, const Sentence& s, std::size_t v, const CueVerb& verb) {
    if (!verb.inversion) return std::nullopt;
    const std::size_t start = free_start(ctx, s);
    Found f;
    std::size_t comma = 0, frame_end = 0;
    // (a finding's verb comes after its evidence: "…, a poll shows." and never "…, shows a poll")
    const bool finding = verb.lemma == "show" || verb.lemma == "find";
    // (nor "…, told the Gazette last year": the phrase after "told" heard it)
    if (v > start + 2 && ctx.is(v - 1, ",") && !finding && verb.frame != CueFrame::object_clause) {
        const Range cue = cue_with_extension(ctx, v, s.last);
        auto subj = phrase_after(ctx, cue.last, s.last);
        // (a description set off by commas ends at its closing comma: "The problem, says Paul
        // Bauman, a geophysicist, is the ground itself.")
        // (not one with a relative clause, which the frame ends before: see below)
        if (subj && subj->size() > 2 && ctx.is(subj->last - 1, ",")) {
            bool relative = false;
            for (std::size_t k = subj->first; k < subj->last && !relative; ++k)
                relative = ctx.is(k, "who") || ctx.is(k, "whose") || ctx.is(k, "which");
            if (!relative) --subj->last;
        }
        // (a place after the name is where: ", says political scientist Dossym Satpayev in Almaty.")
        std::size_t end = subj ? subj->last : 0;
        if (subj && ctx.tok(subj->last - 1).cap && (ctx.is(end, "in") || ctx.is(end, "from")) && end + 1 < s.last) {
            std::size_t e = end + 1;
            while (e < s.last && e < end + 4 && ctx.tok(e).cap && ctx.tok(e).kind == TokenKind::word) ++e;
            if (e > end + 1 && ends_frame(ctx, e, s.last)) end = e;
        }
        // ", said David Autor, a professor at M.I.T., who is one of the country's foremost
        // specialists on trade.": a relative clause to the sentence's end says who the speaker is
        if (subj && !ends_frame(ctx, end, s.last))
            for (std::size_t k = subj->first + 1; k + 1 < s.last; ++k) {
                if (ctx.in_quote(k)) break;
                if (!ctx.is(k, ",") || !(ctx.is(k + 1, "who") || ctx.is(k + 1, "whose"))) continue;
                std::size_t e = k + 2;
                while (e < s.last && !ctx.in_quote(e) && ctx.tok(e).kind != TokenKind::quote && !ctx.is(e, ";")) ++e;
                if (e == s.last && k > subj->first + 1) {
                    subj->last = k;
                    end = ctx.is(s.last - 1, ".") ? s.last - 1 : s.last;
                }
                break;
            }
        // ", said a handful of councillors who point to its ties with the lines.": a relative
        // clause with no comma, to the sentence's end
        // (past "of" and the plain nouns of the phrase: "a handful of councillors")
        // (and only after a clause: "Lund's deputy, Eva Holm, said the man who …" is no frame)
        if (subj && !ends_frame(ctx, end, s.last) && subj->size() > 1 && looks_like_clause(ctx, {start, v - 1})) {
            std::size_t who = subj->last;
            // (or inside the phrase, which may run on into it: ", said Sherman, a graduate whose
            // zeal has driven reporters off the beat.")
            for (std::size_t k = subj->first + 2; k < subj->last; ++k)
                if (ctx.is(k, "who") || ctx.is(k, "whose")) {
                    who = k;
                    break;
                }
            if (ctx.is(who, "of"))
                for (std::size_t k = who + 1; k < s.last && k <= who + 3; ++k) {
                    const Token& t = ctx.tok(k);
                    if (t.kind != TokenKind::word || ctx.in_quote(k)) break;
                    if (t.lower == "who" || t.lower == "whose") {
                        if (k > who + 1) who = k;
                        break;
                    }
                    if (is_subordinator(t.lower) || is_auxiliary(t.lower) || is_preposition(t.lower) || cue_verb(t.lower))
                        break;
                }
            if (ctx.is(who, "who") || ctx.is(who, "whose")) {
                std::size_t e = who + 1;
                while (e < s.last && !ctx.in_quote(e) && ctx.tok(e).kind != TokenKind::quote && !ctx.is(e, ";")) ++e;
                if (e == s.last && e > who + 2) {
                    subj->last = who;
                    end = ctx.is(s.last - 1, ".") ? s.last - 1 : s.last;
                }
            }
        }
        if (!subj || !ends_frame(ctx, end, s.last) || !plausible_speaker(ctx, *subj)) return std::nullopt;
        // ", said the event brought back memories": a clause (a verb in it), not a speaker
        // (a relative clause's verb describes the speaker: ", said Sherman, a graduate who
        // drove reporters off the beat.")
        for (std::size_t k = subj->first + 1; k < subj->last; ++k) {
            const Token& t = ctx.tok(k);
            if (t.lower == "who" || t.lower == "whose") break;
            if (t.kind != TokenKind::word || t.cap || is_determiner(ctx.tok(k - 1).lower) ||
                is_possessive(ctx.tok(k - 1)))
                continue;
            if (is_irregular_past(t.lower) || (cue_verb(t.lower) && t.lower.ends_with("ed"))) return std::nullopt;
        }
        f.cue = cue;
        f.source = subj;
        comma = v - 1;
        frame_end = end;
    } else {
        auto subj = subject_before(ctx, start, v);
        // (one word may stand before the frame when the clause goes on after it: "Police,
        // Sinclair says, have no policy")
        if (!subj || subj->first < start + 2 || !ctx.is(subj->first - 1, ",")) return std::nullopt;
        const Range cue = cue_with_extension(ctx, v, s.last);
        std::size_t end = cue.last;
        if (verb.frame == CueFrame::object_clause) {
            // "…, the mayor told reporters (in a video)." The listener may relay it.
            auto listener = listener_at(ctx, end, s.last);
            if (!listener) return std::nullopt;
            f.via = relaying(ctx, *listener);
            end = listener->next;
        } else if (const auto relay = relay_after_cue(ctx, cue, s.last)) {
            f.via = relay->phrase;
            end = relay->next;
        }
        // ("…, Raddatz said in posing the question to Christie.", "…, he said at a rally in Iowa.")
        // (where or when a speech was made, to the sentence's end; not what about: "…, he
        // boasted about his skills", "Millennials believe in the dream" keep their objects)
        if (!ends_frame(ctx, end, s.last) && verb.cls == CueClass::speech && end < s.last &&
            (ctx.is(end, "in") || ctx.is(end, "at") || ctx.is(end, "during")))
            if (const std::size_t e = after_setting(ctx, end, s.last); e >= s.last || ctx.is(e, ".")) end = e;
        // ("…, Berg told her advisers as she worked on the speech.": when it was said, a
        // clause of time to the sentence's end)
        if (!ends_frame(ctx, end, s.last) && verb.cls == CueClass::speech && end < s.last &&
            opens_time_clause(ctx, end)) {
            std::size_t e = end + 1;
            while (e < s.last && !ctx.in_quote(e) && ctx.tok(e).kind != TokenKind::quote && !ctx.is(e, ";") &&
                   !ctx.is(e, ","))
                ++e;
            if (e == s.last || (e + 1 == s.last && ctx.is(e, "."))) end = e;
        }
        if (!ends_frame(ctx, end, s.last)) return std::nullopt;
        f.cue = cue;
        f.source = subj;
        comma = subj->first - 1;
        frame_end = end;
    }
    // ("Also, Trump isn't a conservative, he said": the connective links the sentence, the
    // speaker said the rest)
    const std::size_t first = start + 2 < comma && ctx.is(start + 1, ",") && is_connective(ctx.tok(start).lower) &&
                                      !ctx.in_quote(start)
                                  ? start + 2
                                  : start;
    const Range content = trim_content(ctx, {first, comma});
    // "Acts of protest, Mr. Obama said, are acts of patriotism": the frame interrupts the
    // clause, whose verb comes after it; the rest of the sentence is the content's second piece
    if (const auto rest = interrupted_rest(ctx, s, content, frame_end)) {
        f.content.push_back(content);
        f.content.push_back(*rest);
        f.lemma = std::string(verb.lemma);
        emit(ctx, f);
        return rest->last;
    }
    // "The argument would be aided, Devine said, by the calendar", "Only one person was
    // killed, the agency said, and there were eight incidents": a phrase or a clause joined
    // by "and"/"but" after the frame goes on with what was said, to the sentence's end
    if (const auto rest = continued_rest(ctx, s, content, frame_end)) {
        f.content.push_back(content);
        f.content.push_back(*rest);
        f.lemma = std::string(verb.lemma);
        emit(ctx, f);
        return rest->last;
    }
    // "During his years in office, Mr. Obama said, a majority of Americans have come to
    // believe …": a setting before the frame, and the clause after it is what was said
    if (!content.empty() && is_preposition(ctx.tok(content.first).lower) && ctx.is(frame_end, ",") &&
        frame_end + 3 < s.last && !ctx.in_quote(frame_end + 1)) {
        const Range after = trim_content(ctx, {frame_end + 1, content_end(ctx, frame_end + 1, s.last)});
        if (after.size() >= 3 && ctx.free(after) && looks_like_clause(ctx, after)) {
            f.content.push_back(after);
            f.lemma = std::string(verb.lemma);
            emit(ctx, f);
            return after.last;
        }
    }
    // what stands before ", officials said" is a clause unless it is a bare phrase ("In Kyiv")
    const bool clause =
        looks_like_clause(ctx, content) || (content.size() >= 3 && !is_preposition(ctx.tok(content.first).lower));
    if (!clause) return std::nullopt;
    // a quotation with its speaker is the direct finder's; reaching here means it was
    // left (too short or unframed), so the content stays as it reads
    f.content.push_back(content);
    f.lemma = std::string(verb.lemma);
    emit(ctx, f);
    return std::max(f.source->last, f.cue->last);
}

}  // namespace claimgraph::extract
