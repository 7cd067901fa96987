// The words of a speaker phrase (speaker_words.h): names, titles, roles and acronyms.
#include "extract/speaker_words.h"

#include "extract/first_names.h"

#include <algorithm>
#include <cctype>

#include "extract/lexicon.h"
#include "extract/word_set.h"
#include "util/text.h"

namespace claimgraph::extract::speaker_words {

bool is_relative_pronoun(std::string_view w) { return w == "who" || w == "whom" || w == "whose" || w == "which"; }

// "officials" → "Officials": a common-noun source named as a listing shows it.
std::string capitalized(std::string name) {
    if (!name.empty()) name[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(name[0])));
    return name;
}

std::string join_tokens(const Context& ctx, std::size_t a, std::size_t b) {
    if (a >= b) return {};
    return text::normalize_name(ctx.slice({a, b}));
}

// Strips leading determiners and possessor phrases ("the country's health minister").
std::size_t skip_determiners(const Context& ctx, std::size_t a, std::size_t b) {
    // (a determiner that stands for the noun stays: "some of Clinton's allies", "those who
    // have sketched …", "his own supporters", and one with no noun after it: "both said")
    const auto pronoun = [&](std::size_t k) {
        return k + 1 == b || ctx.is(k + 1, "of") || ctx.is(k + 1, "own") || is_relative_pronoun(ctx.tok(k + 1).lower);
    };
    while (a < b && is_determiner(ctx.tok(a).lower) && !ctx.tok(a).cap && !pronoun(a)) ++a;
    if (a < b && is_determiner(ctx.tok(a).lower) && b - a > 1 && !pronoun(a)) ++a;  // sentence-initial "The"
    return a;
}

bool is_leading_adverb(std::string_view w) {
    // clang-format off
    static const WordSet kAdverbs{"today", "yesterday", "tonight", "now", "also", "earlier", "later",
                                  "recently", "overnight", "meanwhile", "then"};
    // clang-format on
    return in(kAdverbs, w);
}

bool is_title_word(const Token& t) {
    return is_role_noun(t.lower) || is_role_modifier(t.lower) || is_honorific(t.lower) ||
           (is_abbreviation(t) && t.lower.size() > 1);
}

Gender gender_of(const Context& ctx, std::size_t a, std::size_t b) {
    for (std::size_t i = a; i < b; ++i) {
        if (is_female_role(ctx.tok(i).lower)) return Gender::female;
        if (is_male_role(ctx.tok(i).lower)) return Gender::male;
    }
    return Gender::unknown;
}

// A word that may be a first name: capitalised, and no title, body or place.
bool first_name(const Token& t) {
    return t.cap && t.kind == TokenKind::word && !is_title_word(t) && !is_org_head(t.lower) && !is_place_name(t.lower);
}

bool is_initials(std::string_view w) {
    bool ok = !w.empty() && w.size() <= 6;
    for (std::size_t c = 0; ok && c < w.size(); ++c)
        ok = c % 2 == 1 ? w[c] == '.' : std::isalpha(static_cast<unsigned char>(w[c])) != 0;
    return ok;
}

// clang-format off
const WordSet kSentenceOpeners{"but", "and", "or", "so", "yet", "as", "when", "while", "after", "before",
                               "if", "because", "since", "although", "though", "in", "on", "at", "for",
                               "with", "by", "from", "meanwhile", "still", "instead", "however"};
// clang-format on

// Whether the text anywhere gives `lower_name` a first name or a title ("Donald Trump",
// "Mr. Trump"), so that a lone "Trump" is a person's name.
bool named_as_person(const Context& ctx, const std::string& lower_name) {
    if (!ctx.person_names) {
        ctx.person_names.emplace();
        for (std::size_t i = 1; i < ctx.size(); ++i) {
            const Token& t = ctx.tok(i);
            const Token& before = ctx.tok(i - 1);
            if (!t.cap || t.kind != TokenKind::word || before.paragraph != t.paragraph) continue;
            const bool title = is_honorific(before.lower) || is_role_noun(before.lower);
            const bool first = before.cap && before.kind == TokenKind::word && !is_title_word(before) &&
                               !is_determiner(before.lower) && !is_time_word(before.lower) &&
                               !is_leading_adverb(before.lower) && !is_org_head(before.lower) &&
                               !in(kSentenceOpeners, before.lower);
            if (title || first) ctx.person_names->insert(t.lower);
        }
    }
    return ctx.person_names->count(lower_name) > 0;
}

namespace {

// The bodies' words that are also surnames ("Richard Cross", "Frank Church").
const WordSet kBodySurnames{"cross", "church", "house", "bank", "court"};

}  // namespace

