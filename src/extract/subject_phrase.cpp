// The subject noun phrase before a verb (speaker_phrase.h: subject_before): adverbs and a
// month after a surname skipped, appositions with their commas, a name's suffix ("Jr.",
// "MD") kept with the name.
#include <algorithm>

#include "extract/lexicon.h"
#include "extract/speaker_phrase.h"
#include "extract/speaker_words.h"
#include "extract/word_set.h"
#include "util/text.h"

namespace claimgraph::extract {

namespace {

std::size_t skip_back_adverbs(const Context& ctx, std::size_t floor, std::size_t end) {
    while (end > floor && ctx.tok(end - 1).kind == TokenKind::word && !ctx.tok(end - 1).cap &&
           is_adverb_between(ctx.tok(end - 1).lower))
        --end;
    return end;
}

// "Theresa May said", "April Ryan said": a month right after a name is the name's end
// (a month a time phrase opens is not: "on May", "since May").
bool surname_month(const Context& ctx, std::size_t floor, std::size_t i) {
    static const WordSet kNameMonths{"may", "june", "april", "august"};
    if (!kNameMonths.contains(ctx.tok(i).lower) || i <= floor) return false;
    const Token& before = ctx.tok(i - 1);
    return before.kind == TokenKind::word && before.cap && !is_preposition(before.lower) &&
           !is_determiner(before.lower) && !is_time_word(before.lower) && before.lower != "last" &&
           before.lower != "early" && before.lower != "late";
}

// Steps back over what may stand between a subject and its verb: adverbs ("also"), a
// time phrase ("last week", "on Monday", "earlier this month") and a parenthesis
// ("Dianne Feinstein (D-Calif.) said").
std::size_t subject_end(const Context& ctx, std::size_t floor, std::size_t verb) {
    std::size_t end = skip_back_adverbs(ctx, floor, verb);
    // time phrase
    std::size_t j = end;
    if (j > floor && is_time_word(ctx.tok(j - 1).lower) && !ctx.tok(j - 1).cap) {
        --j;
        if (j > floor && (ctx.is(j - 1, "last") || ctx.is(j - 1, "this") || ctx.is(j - 1, "next"))) --j;
        if (j > floor && (ctx.is(j - 1, "earlier") || ctx.is(j - 1, "later"))) --j;
        end = skip_back_adverbs(ctx, floor, j);
    } else if (j > floor && ctx.tok(j - 1).cap && is_time_word(ctx.tok(j - 1).lower) &&
               !surname_month(ctx, floor, j - 1)) {  // "Monday", "on Monday"
        --j;
        if (j > floor && ctx.is(j - 1, "on")) --j;
        if (j > floor && ctx.tok(j - 1).kind == TokenKind::word) end = skip_back_adverbs(ctx, floor, j);
    }
    // an aside set off by commas: "Lund's campaign, for example, said", "The mayor, in
    // turn, said"
    if (end > floor + 3 && ctx.is(end - 1, ",")) {
        static const char* const kAsides[][2] = {{"for", "example"}, {"for", "instance"}, {"in", "turn"},
                                                 {"in", "response"}, {"by", "contrast"},  {"in", "contrast"},
                                                 {"however", ""},    {"meanwhile", ""},   {"too", ""},
                                                 {"though", ""},     {"in", "fact"},      {"of", "course"}};
        for (const auto& aside : kAsides) {
            const std::size_t n = aside[1][0] ? 2 : 1;
            const std::size_t at = end - 1 - n;
            if (at <= floor + 1 || !ctx.is(at - 1, ",") || !ctx.is(at, aside[0]) || (n == 2 && !ctx.is(at + 1, aside[1])))
                continue;
            end = at - 1;
            break;
        }
    }
    // a clause set off by dashes: "Neil Sroka, director of Port First - which has endorsed
    // Lund - said"
    if (end > floor + 3 && (ctx.is(end - 1, "-") || ctx.is(end - 1, "\u2014") || ctx.is(end - 1, "--"))) {
        std::size_t k = end - 1;
        while (k > floor && end - k < 40 && !ctx.is(k - 1, ctx.tok(end - 1).lower) && !ctx.in_quote(k - 1)) --k;
        if (k > floor + 1 && ctx.is(k - 1, ctx.tok(end - 1).lower)) end = k - 1;
    }
    // parenthesis
    if (end > floor + 2 && ctx.is(end - 1, ")")) {
        std::size_t k = end - 1;
        while (k > floor && !ctx.is(k - 1, "(") && end - k < 8) --k;
        if (k > floor + 1 && ctx.is(k - 1, "(")) end = k - 1;
    }
    return end;
}

}  // namespace

namespace {

// Every word of the range capitalized (a name; "of", "de" and the like aside).
bool all_capitalized(const Context& ctx, Range r) {
    bool any = false;
    for (std::size_t i = r.first; i < r.last; ++i) {
        const Token& t = ctx.tok(i);
        // (the full stop of an initial or a title: "Christopher M. Shelton", "Gen. Ivo Brel")
        if (t.lower == "." && i > r.first && ctx.tok(i - 1).cap &&
            (ctx.tok(i - 1).lower.size() == 1 || is_abbreviation(ctx.tok(i - 1))))
            continue;
        if (t.kind != TokenKind::word || is_possessive(t)) return false;
        if (t.cap)
            any = true;
        else if (!(t.lower == "of" || t.lower == "de" || t.lower == "van" || t.lower == "von" || t.lower == "al"))
            return false;
    }
    return any;
}

// "Sanders’ campaign manager", "Clinton's spokesman": a name's, then what the person is
// to it (lower-case words to the end of the range). A description, as "a combat veteran"
// is, though it opens on a capital.
bool possessive_description(const Context& ctx, Range r) {
    std::size_t i = r.first;
    while (i < r.last && ctx.tok(i).kind == TokenKind::word && ctx.tok(i).cap) ++i;
    if (i == r.first || i + 1 >= r.last) return false;
    const Token& mark = ctx.tok(i);
    const std::string& name = ctx.tok(i - 1).lower;
    const bool bare = (mark.lower == "\u2019" || mark.lower == "'") && !mark.space_before && name.ends_with('s');
    if (!is_possessive(mark) && !bare) return false;
    for (std::size_t k = i + 1; k < r.last; ++k)
        if (ctx.tok(k).kind != TokenKind::word || ctx.tok(k).cap) return false;
    return true;
}

// "MD", "M.D.", "Ph.D.", "Jr.": the range is a degree or suffix a name carries.
bool name_suffix(const Context& ctx, Range r) {
    std::string joined;
    for (std::size_t i = r.first; i < r.last; ++i) {
        const Token& t = ctx.tok(i);
        if (ctx.is(i, ".")) continue;
        if (t.kind != TokenKind::word || !t.cap) return false;
        for (char c : t.lower)
            if (c != '.') joined += c;
    }
    return !joined.empty() && is_name_suffix(joined);
}

// "Jorge Alsip, MD, the …", "Ana Reyes, M.D., Ph.D., …": a phrase that is a degree
// after a name's comma is that name's; `name` widened back to the name.
Range with_name_suffix(const Context& ctx, std::size_t floor, Range name) {
    // (a degree's letters before its stops: "Ph.D." read as "D.")
    const auto whole = [&](Range r) {
        while (r.first >= floor + 2 && ctx.is(r.first - 1, ".") && ctx.tok(r.first - 2).cap &&
               ctx.tok(r.first - 2).kind == TokenKind::word && ctx.tok(r.first - 2).lower.size() <= 2)
            r.first -= 2;
        return r;
    };
    Range part = whole(name);
    if (!name_suffix(ctx, part)) return name;
    while (name_suffix(ctx, part) && part.first > floor + 1 && ctx.is(part.first - 1, ",")) {
        const std::optional<Range> before = phrase_ending_at(ctx, floor, part.first - 1);
        if (!before || !ctx.tok(before->first).cap) break;
        part = whole(*before);
        name.first = part.first;
    }
    return name;
}

}  // namespace

std::optional<Range> subject_before(const Context& ctx, std::size_t floor, std::size_t verb) {
    const std::size_t end = subject_end(ctx, floor, verb);
    if (end <= floor) return std::nullopt;
    // apposition: "Todd Wilcox, a combat veteran, said"
    if (ctx.tok(end - 1).lower == ",") {
        std::size_t comma = end - 1;
        std::size_t j = comma;
        while (j > floor && ctx.tok(j - 1).lower != "," && comma - j < kMaxPhraseTokens) --j;
        // a relative clause may be longer than a description: "One attendee, who like others
        // spoke on the condition of anonymity to discuss the meeting, said"
        if (!(j > floor && ctx.tok(j - 1).lower == ",")) {
            std::size_t k = j;
            while (k > floor && ctx.tok(k - 1).lower != "," && comma - k < 2 * kMaxPhraseTokens && !ctx.in_quote(k - 1) &&
                   ctx.tok(k - 1).kind != TokenKind::quote && !ctx.is(k - 1, "."))
                --k;
            if (k > floor && ctx.is(k - 1, ",") && ctx.is(k, "who")) j = k;
        }
        if (j > floor && ctx.tok(j - 1).lower == "," && j < comma) {
            const Token& first = ctx.tok(j);
            const bool descriptive =
                !first.cap || is_determiner(first.lower) || possessive_description(ctx, {j, comma});
            auto name = phrase_ending_at(ctx, floor, j - 1);
            if (name) name = with_name_suffix(ctx, floor, *name);
            // a name of at most four capitalised words ending at the comma `at`, from which
            // the subject then runs to the verb
            const auto named_before = [&](std::size_t at) -> std::optional<Range> {
                if (auto named = phrase_ending_at(ctx, floor, at);
                    named && all_capitalized(ctx, *named) && named->last - named->first <= 4)
                    return Range{named->first, end};
                return std::nullopt;
            };
            // "Sen. Lindsey Graham, R-S.C., a long-shot candidate, said": the party and state
            // belong to the name before them
            if (name && name->first > floor + 1 && ctx.is(name->first - 1, ",") &&
                speaker_words::party_tag_at(ctx, *name))
                if (auto named = phrase_ending_at(ctx, floor, name->first - 1); named && ctx.tok(named->last - 1).cap)
                    name = Range{named->first, name->last};
            // a name's description, then a second description or a relative clause: the name
            // before the first speaks. "Ana Reyes, the attorney general of Veltria, one of the
            // states suing the agency, said", "J.J. Goldberg, editor at large of The Forward, an
            // influential newspaper, wrote" (each a noun phrase a determiner opens, not a
            // clause: "Dean, a former chairman, poked at Trump's sniffing, tweeting");
            // "Michael Mulgrew, president of the union, which represents the city's teachers,
            // said", "Ana Vale, head of the board, who …, said" (not the description, nor the
            // body it names)
            const bool second = is_determiner(first.lower) ||
                                (speaker_words::is_relative_pronoun(first.lower) && first.lower != "whom");
            if (second && name && name->first > floor + 1 && ctx.is(name->first - 1, ",") &&
                (is_determiner(ctx.tok(name->first).lower) || !ctx.tok(name->first).cap))
                if (auto subject = named_before(name->first - 1)) return subject;
            // "Ana Reyes, 58, a retired nurse, said": an age between the name and its description
            if (descriptive && is_determiner(first.lower) && j >= floor + 4 && ctx.is(j - 1, ",") &&
                ctx.tok(j - 2).kind == TokenKind::number && ctx.is(j - 3, ","))
                if (auto subject = named_before(j - 3)) return subject;
            if (descriptive && name && ctx.tok(name->last - 1).cap) return Range{name->first, end};
            // "The mayor, who spoke to reporters on Monday, said": a relative clause after a
            // description that speaks
            if (name && (first.lower == "who" || first.lower == "whose") && strong_speaker(ctx, *name))
                return Range{name->first, end};
            // "The mayor, speaking to reporters, said", "The minister, writing on Telegram,
            // said": an aside on how a speaker spoke (the word rules had found no statement)
            if (name && !first.cap && first.lower.size() > 4 && first.lower.ends_with("ing") &&
                !is_attributive_ing(first.lower) && plausible_speaker(ctx, *name))
                return Range{name->first, end};
            // ("One attendee, who …, said": "who" stands for a person, whatever the noun)
            if (name && first.lower == "who" && !first.cap && is_phrase_word(ctx.tok(name->last - 1)) &&
                plausible_speaker(ctx, *name))
                return Range{name->first, end};
            // "Mitch McConnell, R-Ky., said": a party and state after a name
            const bool party = first.cap && speaker_words::party_tag_at(ctx, {j, comma});
            if (party && name && ctx.tok(name->last - 1).cap) return Range{name->first, end};
            // "the harbour master, José Ortega, said": a description, then the name
            if (!descriptive && all_capitalized(ctx, {j, comma})) {
                auto desc = phrase_ending_at(ctx, floor, j - 1);
                // (or a name's: "Vale's lawyer, Tom Brel, said")
                bool whose = false;
                for (std::size_t p = desc ? desc->first + 1 : 0; desc && p + 1 < desc->last && !whose; ++p) {
                    if (!ctx.tok(p - 1).cap) break;
                    whose = is_possessive(ctx.tok(p));
                }
                // (the description may end on the body the role is of: "The chairman of the
                // Joint Port Board, Gen. Ivo Brel, asked"; one word after it is a place's,
                // "a pastor at the Church of Elizabeth, Colorado,")
                bool role_of = false;
                for (std::size_t p = desc ? desc->first + 1 : 0; desc && p + 1 < desc->last && !role_of; ++p)
                    role_of = !ctx.tok(p).cap && is_role_noun(ctx.tok(p).lower) &&
                              (ctx.is(p + 1, "of") || ctx.is(p + 1, "for") || ctx.is(p + 1, "at"));
                if (desc && (is_determiner(ctx.tok(desc->first).lower) || whose) &&
                    (!ctx.tok(desc->last - 1).cap || (role_of && comma >= j + 2)) &&
                    is_phrase_word(ctx.tok(desc->last - 1)) && !is_time_word(ctx.tok(desc->last - 1).lower))
                    return Range{desc->first, end};
            }
        }
        return std::nullopt;
    }
    auto r = phrase_ending_at(ctx, floor, end);
    if (r && r->first > floor) {
        // a subject follows a clause boundary, not a noun: "the attack officials said" is no subject
        const Token& before = ctx.tok(r->first - 1);
        if (is_phrase_word(before) && !is_subordinator(before.lower) && !is_preposition(before.lower) &&
            !cue_verb(before.lower) && !is_auxiliary(before.lower) && !is_adverb_between(before.lower))
            return std::nullopt;
    }
    return r;
}

std::size_t clause_verb(const Context& ctx, std::size_t from, std::size_t to) {
    std::size_t v = from + 1;
    while (v < to && !(ctx.tok(v).kind == TokenKind::word && !ctx.tok(v).cap && !is_determiner(ctx.tok(v - 1).lower) &&
                       is_past_form(ctx.tok(v).lower)))
        ++v;
    return std::min(v, to);
}

Range before_clause_verb(const Context& ctx, Range subject) {
    const std::size_t v = clause_verb(ctx, subject.first, subject.last);
    // (a name right before the participle may be its subject: "the spectacle of Mr.
    // Netanyahu denouncing")
    if (v >= subject.last || ctx.tok(subject.last - 1).cap) return subject;
    return {subject.first, skip_back_adverbs(ctx, subject.first + 1, v)};
}

}  // namespace claimgraph::extract
