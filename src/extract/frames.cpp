#include "extract/frames.h"

#include "extract/cue_readings.h"
#include "extract/bounds.h"
#include "extract/figures.h"
#include "extract/first_names.h"
#include "extract/lexicon.h"
#include "extract/speaker.h"
#include "extract/speaker_phrase.h"
#include "extract/speaker_words.h"
#include "extract/word_set.h"
#include "util/text.h"

namespace claimgraph::extract {

namespace {

bool is_statement_noun(std::string_view w) {
    return w == "statement" || w == "interview" || w == "post" || w == "tweet" || w == "letter" || w == "release" ||
           w == "briefing" || w == "email" || w == "video" || w == "speech" || w == "message" || w == "report" ||
           w == "address" || w == "filing" || w == "conference";
}

}  // namespace

Range cue_with_extension(const Context& ctx, std::size_t verb, std::size_t ceiling) {
    Range cue{verb, verb + 1};
    if (points_out_at(ctx, verb) && verb + 2 <= ceiling) return Range{verb, verb + 2};
    // "said in a statement", "said in a televised address"
    if (ctx.is(verb + 1, "in") && verb + 3 < ceiling + 1) {
        std::size_t j = verb + 2;
        if (j < ceiling && (ctx.is(j, "a") || ctx.is(j, "an") || ctx.is(j, "its") || ctx.is(j, "his") ||
                            ctx.is(j, "her") || ctx.is(j, "their"))) {
            ++j;
            if (j < ceiling && !is_statement_noun(ctx.tok(j).lower) && j + 1 < ceiling &&
                is_statement_noun(ctx.tok(j + 1).lower))
                ++j;  // one adjective: "a written statement"
            if (j < ceiling && is_statement_noun(ctx.tok(j).lower)) cue.last = j + 1;
        }
    }
    return cue;
}

std::size_t skip_to_content(const Context& ctx, std::size_t from, std::size_t ceiling) {
    std::size_t c = from;
    for (int round = 0; round < 4 && c < ceiling; ++round) {
        const Token& t = ctx.tok(c);
        if (t.kind == TokenKind::punct && t.lower == ",") {
            ++c;
            continue;
        }
        if (is_time_word(t.lower) && !ctx.is(c, "this") && !ctx.is(c, "last")) {
            ++c;
            continue;
        }
        if ((t.lower == "on" || t.lower == "last" || t.lower == "this" || t.lower == "late" || t.lower == "early") &&
            c + 1 < ceiling && is_time_word(ctx.tok(c + 1).lower)) {
            c += 2;
            continue;
        }
        // "said — on Twitter, as it happens — that …": an aside set off by dashes
        if (t.lower == "\u2014" || t.lower == "--") {
            std::size_t j = c + 1;
            // (not one with a verb of its own: "argue — and Lund presumably believes — that")
            while (j < ceiling && j < c + 14 && !ctx.in_quote(j) && ctx.tok(j).kind != TokenKind::quote &&
                   !ctx.is(j, t.lower) && !ctx.is(j, ".") && !cue_verb(ctx.tok(j).lower))
                ++j;
            if (j < ceiling && j > c + 1 && ctx.is(j, t.lower) && j + 1 < ceiling) {
                c = j + 1;
                continue;
            }
            break;
        }
        // "said by phone the roads …", "said by text message the weather …"
        if (t.lower == "by" && c + 1 < ceiling) {
            std::size_t j = c + 1;
            if (ctx.is(j, "phone") || ctx.is(j, "telephone") || ctx.is(j, "email") || ctx.is(j, "e-mail") ||
                ctx.is(j, "video") || ctx.is(j, "videolink") || ctx.is(j, "satellite") || ctx.is(j, "letter") ||
                ctx.is(j, "radio")) {
                c = j + 1;
                continue;
            }
            if (ctx.is(j, "text") && (ctx.is(j + 1, "message") || ctx.is(j + 1, "messages"))) {
                c = j + 2;
                continue;
            }
        }
        // "said on social media that …", "told reporters in Kyiv that …" (but "hoping to
        // avoid a misstep that could …": an infinitive's "to", before no name, determiner,
        // pronoun or people, is the content's own)
        const auto infinitive = [&] {
            if (t.lower != "to" || c + 1 >= ceiling) return false;
            const Token& n = ctx.tok(c + 1);
            static const WordSet kObjects{"him", "her", "them", "me", "us", "you"};
            return n.kind == TokenKind::word && !n.cap && !is_determiner(n.lower) && !kObjects.contains(n.lower) &&
                   !is_people_plural(n.lower);
        };
        if (is_preposition(t.lower) && t.lower != "that" && !infinitive()) {
            for (std::size_t j = c + 1; j < ceiling && j < c + 7; ++j) {
                if (ctx.tok(j).kind == TokenKind::punct || ctx.in_quote(j)) break;
                if (ctx.is(j, "that")) return j;
                // "said in retrospect he feels …", "told reporters in Kyiv they …"
                if (j > c + 1 && j < c + 5 && is_pronoun_subject(ctx.tok(j).lower) &&
                    !is_determiner(ctx.tok(j - 1).lower) && !is_preposition(ctx.tok(j - 1).lower))
                    return j;
            }
        }
        break;
    }
    return c;
}

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

bool reads_as_noun(const Context& ctx, std::size_t i) {
    static const WordSet kOrder{"first", "second", "third", "last", "latest", "final", "new",
                                "annual", "initial", "recent", "previous", "own", "official"};
    if (i == 0) return false;
    if (is_determiner(ctx.tok(i - 1).lower)) return true;
    // ("an official said": the official speaks, where "the official statement" is a noun's)
    if (const std::string& w = ctx.tok(i).lower;
        ctx.is(i - 1, "official") && (is_past_form(w) || w == "said" || w == "told" || w == "says" || w == "tells"))
        return false;
    return i > 1 && kOrder.contains(ctx.tok(i - 1).lower) && is_determiner(ctx.tok(i - 2).lower);
}

Range trim_content(const Context& ctx, Range r) {
    while (!r.empty()) {
        const Token& t = ctx.tok(r.last - 1);
        if (t.kind == TokenKind::punct && !ctx.in_quote(r.last - 1)) {
            --r.last;
            continue;
        }
        if (t.kind == TokenKind::quote && !ctx.in_quote(r.last - 1)) {  // a stray mark
            --r.last;
            continue;
        }
        break;
    }
    return r;
}

bool looks_like_clause(const Context& ctx, Range r) {
    if (r.size() < 2) return false;
    for (std::size_t i = r.first; i < r.last; ++i) {
        const Token& t = ctx.tok(i);
        if (t.kind == TokenKind::quote) return true;
        if (t.kind != TokenKind::word) continue;
        const std::string& w = t.lower;
        if (i == r.first && w == "that") return true;
        // a subject pronoun past the start: "he typically votes Democratic"
        if (!t.cap || i == r.first) {
            if (w == "he" || w == "she" || w == "they" || w == "we" || w == "i" || w == "there") return true;
        }
        if (is_auxiliary(w) || cue_verb(w)) return true;
        if (w.size() > 4 && (w.ends_with("ed") || w.ends_with("ing"))) return true;
        if (i > r.first && w.size() == 4 && w.ends_with("ied")) return true;  // "five people died"
        // past forms without -ed count past the clause's first word; words such as "hit",
        // "cut" and "set" are nouns as often as verbs, so a noun must come first
        if (i > r.first && !t.cap && is_irregular_past(w)) return true;
        if (w == "to" && i + 1 < r.last && ctx.tok(i + 1).kind == TokenKind::word) return true;
    }
    return false;
}

bool names_publication(const Context& ctx, Range r) {
    if (r.empty()) return false;
    const std::string& head = ctx.tok(r.last - 1).lower;
    const std::string whole = text::lower(ctx.slice(r));
    if (known_agency(head) || known_outlet(head) || head == "agency" || known_agency(whole) || known_outlet(whole))
        return true;
    // "Fox News", "Army Radio", "the Harbour Gazette", "Channel 9": a capitalised name that ends
    // in a publication's word (not a person's: "Bill Post"), or a channel's number
    const Token& last = ctx.tok(r.last - 1);
    if (r.size() >= 2 &&
        ((last.cap && is_publication_head(last.lower) && first_name_gender(ctx.slice(r)) == Gender::unknown) ||
         (last.kind == TokenKind::number && ctx.is(r.last - 2, "channel") && ctx.tok(r.last - 2).cap)))
        return true;
    if (r.size() < 3 || ctx.tok(r.first).lower != "the" || !ctx.tok(r.first).cap) return false;
    for (std::size_t i = r.first + 1; i < r.last; ++i)
        if (!ctx.tok(i).cap) return false;
    return true;
}

std::optional<Range> publication_in(const Context& ctx, Range r) {
    // "told The New York Times Tuesday": the day is when, not who
    while (r.size() > 1 && is_time_word(ctx.tok(r.last - 1).lower)) --r.last;
    // "told Bill Smith of Fox News", "told CNN's Ana Cole": the journalist's outlet
    for (std::size_t k = r.first + 1; k + 1 < r.last; ++k) {
        if (ctx.is(k, "of") && names_publication(ctx, {k + 1, r.last})) return Range{k + 1, r.last};
        if (is_possessive(ctx.tok(k)) && names_publication(ctx, {r.first, k})) return Range{r.first, k};
    }
    if (names_publication(ctx, r)) return r;
    return std::nullopt;
}

std::optional<Range> relay_before(const Context& ctx, std::size_t sentence_first, std::size_t subject_first) {
    std::size_t i = sentence_first;
    if (ctx.is(i, "speaking") || ctx.is(i, "talking")) {
        if (!(ctx.is(i + 1, "to") || ctx.is(i + 1, "with"))) return std::nullopt;
        i += 2;
    } else if (ctx.is(i, "in") && (ctx.is(i + 1, "an") || ctx.is(i + 1, "a")) && ctx.is(i + 2, "interview") &&
               ctx.is(i + 3, "with")) {
        i += 4;
    } else if (ctx.is(i, "according") && ctx.is(i + 1, "to")) {  // "According to Channel 9, the spokesman believes"
        i += 2;
    } else {
        return std::nullopt;
    }
    if (subject_first == 0 || i >= subject_first - 1 || !ctx.is(subject_first - 1, ",")) return std::nullopt;
    // an audience relays nothing: "Speaking to students at Drexel University, …", "In an
    // interview with reporters Thursday, …"; a name or a publication does, before any
    // preposition ("In an interview with David Axelrod on his podcast, …", "with the
    // spiritual Web site Beliefnet in 2007")
    bool named = ctx.is(sentence_first, "according");
    for (std::size_t k = i; !named && k + 1 < subject_first; ++k) {
        const Token& t = ctx.tok(k);
        if (!t.cap && is_preposition(t.lower)) break;
        named = t.cap && t.kind == TokenKind::word && !is_time_word(t.lower);
    }
    if (!named) return std::nullopt;
    return Range{i, subject_first - 1};
}

namespace {

// "Interfax, quoting the state news agency TASS," as a subject: TASS speaks, Interfax
// relays; "The Defence Ministry, quoted by TASS,": the ministry speaks, TASS relays. The
// quoted origin, and the relay, when the phrase has one of those shapes.
std::optional<std::pair<Range, Range>> quoting_within(const Context& ctx, Range subject) {
    for (std::size_t i = subject.first + 1; i + 1 < subject.last; ++i) {
        const bool quoting = ctx.is(i, "quoting") || ctx.is(i, "citing");
        const bool quoted = (ctx.is(i, "quoted") || ctx.is(i, "cited")) && ctx.is(i + 1, "by");
        if (!(quoting || quoted) || !ctx.is(i - 1, ",")) continue;
        const std::size_t from = quoted ? i + 2 : i + 1;
        std::size_t e = from;
        while (e < subject.last && !ctx.is(e, ",")) ++e;
        if (e == from || i - 1 == subject.first) return std::nullopt;
        if (quoted) return std::pair{Range{subject.first, i - 1}, Range{from, e}};
        return std::pair{Range{from, e}, Range{subject.first, i - 1}};
    }
    return std::nullopt;
}

}  // namespace

bool opens_time_clause(const Context& ctx, std::size_t i) {
    static const char* const kWhen[] = {"before", "after", "while", "until", "since", "because", "although", "though"};
    for (const char* w : kWhen)
        if (ctx.is(i, w)) return true;
    // "said as she left the hall", "told aides as the votes came in" (not "as many as", "as
    // much", "as a candidate", nor an aside set off by commas: "wondered, as I do, why …")
    if (ctx.is(i, "as") && i > 0 && !ctx.is(i - 1, ",") && i + 1 < ctx.size() && !ctx.in_quote(i + 1) &&
        (is_pronoun_subject(ctx.tok(i + 1).lower) || ctx.is(i + 1, "the")))
        return true;
    return false;
}

bool emit(Context& ctx, const Found& f) {
    if (adds_no_words(ctx, f)) return false;
    // with --scope speech, "X plans to …" is no statement and leaves its words to one that
    // is ("… plans to name a candidate, spokesman Martin Masse said")
    if (ctx.speech_only && f.cue && cue_class_of(f.lemma) != "speech") return false;
    // nor is a speech act with an object ("praised the crew", "declined to comment", "thanked
    // voters"): what was said is no part of it, unless it quotes the words or is a clause
    // "that" opens ("announced that …")
    if (ctx.speech_only && f.cue && !f.content.empty())
        if (const auto verb = cue_lemma(f.lemma); verb && verb->frame == CueFrame::object_content) {
            bool said = ctx.is(f.content.front().first, "that");
            for (const Range& r : f.content)
                for (std::size_t i = r.first; i < r.last && !said; ++i) said = ctx.tok(i).kind == TokenKind::quote;
            if (!said) return false;
        }
    if (f.source)
        if (auto split = quoting_within(ctx, *f.source)) {
            Found g = f;
            g.source = split->first;
            g.via = split->second;
            ctx.mark_used(*f.source);
            return emit(ctx, g);
        }
    // the content's edges, where a model places them
    std::vector<Range> content = f.content;
    if (ctx.bounds && !content.empty() && !f.exact) {
        const BoundsQuery q =
            bounds_query(ctx, {content.front().first, content.back().last}, f.cue, f.source, f.via, f.lemma);
        content = content_pieces(ctx, q, f.content, ctx.bounds->choose(ctx, q, f.content));
    }
    // a lone "that" or "it" ("Having said that") points elsewhere: nothing to check
    if (content.size() == 1 && content.front().size() == 1) {
        const std::string& only = ctx.tok(content.front().first).lower;
        if (is_determiner(only) || is_pronoun_subject(only) || only == "that" || only == "this") return false;
    }
    Attribution a;
    a.evidence = ctx.stage;
    bool quoted = false, unquoted = false;
    for (const Range& r : content) {
        a.content.push_back(ctx.span(r));
        for (std::size_t i = r.first; i < r.last; ++i) {
            const Token& t = ctx.tok(i);
            if (t.kind != TokenKind::word && t.kind != TokenKind::number) continue;
            (ctx.in_quote(i) ? quoted : unquoted) = true;
        }
        for (auto& fig : find_figures(ctx, r)) a.figures.push_back(std::move(fig));
    }
    a.kind = quoted && unquoted ? StatementKind::mixed : quoted ? StatementKind::direct : StatementKind::indirect;
    a.content_text = content_text_of(ctx, a.content);
    if (f.cue) {
        a.cue = Cue{ctx.span(*f.cue), std::string(ctx.slice(*f.cue)), f.lemma, std::string(cue_class_of(f.lemma))};
        ctx.mark_used(*f.cue);
    }
    if (f.source) {
        a.source = make_source(ctx, *f.source);
        ctx.mark_used(*f.source);
    } else if (f.inferred) {
        a.source = f.inferred;
    }
    if (f.via) a.via.push_back(relay_of(ctx, *f.via));
    for (const Range& r : content) ctx.mark_used(r);
    ctx.out.push_back(std::move(a));
    return true;
}

Via relay_of(const Context& ctx, Range r) {
    const SpeakerPhrase relay = parse_speaker(ctx, r);
    SourceType type = relay.mention.type;
    // a person who passes the words on is one when named so ("according to Genesee County
    // Sheriff Robert Pickell", "David Axelrod"); any other name is taken for a publication's
    // (the role's last word a title: "Sheriff", "Mr.")
    std::string title = text::lower(relay.mention.role);
    if (const std::size_t space = title.rfind(' '); space != std::string::npos) title.erase(0, space + 1);
    if (!title.empty() && title.back() == '.') title.pop_back();
    const bool person =
        type == SourceType::person && !relay.needs_resolution &&
        (is_role_noun(title) || is_honorific(title) || first_name_gender(relay.mention.name) != Gender::unknown);
    if (type != SourceType::agency && type != SourceType::outlet && !person)
        type = text::lower(ctx.slice(r)).find("agency") != std::string::npos ? SourceType::agency : SourceType::outlet;
    return {relay.mention.name, type, ctx.span(r)};
}

std::string content_text_of(const Context& ctx, const std::vector<Span>& content) {
    std::vector<std::string> pieces;
    for (const Span& p : content) pieces.emplace_back(ctx.text.substr(p.start, p.end - p.start));
    return text::join(pieces, " \u2026 ");
}

std::size_t free_start(const Context& ctx, const Sentence& s) {
    std::size_t i = s.first;
    while (i < s.last && ctx.used[i]) ++i;
    return i;
}

bool ends_frame(const Context& ctx, std::size_t i, std::size_t ceiling) {
    // ("on Monday", "late Friday", "last week")
    if (i < ceiling && (ctx.is(i, "on") || ctx.is(i, "late") || ctx.is(i, "early") || ctx.is(i, "last")) &&
        i + 1 < ceiling && is_time_word(ctx.tok(i + 1).lower))
        i += 2;
    else if (i < ceiling && is_time_word(ctx.tok(i).lower))
        ++i;
    // "on Saturday evening"
    if (i < ceiling && (ctx.is(i, "morning") || ctx.is(i, "afternoon") || ctx.is(i, "evening") || ctx.is(i, "night")))
        ++i;
    return i >= ceiling || ctx.tok(i).kind == TokenKind::punct;
}

}  // namespace claimgraph::extract