bool person_with_body_surname(std::string_view name) {
    const std::size_t sp = name.find(' ');
    if (sp == std::string_view::npos || name.find(' ', sp + 1) != std::string_view::npos) return false;
    return kBodySurnames.contains(text::lower(name.substr(sp + 1))) && first_name_gender(name) != Gender::unknown;
}

bool person_with_body_surname(const Context& ctx, std::size_t a, std::size_t b) {
    return b == a + 2 && b <= ctx.size() && ctx.tok(a).paragraph == ctx.tok(b - 1).paragraph &&
           person_with_body_surname(join_tokens(ctx, a, b));
}

bool named_by_body_surname(const Context& ctx, std::string_view name) {
    return name.find(' ') == std::string_view::npos ? body_word_as_surname(ctx, text::lower(name))
                                                    : person_with_body_surname(name);
}

bool body_word_as_surname(const Context& ctx, std::string_view lower) {
    if (!kBodySurnames.contains(lower)) return false;
    if (!ctx.body_surnames) {  // (read once: a scan for each speaker would be quadratic)
        ctx.body_surnames.emplace();
        for (std::size_t i = 1; i < ctx.size(); ++i)
            if (ctx.tok(i).cap && kBodySurnames.contains(ctx.tok(i).lower) &&
                person_with_body_surname(ctx, i - 1, i + 1))
                ctx.body_surnames->insert(ctx.tok(i).lower);
    }
    return ctx.body_surnames->count(std::string(lower)) > 0;
}

bool party_tag_at(const Context& ctx, Range r) {
    if (r.empty() || r.size() > 5 || !ctx.tok(r.first).cap) return false;
    std::string joined;
    for (std::size_t i = r.first; i < r.last; ++i)
        if (!ctx.is(i, ")")) joined += ctx.tok(i).lower;
    std::erase(joined, '.');
    return is_party_tag(joined);
}

// Two to six capital letters ("HP", "NATO"), not a title ("MP", "CEO", "Dr") and not a
// name the text gives a first name ("TRUMP:" in a transcript that names Donald Trump).
bool is_acronym(const Context& ctx, const Token& t) {
    const std::string_view s = ctx.text.substr(t.start, t.end - t.start);
    if (s.size() < 2 || s.size() > 6) return false;
    for (char c : s)
        if (c < 'A' || c > 'Z') return false;
    return !is_role_noun(t.lower) && !is_honorific(t.lower) && !is_role_modifier(t.lower) &&
           !named_as_person(ctx, t.lower);
}

std::size_t name_after_description(const Context& ctx, std::size_t a, std::size_t before, std::size_t comma,
                                   std::size_t b) {
    std::size_t run = before + 1;  // the name the description ends on
    while (run > a && ((ctx.tok(run - 1).cap && ctx.tok(run - 1).kind == TokenKind::word) ||
                       (ctx.is(run - 1, ".") && run - 1 > a && ctx.tok(run - 2).cap)))
        --run;
    if (run <= a + 1) return 0;
    bool role_before = false;
    for (std::size_t k = a; k + 1 < run; ++k) {
        const std::string& w = ctx.tok(k).lower;
        if (ctx.tok(k).kind == TokenKind::punct) return 0;  // a list
        role_before = role_before || (!ctx.tok(k).cap && is_role_noun(w) && (!w.ends_with('s') || w.ends_with("ss")));
    }
    const Token& joint = ctx.tok(run - 1);
    if (!role_before || joint.kind != TokenKind::word || joint.cap || is_role_noun(joint.lower) ||
        is_role_modifier(joint.lower))
        return 0;
    // the name: two capitalised words or more, after a title ("Gen. Joseph F. Dunford Jr."),
    // with an initial's full stop and a suffix
    std::size_t n = comma + 1;
    while (n + 1 < b && ctx.tok(n).cap && is_title_word(ctx.tok(n))) n += ctx.is(n + 1, ".") ? 2 : 1;
    const std::size_t first = n;
    while (n < b && ((ctx.tok(n).cap && ctx.tok(n).kind == TokenKind::word && !is_title_word(ctx.tok(n))) ||
                     (ctx.is(n, ".") && n > first && ctx.tok(n - 1).lower.size() == 1 && ctx.tok(n - 1).cap)))
        ++n;
    if (n < b && n >= first + 2 && is_name_suffix(ctx.tok(n).lower)) n += ctx.is(n + 1, ".") ? 2 : 1;
    const bool named =
        n >= first + 2 && (n == b || ctx.is(n, ",") || ctx.is(n, "of") || ctx.is(n, "from") || ctx.is(n, "at"));
    return named ? n : 0;
}

