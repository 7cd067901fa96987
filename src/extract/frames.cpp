// The frames' shared steps (frames.h): a cue with its fixed continuations, the words between
// a cue and its content, a content's trimming and whether it reads as a clause, and the
// statement a frame found, its content's edges placed by the boundary model; where a content
// ends is read in content_end.cpp, relays in frame_relays.cpp.
#include "extract/frames.h"

#include "extract/bounds.h"
#include "extract/cue_readings.h"
#include "extract/figures.h"
#include "extract/lexicon.h"
#include "extract/speaker.h"
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
