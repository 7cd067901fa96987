#include "extract/speaker_phrase.h"

#include <algorithm>

#include "extract/lexicon.h"
#include "extract/word_set.h"
#include "util/text.h"

namespace claimgraph::extract {

namespace {

constexpr std::size_t kMaxPhrase = 12;

bool is_word(const Token& t) { return t.kind == TokenKind::word || t.kind == TokenKind::number; }

// Words that end a noun phrase when scanning: verbs, auxiliaries, clause words.
bool breaks_phrase(const Token& t) {
    if (!is_word(t)) return true;
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
    if (!is_word(t) || is_determiner(t.lower)) return false;
    // a capitalised function word opens a sentence; it names no one ("Or", "But")
    if (t.cap) return !(is_subordinator(t.lower) || is_preposition(t.lower) || is_auxiliary(t.lower));
    if (t.kind == TokenKind::number && t.lower.ends_with("%")) return true;  // "26% say …"
    const std::string& w = t.lower;
    if (is_pronoun_subject(w) || is_role_noun(w) || is_org_head(w) || is_collective_noun(w) || is_anonymous_noun(w) ||
        is_evidence_noun(w))
        return true;
    // plural agent nouns: farmers, economists, residents, politicians
    for (std::string_view suffix : {"ers", "ors", "ists", "ants", "ents", "ians", "ans"})
        if (w.size() > suffix.size() + 2 && w.ends_with(suffix)) return true;
    return false;
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
        if (is_preposition(t.lower) && r.size() > 2) {
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
    while (k > floor && last - k < kMaxPhrase) {
        const std::size_t i = k - 1;
        if (ctx.in_quote(i)) break;
        if (joins_phrase(ctx, i)) {
            // (not inside a name: "the Center for Media and Public Affairs")
            if (ctx.is(i, "and") && !(i > 0 && ctx.tok(i - 1).cap && ctx.tok(i + 1).cap)) conjunction = i;
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
        if (breaks_phrase(t) && !noun && !familiar) {
            // a pronoun is a whole phrase on its own
            if (i + 1 == last && t.kind == TokenKind::word && is_pronoun_subject(t.lower)) k = i;
            break;
        }
        --k;
    }
    Range r = trim_front(ctx, {k, last});
    while (!r.empty() && (joins_phrase(ctx, r.first) || ctx.is(r.first, "and") || ctx.is(r.first, "but"))) ++r.first;
    if (r.empty() || !plausible_speaker(ctx, r)) return std::nullopt;
    return r;
}

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
                                                  {"in", "response"}, {"by", "contrast"}, {"in", "contrast"},
                                                  {"however", ""},    {"meanwhile", ""},  {"too", ""},
                                                  {"though", ""}};
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
        while (j > floor && ctx.tok(j - 1).lower != "," && comma - j < kMaxPhrase) --j;
        // a relative clause may be longer than a description: "One attendee, who like others
        // spoke on the condition of anonymity to discuss the meeting, said"
        if (!(j > floor && ctx.tok(j - 1).lower == ",")) {
            std::size_t k = j;
            while (k > floor && ctx.tok(k - 1).lower != "," && comma - k < 2 * kMaxPhrase && !ctx.in_quote(k - 1) &&
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
            // two descriptions: "Ana Reyes, the attorney general of Veltria, one of the
            // states suing the agency, said": the name before the first
            // (each a noun phrase a determiner opens, not a clause: "Dean, a former chairman,
            // poked at Trump's sniffing, tweeting")
            if (is_determiner(first.lower) && name && is_determiner(ctx.tok(name->first).lower) &&
                name->first > floor + 1 && ctx.tok(name->first - 1).lower == ",")
                if (auto before = phrase_ending_at(ctx, floor, name->first - 1);
                    before && all_capitalized(ctx, *before) && before->last - before->first <= 4)
                    return Range{before->first, end};
            if (descriptive && name && ctx.tok(name->last - 1).cap) return Range{name->first, end};
            // "The mayor, who spoke to reporters on Monday, said": a relative clause after a
            // description that speaks
            if (name && (first.lower == "who" || first.lower == "whose") && strong_speaker(ctx, *name))
                return Range{name->first, end};
            // ("One attendee, who …, said": "who" stands for a person, whatever the noun)
            if (name && first.lower == "who" && !first.cap && is_word(ctx.tok(name->last - 1)) &&
                plausible_speaker(ctx, *name))
                return Range{name->first, end};
            // "Mitch McConnell, R-Ky., said": a party and state after a name
            const std::string& tag = ctx.tok(j).lower;
            const bool party = tag.size() >= 4 && (tag[0] == 'r' || tag[0] == 'd' || tag[0] == 'i') && tag[1] == '-' &&
                               first.cap && (comma == j + 1 || (comma == j + 2 && ctx.is(j + 1, ".")));
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
                if (desc && (is_determiner(ctx.tok(desc->first).lower) || whose) && !ctx.tok(desc->last - 1).cap &&
                    is_word(ctx.tok(desc->last - 1)) && !is_time_word(ctx.tok(desc->last - 1).lower))
                    return Range{desc->first, end};
            }
        }
        return std::nullopt;
    }
    auto r = phrase_ending_at(ctx, floor, end);
    if (r && r->first > floor) {
        // a subject follows a clause boundary, not a noun: "the attack officials said" is no subject
        const Token& before = ctx.tok(r->first - 1);
        if (is_word(before) && !is_subordinator(before.lower) && !is_preposition(before.lower) &&
            !cue_verb(before.lower) && !is_auxiliary(before.lower) && !is_adverb_between(before.lower))
            return std::nullopt;
    }
    return r;
}

std::optional<Range> phrase_after(const Context& ctx, std::size_t from, std::size_t ceiling) {
    // "said on Saturday", "said yesterday": the writer's time or place, not a speaker
    if (from < ceiling && !ctx.tok(from).cap &&
        (is_preposition(ctx.tok(from).lower) || is_time_word(ctx.tok(from).lower)))
        return std::nullopt;
    std::size_t k = from;
    while (k < ceiling && k - from < kMaxPhrase) {
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
    if (r.empty() || !head_ok(ctx.tok(r.last - 1))) return std::nullopt;
    // apposition naming a description: "said the city's mayor, Hennadiy Trukhanov."
    if (r.last + 1 < ceiling && ctx.tok(r.last).lower == "," && !ctx.tok(r.last - 1).cap && ctx.tok(r.last + 1).cap) {
        std::size_t j = r.last + 1;
        while (j < ceiling && ctx.tok(j).cap && ctx.tok(j).kind == TokenKind::word && j - r.last < 5) ++j;
        if (j == ceiling || ctx.tok(j).kind == TokenKind::punct) return Range{r.first, j};
    }
    // apposition after a name: "said Jane Doe, a spokeswoman for the agency,"
    if (r.last + 1 < ceiling && ctx.tok(r.last).lower == "," && is_determiner(ctx.tok(r.last + 1).lower) &&
        ctx.tok(r.last - 1).cap) {
        std::size_t j = r.last + 1;
        while (j < ceiling && ctx.tok(j).kind != TokenKind::punct && !ctx.in_quote(j) && j - r.last < kMaxPhrase) ++j;
        if (j > r.last + 2) r.last = j < ceiling && ctx.tok(j).lower == "," ? j + 1 : j;
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
    while (last > r.first && ctx.tok(last - 1).kind == TokenKind::punct) --last;
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
    // any noun heads a phrase that a determiner or a name opens ("the company", "Café owners")
    const Token& first = ctx.tok(r.first);
    return last - r.first >= 2 && (is_determiner(first.lower) || first.cap) && is_word(head) &&
           !is_preposition(head.lower) && !is_adverb_between(head.lower) && !is_time_word(head.lower);
}

}  // namespace claimgraph::extract