namespace {

// A word after which "-ing" is a verb's or an adjective's: an auxiliary, a negation, a
// degree ("isn't kowtowing", "we're focusing", "more accommodating").
bool verb_or_degree(const std::string& w) {
    return is_auxiliary(w) || w == "not" || is_negated_auxiliary(w) || w.ends_with("'re") ||
           w.ends_with("\u2019re") || w == "more" || w == "most" || w == "less" || w == "very" || w == "so" ||
           w == "too";
}

}  // namespace

// Whether the words at `k` list a group's members or examples ("including Gov. Chris
// Christie", "such as Ted Cruz", "like Gary Clyde Hufbauer", "among them the mayor").
bool lists_examples(const Context& ctx, std::size_t k) {
    const std::string& w = ctx.tok(k).lower;
    return w == "including" || w == "notably" || w == "especially" || w == "among" || w == "like" ||
           (w == "such" && k + 1 < ctx.size() && ctx.is(k + 1, "as"));
}

// The "(" of a bracket that closes right before `end` and opens after `floor` ("Elijah
// Cummings (D-Md.)"), else `floor`.
std::size_t opening_bracket(const Context& ctx, std::size_t floor, std::size_t end) {
    if (end <= floor + 2 || !ctx.is(end - 1, ")")) return floor;
    for (std::size_t k = end - 1; k > floor; --k)
        if (ctx.is(k - 1, "(")) return k - 1;
    return floor;
}

// Where a participle opens what is said of the noun before it ("Democrats supporting Mrs.
// Clinton", "voters in six states going to the polls", "people collecting Social
// Security"), in [from, to): who speaks is the noun, not whom the participle's words
// name; `to` when none does. The participle follows a word that is no determiner, and
// its object, a preposition or "to" follows it ("the lobbying firms", "exit polling data"
// are compounds).
std::size_t participle_after_noun(const Context& ctx, std::size_t from, std::size_t to) {
    for (std::size_t k = from + 1; k + 1 < to; ++k) {
        const Token& t = ctx.tok(k);
        if (t.kind != TokenKind::word || t.cap || t.lower.size() < 5 || !t.lower.ends_with("ing") ||
            is_attributive_ing(t.lower))
            continue;
        const Token& before = ctx.tok(k - 1);
        const Token& next = ctx.tok(k + 1);
        // (nor a verb's: "Zucker isn't kowtowing to", "more accommodating to")
        if (before.kind != TokenKind::word || is_determiner(before.lower) || is_preposition(before.lower) ||
            is_possessive(before) || verb_or_degree(before.lower))
            continue;
        if (next.kind == TokenKind::word &&
            (next.cap || is_determiner(next.lower) || is_preposition(next.lower) || next.lower == "to"))
            return k;
    }
    return to;
}

std::size_t time_after_noun(const Context& ctx, std::size_t from, std::size_t to) {
    std::size_t k = to;
    while (k > from + 2 && ctx.tok(k - 1).kind == TokenKind::word && is_time_word(ctx.tok(k - 1).lower)) --k;
    if (k == to) return to;
    const Token& t = ctx.tok(k - 1);
    const bool introduced =
        t.kind == TokenKind::word && !t.cap && (t.lower == "out" || (t.lower.size() > 4 && t.lower.ends_with("ed")));
    // (the noun before it is in lower case: "poll", "survey", "report")
    return introduced && !ctx.tok(k - 2).cap && ctx.tok(k - 2).kind == TokenKind::word ? k - 1 : to;
}

// Token k is a name a form of address opens ("King" of "Mr. King", "Mr" "." "King"), no
// earlier than `floor`.
bool addressed(const Context& ctx, std::size_t floor, std::size_t k) {
    std::size_t a = k;
    if (a > floor && ctx.is(a - 1, ".")) --a;
    if (a <= floor) return false;
    return is_honorific(without_full_stop(ctx.tok(a - 1).lower));
}


// Whether tokens [a, b) are a list of groups of people, three or more, the last after "and"
// or "or": "artists, writers, actors and scientists", "A group of port artists, writers
// and scientists". Each item after the first is one to three words and ends on a plural
// noun for people; the first may be longer ("A group of 67 port artists").
bool list_of_people(const Context& ctx, std::size_t a, std::size_t b) {
    const auto item = [&](std::size_t from, std::size_t to) {
        if (to <= from || to - from > 3 || !is_people_plural(ctx.tok(to - 1).lower)) return false;
        for (std::size_t i = from; i < to; ++i)
            if (ctx.tok(i).kind != TokenKind::word || is_determiner(ctx.tok(i).lower)) return false;
        return true;
    };
    // the conjunction before the last item
    std::size_t k = b;
    while (k > a && !(ctx.is(k - 1, "and") || ctx.is(k - 1, "or"))) --k;
    if (k <= a || !item(k, b)) return false;
    std::size_t end = k - 1;  // the end of the item before it
    if (end > a && ctx.is(end - 1, ",")) --end;  // (a serial comma: "writers, and scientists")
    std::size_t items = 1;
    for (;;) {
        std::size_t c = end;
        while (c > a && !ctx.is(c - 1, ",")) --c;
        if (c <= a) break;  // [a, end) is the first item
        if (!item(c, end)) return false;
        ++items;
        end = c - 1;
    }
    return items >= 2 && end > a && ctx.tok(end - 1).kind == TokenKind::word &&
           is_people_plural(ctx.tok(end - 1).lower);
}


