// Speaker phrases (speaker_phrase.h): the phrase that ends before a verb or starts after
// a cue, and whether it can name who speaks; the subject before a verb is read in
// subject_phrase.cpp.
#include "extract/speaker_phrase.h"

#include <algorithm>

#include "extract/lexicon.h"
#include "extract/speaker_words.h"
#include "extract/word_set.h"
#include "util/text.h"

namespace claimgraph::extract {

namespace {

// Words that end a noun phrase when scanning: verbs, auxiliaries, clause words.
bool breaks_phrase(const Token& t) {
    if (!is_phrase_word(t)) return true;
    if (t.cap) return false;  // capitalised words are names, whatever they spell
    return is_auxiliary(t.lower) || is_subordinator(t.lower) || cue_verb(t.lower).has_value() ||
           is_pronoun_subject(t.lower) || t.lower == "with";  // "to meet with Devocht, who said"
}

// Tokens that may stand inside a phrase between its words.
bool joins_phrase(const Context& ctx, std::size_t i) {
    const Token& t = ctx.tok(i);
    if (is_possessive(t)) return true;
    if (t.kind == TokenKind::punct && (t.lower == "." || t.lower == "&"))
        return i > 0 && is_abbreviation(ctx.tok(i - 1));
    if (t.kind == TokenKind::word && !t.cap && (t.lower == "of" || t.lower == "for")) return true;
    // "and" joins like with like ("Finland and Sweden", "the mayor and the governor"), not
    // two clauses ("began on May 3 and Norway says")
    if (t.kind == TokenKind::word && !t.cap && t.lower == "and" && i > 0 && i + 1 < ctx.size()) {
        const Token& before = ctx.tok(i - 1);
        const Token& after = ctx.tok(i + 1);
        if (before.kind != TokenKind::word || is_time_word(before.lower) || after.kind != TokenKind::word) return false;
        return before.cap == after.cap || is_determiner(after.lower);
    }
    return false;
}

bool head_ok(const Token& t) {
    if (!is_phrase_word(t) || is_determiner(t.lower)) return false;
    // a capitalised function word opens a sentence; it names no one ("Or", "But")
    if (t.cap) return !(is_subordinator(t.lower) || is_preposition(t.lower) || is_auxiliary(t.lower));
    if (t.kind == TokenKind::punct && t.lower == "%") return true;  // "26% say …" (the sign a token of its own)
    const std::string& w = t.lower;
    if (is_pronoun_subject(w) || is_role_noun(w) || is_org_head(w) || is_collective_noun(w) || is_anonymous_noun(w) ||
        is_evidence_noun(w))
        return true;
    // plural agent nouns: farmers, economists, residents, politicians
    return w.ends_with('s') && is_agent_noun(w);
}

// "Many believe", "Some say", "Most think": a quantifier standing alone for people.
bool quantity_pronoun(const Context& ctx, Range r) {
    return r.size() == 1 && ctx.tok(r.first).kind == TokenKind::word && is_quantifier_pronoun(ctx.tok(r.first).lower);
}

// "about 40 percent", "over half", "around two-thirds", "nearly 4 in 10": a preposition
// that approximates the number or share after it.
bool approximate_quantity(const Context& ctx, std::size_t i) {
    static const WordSet kApproximators{"about", "around", "over", "under"};
    static const WordSet kShares{"half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "majority",
                                 "dozen", "dozens", "hundreds", "thousands"};
    if (!kApproximators.contains(ctx.tok(i).lower) || i + 1 >= ctx.size()) return false;
    std::size_t n = i + 1;
    if (ctx.is(n, "a") || ctx.is(n, "one")) ++n;  // "about a third", "over one-half"
    if (n >= ctx.size()) return false;
    const Token& t = ctx.tok(n);
    if (t.kind == TokenKind::number) return true;
    if (t.kind != TokenKind::word) return false;
    if (number_word(t.lower) || kShares.contains(t.lower)) return true;
    // "two-thirds", "Thirty-seven": a hyphenated number word
    const std::size_t dash = t.lower.find('-');
    return dash != std::string::npos && (number_word(t.lower.substr(0, dash)) || kShares.contains(t.lower.substr(dash + 1)));
}

// Drops leading prepositional time phrases ("On Tuesday the ministry" → "the ministry")
// and leading conjunctions.
Range trim_front(const Context& ctx, Range r) {
    while (!r.empty()) {
        const Token& t = ctx.tok(r.first);
        if (!t.cap && (t.lower == "and" || t.lower == "but" || t.lower == "of" || t.lower == "for")) {
            ++r.first;
            continue;
        }
        // a sentence opening with a conjunction or subordinator: "But media", "As Heald"
        if (t.cap && t.kind == TokenKind::word && r.size() > 1 && (is_subordinator(t.lower) || t.lower == "with")) {
            ++r.first;
            continue;
        }
        // (not a share: "About 40 percent said")
        if (is_preposition(t.lower) && r.size() > 2 && !approximate_quantity(ctx, r.first)) {
            std::size_t j = r.first + 1;
            while (j < r.last && (is_time_word(ctx.tok(j).lower) || ctx.tok(j).kind == TokenKind::number)) ++j;
            if (j > r.first + 1 && j < r.last) {
                r.first = j;
                continue;
            }
        }
        break;
    }
    return r;
}

}  // namespace

// The plain phrase (no apposition) that ends at `last` (exclusive).
std::optional<Range> phrase_ending_at(const Context& ctx, std::size_t floor, std::size_t last) {
    if (last <= floor) return std::nullopt;
    // "She chose the slogan and posted …": the verb shares the subject of an earlier clause
    if (const Token& t = ctx.tok(last - 1);
        t.kind == TokenKind::word && !t.cap && (t.lower == "and" || t.lower == "or"))
        return std::nullopt;
    std::size_t k = last;
    std::optional<std::size_t> conjunction;  // the last "and" passed
    std::optional<std::size_t> any_and;      // the same, inside a name too
    while (k > floor && last - k < kMaxPhraseTokens) {
        const std::size_t i = k - 1;
        if (ctx.in_quote(i)) break;
        if (joins_phrase(ctx, i)) {
            // (not inside a name: "the Center for Media and Public Affairs")
            if (ctx.is(i, "and") && !(i > 0 && ctx.tok(i - 1).cap && ctx.tok(i + 1).cap)) conjunction = i;
            if (ctx.is(i, "and")) any_and = i;
            --k;
            continue;
        }
        const Token& t = ctx.tok(i);
        // "Talks resumed in May and the ministry said": a verb before the "and" makes it
        // a clause's, and the phrase starts after it
        if (conjunction && t.kind == TokenKind::word && !t.cap && i + 1 < last &&
            is_past_form(t.lower) &&
            (is_preposition(ctx.tok(i + 1).lower) || is_determiner(ctx.tok(i + 1).lower))) {
            k = *conjunction + 1;
            break;
        }
        // a cue word after a determiner is a noun: "A report says …"
        const bool noun = i > floor && !t.cap && cue_verb(t.lower) && is_determiner(ctx.tok(i - 1).lower);
        // "A source familiar with the talks": who knows, not whom one met
        const bool familiar = t.lower == "with" && i > floor && ctx.is(i - 1, "familiar");
        // "artists, writers, actors and scientists": a list's commas are inside the phrase
        const bool listed = conjunction && ctx.is(i, ",") && i > floor && speaker_words::list_of_people(ctx, i - 1, last);
        if (breaks_phrase(t) && !noun && !familiar && !listed) {
            // a pronoun is a whole phrase on its own
            if (i + 1 == last && t.kind == TokenKind::word && is_pronoun_subject(t.lower)) k = i;
            break;
        }
        --k;
    }
    // "The player without a deal is director Gary Ross and The Hollywood Reporter are
    // reporting": a phrase after "is" is what the subject is, and the "and" opens a clause
    if (any_and && k > floor && k < *any_and && is_be_form(ctx.tok(k - 1).lower)) k = *any_and + 1;
    Range r = trim_front(ctx, {k, last});
    while (!r.empty() && (joins_phrase(ctx, r.first) || ctx.is(r.first, "and") || ctx.is(r.first, "but"))) ++r.first;
    if (r.empty() || !plausible_speaker(ctx, r)) return std::nullopt;
    return r;
}

std::optional<Range> phrase_after(const Context& ctx, std::size_t from, std::size_t ceiling) {
    // "said on Saturday", "said yesterday": the writer's time or place, not a speaker
    if (from < ceiling && !ctx.tok(from).cap &&
        (is_preposition(ctx.tok(from).lower) || is_time_word(ctx.tok(from).lower)))
        return std::nullopt;
    std::size_t k = from;
    while (k < ceiling && k - from < kMaxPhraseTokens) {
        if (ctx.in_quote(k)) break;
        const Token& t = ctx.tok(k);
        if (joins_phrase(ctx, k)) {
            // "of"/"for"/"and" only when a name or determiner follows
            if (t.kind == TokenKind::word && !is_possessive(t)) {
                if (k + 1 >= ceiling) break;
                const Token& n = ctx.tok(k + 1);
                // ("a handful of councillors": a noun that speaks)
                if (!(n.cap || is_determiner(n.lower) || (t.lower == "of" && head_ok(n)))) break;
            }
            ++k;
            continue;
        }
        const bool noun_first = k == from && (is_pronoun_subject(t.lower) || is_anonymous_noun(t.lower) ||
                                              is_evidence_noun(t.lower) || is_collective_noun(t.lower));
        if (breaks_phrase(t) && !noun_first) break;
        // a determiner right after a name opens the next phrase: "told host Sean Hannity a loss is …"
        if (k > from && t.kind == TokenKind::word && !t.cap && is_determiner(t.lower) && ctx.tok(k - 1).cap &&
            ctx.tok(k - 1).kind == TokenKind::word)
            break;
        if (!t.cap && (is_preposition(t.lower) || is_time_word(t.lower)) && k > from) break;
        // a verb after a name ends the name: "Trump revised his plan"
        if (k > from && !t.cap && t.kind == TokenKind::word && ctx.tok(k - 1).cap &&
            ctx.tok(k - 1).kind == TokenKind::word &&
            (is_past_form(t.lower) || cue_verb(t.lower)))
            break;
        ++k;
        if (k - 1 == from && is_pronoun_subject(t.lower)) break;
    }
    Range r{from, k};
    while (!r.empty() && (joins_phrase(ctx, r.last - 1) || is_determiner(ctx.tok(r.last - 1).lower))) --r.last;
    if (r.empty()) return std::nullopt;
    // apposition naming a description: "said the city's mayor, Hennadiy Trukhanov.", "says
    // Wise's dad, Darrin." (the name makes a speaker of any noun before it)
    if (r.last + 1 < ceiling && ctx.tok(r.last).lower == "," && !ctx.tok(r.last - 1).cap && ctx.tok(r.last + 1).cap &&
        ctx.tok(r.last - 1).kind == TokenKind::word) {
        std::size_t j = r.last + 1;
        while (j < ceiling && ctx.tok(j).cap && ctx.tok(j).kind == TokenKind::word && j - r.last < 5) ++j;
        // (where no head says so, only a name that ends the sentence: not "Andrew J." of
        // "another leading advocate, Andrew J. Pincus of the firm")
        const bool ends = j == ceiling || (ctx.is(j, ".") && !is_abbreviation(ctx.tok(j - 1)));
        if ((j == ceiling || ctx.tok(j).kind == TokenKind::punct) && (head_ok(ctx.tok(r.last - 1)) || ends))
            return Range{r.first, j};
    }
    if (!head_ok(ctx.tok(r.last - 1))) return std::nullopt;
    // apposition after a name: "said Jane Doe, a spokeswoman for the agency,", and without
    // its article ("said Elena Sadovskaya, head of the port authority.")
    const auto opens_apposition = [&](std::size_t i) {
        const Token& t = ctx.tok(i);
        if (is_determiner(t.lower)) return true;
        if (t.cap || t.kind != TokenKind::word) return false;
        std::size_t noun = i;
        while (noun + 1 < ceiling && noun - i < 3 && is_role_modifier(ctx.tok(noun).lower)) ++noun;
        return is_role_noun(ctx.tok(noun).lower) && !ctx.tok(noun).cap;
    };
    if (r.last + 1 < ceiling && ctx.tok(r.last).lower == "," && opens_apposition(r.last + 1) &&
        ctx.tok(r.last - 1).cap) {
        // (an abbreviation's full stop inside it: "a former aide to Mr. Clinton")
        const auto ends = [&](std::size_t i) {
            return ctx.tok(i).kind == TokenKind::punct && !(ctx.is(i, ".") && is_abbreviation(ctx.tok(i - 1)));
        };
        std::size_t j = r.last + 1;
        while (j < ceiling && !ends(j) && !ctx.in_quote(j) && j - r.last < kMaxPhraseTokens) ++j;
        // cut off by length ("a former senior adviser to Mr. Obama who is now …"): to the
        // last clause it opened, or "and" opening another description ("… George W. Bush and
        // a", "Mr. Trump and current"; not inside a name, "Center for Strategic and
        // International", or a noun, "building and construction"), else without a dangling
        // preposition
        if (j < ceiling && !ends(j) && !ctx.in_quote(j)) {
            for (std::size_t w = j; w-- > r.last + 4;)
                if (ctx.is(w, "who") || ctx.is(w, "whom") || ctx.is(w, "which") || ctx.is(w, "that") ||
                    ((ctx.is(w, "and") || ctx.is(w, "or")) &&
                     (is_determiner(ctx.tok(w + 1).lower) || (ctx.tok(w - 1).cap && !ctx.tok(w + 1).cap)))) {
                    j = w;
                    break;
                }
            while (j > r.last + 2 && !ctx.tok(j - 1).cap && (is_preposition(ctx.tok(j - 1).lower) ||
                                                             is_determiner(ctx.tok(j - 1).lower)))
                --j;
        }
        // (without its article, only where the frame ends after it: the sentence's end, or a
        // comma and a verb of speech or a quotation; "said Marcia Smith, senior vice
        // president, Teck wants …" goes on with the content)
        const bool article = is_determiner(ctx.tok(r.last + 1).lower);
        // (nor where a quotation follows, a title's: "author of “America's Bitter Pill,”")
        const bool titled = j < ctx.size() && (ctx.tok(j).kind == TokenKind::quote || ctx.in_quote(j));
        const bool closes =
            (j >= ceiling && !titled) || ctx.is(j, ".") ||
            (ctx.is(j, ",") && j + 1 < ceiling &&
             (ctx.tok(j + 1).kind == TokenKind::quote || (!ctx.tok(j + 1).cap && cue_verb(ctx.tok(j + 1).lower))));
        if (j > r.last + 2 && (article || closes)) r.last = j < ceiling && ctx.tok(j).lower == "," ? j + 1 : j;
    }
    return r;
}

bool strong_speaker(const Context& ctx, Range r) {
    std::size_t last = r.last;
    while (last > r.first && ctx.tok(last - 1).kind == TokenKind::punct) --last;
    if (last <= r.first) return false;
    if (head_ok(ctx.tok(last - 1)) || quantity_pronoun(ctx, {r.first, last})) return true;
    // "a spokesman for the port", "members of the board", "Republican voters in each
    // state": the head stands before the preposition that opens its modifier
    for (std::size_t i = r.first + 1; i < last; ++i)
        if (ctx.tok(i).kind == TokenKind::word && !ctx.tok(i).cap && is_preposition(ctx.tok(i).lower) &&
            head_ok(ctx.tok(i - 1)))
            return true;
    return false;
}

bool plausible_speaker(const Context& ctx, Range r) {
    std::size_t last = r.last;
    // "Lund, who spoke on Monday,": what a phrase set off by commas ends on is not its head
    if (r.size() > 2 && ctx.is(r.last - 1, ","))
        for (std::size_t c = r.first + 1; c + 1 < r.last; ++c)
            if (ctx.is(c, ",")) {
                last = c;
                break;
            }
    last = end_before_punct(ctx, {r.first, last});
    if (last <= r.first) return false;
    const Token& head = ctx.tok(last - 1);
    // "what Liz Wahl said": a free relative, whose content is elsewhere; "Having said that"
    const Token& opener = ctx.tok(r.first);
    if (opener.lower == "what" || (last - r.first == 1 && opener.lower.size() > 4 && opener.lower.ends_with("ing")))
        return false;
    // "In a Facebook message posted Friday": a phrase a preposition opens is where or when
    // (unless a name ends it, which speaker.h trims the circumstance from: "In a Monday
    // statement President Vale"); "About 40 percent of respondents", "Over half of voters":
    // a word of approximation before a quantity, no preposition
    if (last - r.first > 1 && opener.kind == TokenKind::word && is_preposition(opener.lower) && !head.cap &&
        !approximate_quantity(ctx, r.first))
        return false;
    // "tweets early Friday saying …": a day is when, not who
    // clang-format off
    static const char* const kDays[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                        "today", "yesterday", "tonight"};
    // clang-format on
    for (const char* d : kDays)
        if (head.lower == d) return false;
    if (head_ok(head) || quantity_pronoun(ctx, {r.first, last})) return true;
    // "Theresa May", "Will Smith": a capitalised word after a name is the name's, whatever
    // it spells on its own
    if (last - r.first >= 2 && head.cap && head.kind == TokenKind::word) {
        const Token& before = ctx.tok(last - 2);
        if (before.cap && before.kind == TokenKind::word && !is_preposition(before.lower) &&
            !is_auxiliary(before.lower) && !is_subordinator(before.lower) && !is_determiner(before.lower))
            return true;
    }
    // "4 in 10 said", "one in five say": a share of the people asked
    if (last - r.first >= 3 && speaker_words::share_ends_at(ctx, last - 1)) return true;
    // any noun heads a phrase that a determiner or a name opens ("the company", "Café owners")
    const Token& first = ctx.tok(r.first);
    return last - r.first >= 2 && (is_determiner(first.lower) || first.cap) && is_phrase_word(head) &&
           !is_preposition(head.lower) && !is_adverb_between(head.lower) && !is_time_word(head.lower);
}

}  // namespace claimgraph::extract