// Where a time phrase that ends tokens (a, b) starts ("on Wednesday", "late Thursday
// night", "last week"), or `b`: time words after "on", "last", "this", "late", "early" or
// "next" ("Theresa May" and "April Ryan" have none before the month), in a phrase with no
// aside set off by commas.
std::size_t time_phrase_start(const Context& ctx, std::size_t a, std::size_t b) {
    static const WordSet kOpeners{"on", "last", "this", "late", "early", "next"};
    std::size_t t = b;
    while (t > a + 1 && is_time_word(ctx.tok(t - 1).lower)) --t;
    if (t == b) return b;
    // (an aside's time stays with its words: "Lund, who met reporters on Monday,")
    for (std::size_t k = a; k < t; ++k)
        if (ctx.is(k, ",")) return b;
    if (in(kOpeners, ctx.tok(t).lower)) return t;  // ("last week")
    return t > a + 1 && in(kOpeners, ctx.tok(t - 1).lower) ? t - 1 : b;
}

// A document's author speaks for it ("President Vale's announcement", "a message from the
// Commission"): `sp` takes the name, type, role and body the author's words give, and
// keeps the whole phrase as the words written.
void speaks_as_author(const Context& ctx, Range author_words, SpeakerPhrase& sp) {
    const SpeakerPhrase author = parse_speaker(ctx, author_words);
    sp.mention.name = author.mention.name;
    sp.mention.type = author.mention.type;
    sp.mention.role = author.mention.role;
    sp.mention.organization = author.mention.organization;
    sp.gender = author.gender;
    // "a survey by Edison Research", "a poll by Harbour Analytics": a maker of documents
    // named after its work is a body, not a person of that name
    static const WordSet kWork{"research", "analytics", "associates", "partners", "strategies", "consulting"};
    if (const Token& last = ctx.tok(author_words.last - 1);
        sp.mention.type == SourceType::person && author_words.size() >= 2 && last.cap &&
        (kWork.contains(last.lower) || is_evidence_noun(last.lower)) && ctx.tok(author_words.last - 2).cap) {
        sp.mention.type = SourceType::organization;
        sp.mention.role.clear();
    }
}

bool share_ends_at(const Context& ctx, std::size_t k) {
    const auto number = [&](std::size_t n) {
        return ctx.tok(n).kind == TokenKind::number || number_word(ctx.tok(n).lower).has_value();
    };
    return k >= 2 && k < ctx.size() && ctx.is(k - 1, "in") && number(k) && number(k - 2);
}

std::size_t group_head(const Context& ctx, std::size_t core, std::size_t name_b) {
    for (std::size_t k = core + 1; k + 1 < name_b; ++k) {
        // ("4 in 10 Republican voters in each state", "one in five": a share, not the
        // phrase's preposition)
        if (share_ends_at(ctx, k + 1)) {
            ++k;
            continue;
        }
        // ("Users across the country", "residents near the plant" too; not "about 4 in 10",
        // nor "a poll conducted by voters in …")
        if (!ctx.tok(k).cap && is_preposition(ctx.tok(k).lower) && !ctx.is(k, "about") && !ctx.is(k, "by")) {
            // ("footage of Trump saying": who is shown speaks)
            const Token& before = ctx.tok(k - 1);
            const bool group = is_collective_noun(before.lower) || is_people_plural(before.lower);
            if ((!before.cap || k - 1 == core) && group && !is_evidence_noun(before.lower)) return k - 1;
            break;
        }
    }
    return name_b - 1;
}

// "the groups who wrote to her": a relative clause says which, and names no one ("those
// who …" stays whole: the determiner is the noun).
std::size_t before_relative_clause(const Context& ctx, std::size_t from, std::size_t to) {
    for (std::size_t k = from + 1; k + 1 < to; ++k)
        if (!ctx.tok(k).cap && (ctx.is(k, "who") || ctx.is(k, "whose")) && !is_determiner(ctx.tok(k - 1).lower))
            return k;
    return to;
}

}  // namespace claimgraph::extract::speaker_words
