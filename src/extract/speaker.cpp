#include "extract/speaker.h"

#include <algorithm>

#include "extract/lexicon.h"
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
    if (is_pronoun_subject(w) || is_role_noun(w) || is_org_head(w) || is_collective_noun(w) ||
        is_anonymous_noun(w) || is_evidence_noun(w))
        return true;
    // plural agent nouns: farmers, economists, residents, politicians
    for (std::string_view suffix : {"ers", "ors", "ists", "ants", "ents", "ians", "ans"})
        if (w.size() > suffix.size() + 2 && w.ends_with(suffix)) return true;
    return false;
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

// The plain phrase (no apposition) that ends at `last` (exclusive).
std::optional<Range> phrase_ending_at(const Context& ctx, std::size_t floor, std::size_t last) {
    if (last <= floor) return std::nullopt;
    // "She chose the slogan and posted …": the verb shares the subject of an earlier clause
    if (const Token& t = ctx.tok(last - 1); t.kind == TokenKind::word && !t.cap && (t.lower == "and" || t.lower == "or"))
        return std::nullopt;
    std::size_t k = last;
    while (k > floor && last - k < kMaxPhrase) {
        const std::size_t i = k - 1;
        if (ctx.in_quote(i)) break;
        if (joins_phrase(ctx, i)) {
            --k;
            continue;
        }
        const Token& t = ctx.tok(i);
        // a cue word after a determiner is a noun: "A report says …"
        const bool noun = i > floor && !t.cap && cue_verb(t.lower) && is_determiner(ctx.tok(i - 1).lower);
        if (breaks_phrase(t) && !noun) {
            // a pronoun is a whole phrase on its own
            if (i + 1 == last && t.kind == TokenKind::word && is_pronoun_subject(t.lower)) k = i;
            break;
        }
        --k;
    }
    Range r = trim_front(ctx, {k, last});
    while (!r.empty() && joins_phrase(ctx, r.first)) ++r.first;
    if (r.empty() || !plausible_speaker(ctx, r)) return std::nullopt;
    return r;
}

}  // namespace

namespace {

std::size_t skip_back_adverbs(const Context& ctx, std::size_t floor, std::size_t end) {
    while (end > floor && ctx.tok(end - 1).kind == TokenKind::word && !ctx.tok(end - 1).cap &&
           is_adverb_between(ctx.tok(end - 1).lower))
        --end;
    return end;
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
    } else if (j > floor && ctx.tok(j - 1).cap && is_time_word(ctx.tok(j - 1).lower)) {  // "Monday", "on Monday"
        --j;
        if (j > floor && ctx.is(j - 1, "on")) --j;
        if (j > floor && ctx.tok(j - 1).kind == TokenKind::word) end = skip_back_adverbs(ctx, floor, j);
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
        if (t.cap) any = true;
        else if (!(t.lower == "of" || t.lower == "de" || t.lower == "van" || t.lower == "von" || t.lower == "al"))
            return false;
    }
    return any;
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
        if (j > floor && ctx.tok(j - 1).lower == "," && j < comma) {
            const Token& first = ctx.tok(j);
            const bool descriptive = !first.cap || is_determiner(first.lower);
            auto name = phrase_ending_at(ctx, floor, j - 1);
            if (descriptive && name && ctx.tok(name->last - 1).cap) return Range{name->first, end};
            // "the harbour master, José Ortega, said": a description, then the name
            if (!descriptive && all_capitalized(ctx, {j, comma})) {
                auto desc = phrase_ending_at(ctx, floor, j - 1);
                if (desc && is_determiner(ctx.tok(desc->first).lower) && !ctx.tok(desc->last - 1).cap &&
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
    if (from < ceiling && !ctx.tok(from).cap && (is_preposition(ctx.tok(from).lower) || is_time_word(ctx.tok(from).lower)))
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
                if (!(n.cap || is_determiner(n.lower))) break;
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
            (is_irregular_past(t.lower) || (t.lower.size() > 4 && t.lower.ends_with("ed")) || cue_verb(t.lower)))
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
    if (head_ok(ctx.tok(last - 1))) return true;
    // "a spokesman for the port", "members of the board": the head stands before of/for
    for (std::size_t i = r.first + 1; i < last; ++i)
        if ((ctx.is(i, "of") || ctx.is(i, "for")) && head_ok(ctx.tok(i - 1))) return true;
    return false;
}

bool plausible_speaker(const Context& ctx, Range r) {
    std::size_t last = r.last;
    while (last > r.first && ctx.tok(last - 1).kind == TokenKind::punct) --last;
    if (last <= r.first) return false;
    const Token& head = ctx.tok(last - 1);
    // "what Liz Wahl said": a free relative, whose content is elsewhere; "Having said that"
    const Token& opener = ctx.tok(r.first);
    if (opener.lower == "what" || (last - r.first == 1 && opener.lower.size() > 4 && opener.lower.ends_with("ing")))
        return false;
    if (head_ok(head)) return true;
    // any noun heads a phrase that a determiner or a name opens ("the company", "Café owners")
    const Token& first = ctx.tok(r.first);
    return last - r.first >= 2 && (is_determiner(first.lower) || first.cap) && is_word(head) &&
           !is_preposition(head.lower) && !is_adverb_between(head.lower) && !is_time_word(head.lower);
}

namespace {

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
    while (a < b && is_determiner(ctx.tok(a).lower) && !ctx.tok(a).cap) ++a;
    if (a < b && is_determiner(ctx.tok(a).lower) && b - a > 1) ++a;  // sentence-initial "The"
    return a;
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

void parse_name_role(const Context& ctx, std::size_t a, std::size_t b, SpeakerPhrase& sp) {
    // the trailing run of capitalised non-title words is the name
    std::size_t n = b;
    while (n > a) {
        const Token& t = ctx.tok(n - 1);
        // an initial's full stop belongs to the name ("John F. Kennedy"), an honorific's does not ("Mr. Hale")
        const bool name_word = (t.cap && t.kind == TokenKind::word && !is_title_word(t) && !is_org_head(t.lower)) ||
                               (t.lower == "." && n - 1 > a && is_abbreviation(ctx.tok(n - 2)) && ctx.tok(n - 2).cap &&
                                !is_title_word(ctx.tok(n - 2)));
        if (!name_word) break;
        --n;
    }
    // "Governor of Washington Chris Gregoire", "director of the Council on Public Affairs Dana
    // Brooks": after "of"/"on"/"for" the run holds the body, then the name (its last two words)
    if (b - n >= 3 && n > a && !ctx.tok(n - 1).cap &&
        (ctx.is(n - 1, "of") || ctx.is(n - 1, "on") || ctx.is(n - 1, "for") || ctx.is(n - 1, "at")))
        n = b - 2;
    SourceMention& m = sp.mention;
    m.name = join_tokens(ctx, n, b);
    // title words before the name form the role; the words before those, when they
    // name a body ("Foreign Ministry"), are the organisation
    std::size_t r = n;
    while (r > a && (is_title_word(ctx.tok(r - 1)) || ctx.tok(r - 1).cap) && !is_org_head(ctx.tok(r - 1).lower) &&
           !is_possessive(ctx.tok(r - 1)))
        --r;
    bool org = false;
    for (std::size_t i = a; i < r; ++i) org = org || is_org_head(ctx.tok(i).lower);
    std::size_t role_from = r;
    if (org) {
        std::size_t org_from = a;
        while (org_from < r && !ctx.tok(org_from).cap) ++org_from;  // "the country's" stays out
        // "CEO of the Refugee Council Enver Solomon": the title before "of" is the role
        std::size_t title_end = org_from;
        while (title_end < r && is_title_word(ctx.tok(title_end))) ++title_end;
        if (title_end > org_from && title_end < r && ctx.is(title_end, "of")) {
            std::size_t body = skip_determiners(ctx, title_end + 1, r);
            if (body < r) {
                m.organization = join_tokens(ctx, body, r);
                m.role = join_tokens(ctx, org_from, title_end);
                return;
            }
        }
        m.organization = join_tokens(ctx, org_from, r);
    } else {
        role_from = a;
        // possessors such as "the country's" are context, not role
        for (std::size_t i = a; i < n; ++i)
            if (is_possessive(ctx.tok(i))) role_from = i + 1;
    }
    m.role = join_tokens(ctx, role_from, n);
    if (!m.role.empty() && m.role.size() == m.name.size()) m.role.clear();
}

}  // namespace

SpeakerPhrase parse_speaker(const Context& ctx, Range r) {
    SpeakerPhrase sp;
    sp.mention.span = ctx.span(r);
    sp.mention.text = std::string(ctx.slice(r));
    std::size_t b = r.last;
    while (b > r.first && ctx.tok(b - 1).kind == TokenKind::punct) --b;
    std::size_t a = r.first;

    // apposition: split at the first comma into name part and description part
    std::size_t comma = a;
    while (comma < b && ctx.tok(comma).lower != ",") ++comma;
    std::size_t name_a = a, name_b = b, desc_a = b, desc_b = b;
    if (comma < b) {
        const bool first_is_name = ctx.tok(comma - 1).cap;
        if (first_is_name) {
            name_b = comma;
            desc_a = comma + 1;
        } else {
            desc_a = a;
            desc_b = comma;
            name_a = comma + 1;
        }
    }
    // "a leaked memo seen by Channel 9": the memo speaks; who saw it is context
    for (std::size_t i = name_a + 1; i + 1 < name_b; ++i)
        if (ctx.is(i + 1, "by") && (ctx.is(i, "seen") || ctx.is(i, "obtained") || ctx.is(i, "reviewed") ||
                                    ctx.is(i, "published") || ctx.is(i, "released"))) {
            name_b = i;
            break;
        }
    const Token& head = ctx.tok(name_b - 1);
    sp.head = head.lower;
    sp.gender = gender_of(ctx, a, b);
    const std::string lower_all = text::lower(text::normalize_name(ctx.slice({name_a, name_b})));
    const std::size_t core = skip_determiners(ctx, name_a, name_b);
    const std::string lower_core = text::lower(join_tokens(ctx, core, name_b));
    SourceMention& m = sp.mention;

    if (name_b - name_a == 1 && is_pronoun_subject(head.lower)) {
        sp.needs_resolution = true;
        sp.plural = head.lower == "they" || head.lower == "we";
        m.type = head.lower == "it" ? SourceType::organization : sp.plural ? SourceType::collective : SourceType::person;
        sp.gender = head.lower == "she" ? Gender::female : head.lower == "he" ? Gender::male : Gender::unknown;
        m.name = m.text;
        return sp;
    }
    // "Peter Lang of The Harbour Times": a person named with the body they write or speak for
    for (std::size_t i = core + 2; i + 1 < name_b && i <= core + 3; ++i) {
        if (!ctx.is(i, "of")) continue;
        bool person = true;
        for (std::size_t j = core; j < i; ++j) {
            const Token& t = ctx.tok(j);
            person = person && t.cap && t.kind == TokenKind::word && !is_title_word(t) && !is_org_head(t.lower) &&
                     !is_place_name(t.lower) && !is_publication_head(t.lower);
        }
        const std::size_t body = skip_determiners(ctx, i + 1, name_b);
        const std::string body_lower = text::lower(join_tokens(ctx, body, name_b));
        const Token& body_head = ctx.tok(name_b - 1);
        if (!person || body >= name_b || !ctx.tok(body).cap) break;
        if (is_publication_head(body_head.lower) || is_org_head(body_head.lower) || known_outlet(body_lower) ||
            known_agency(body_lower)) {
            m.type = SourceType::person;
            m.name = join_tokens(ctx, core, i);
            m.organization = join_tokens(ctx, body, name_b);
            return sp;
        }
        break;
    }
    if (auto agency = known_agency(lower_all); agency || (agency = known_agency(lower_core))) {
        m.type = SourceType::agency;
        m.name = std::string(*agency);
        return sp;
    }
    if (auto outlet = known_outlet(lower_all); outlet || (outlet = known_outlet(lower_core))) {
        m.type = SourceType::outlet;
        m.name = std::string(*outlet);
        return sp;
    }
    // "the Baltic Record", "the Metro Ledger": a capitalised publication name
    if (head.cap && core < name_b && ctx.tok(core).cap && is_publication_head(head.lower)) {
        m.type = SourceType::outlet;
        m.name = join_tokens(ctx, core, name_b);
        return sp;
    }
    bool any_cap = false, org_head = false, agency_word = false;
    for (std::size_t i = core; i < name_b; ++i) {
        any_cap = any_cap || (ctx.tok(i).cap && !is_determiner(ctx.tok(i).lower));
        org_head = org_head || is_org_head(ctx.tok(i).lower);
        agency_word = agency_word || ctx.tok(i).lower == "agency" || ctx.tok(i).lower == "wire";
    }
    const bool definite = !any_cap || (core > name_a && !ctx.tok(core).cap);
    if (agency_word && (head.lower == "agency" || head.lower == "service")) {
        m.type = SourceType::agency;
        m.name = join_tokens(ctx, core, name_b);
        // "Yonhap news agency", "the Xinhua news agency": the agency's own name
        std::size_t bare = name_b - 1;
        while (bare > core && (ctx.is(bare - 1, "news") || ctx.is(bare - 1, "state") || ctx.is(bare - 1, "wire"))) --bare;
        if (bare > core)
            if (auto known = known_agency(text::lower(join_tokens(ctx, core, bare)))) m.name = std::string(*known);
        sp.needs_resolution = !any_cap && ctx.tok(name_a).lower == "the";
        return sp;
    }
    if (is_evidence_noun(head.lower) && (!head.cap || name_b - core == 1) && !is_collective_noun(head.lower)) {
        // "a leaked memo", "the report": a document whose author the text does not name
        m.type = SourceType::anonymous;
        m.name = capitalized(join_tokens(ctx, core, name_b));
        sp.needs_resolution = false;
        return sp;
    }
    if (is_collective_noun(head.lower) || (is_anonymous_noun(head.lower) && !head.cap)) {
        const bool modified = name_b - core > 1;
        m.type = is_anonymous_noun(head.lower) && !modified ? SourceType::anonymous
                 : is_anonymous_noun(head.lower) && ctx.tok(core).lower != "local" && !any_cap
                     ? SourceType::anonymous
                     : SourceType::collective;
        sp.plural = head.lower.back() == 's' || head.lower == "police" || head.lower == "media";
        m.name = capitalized(join_tokens(ctx, core, name_b));
        return sp;
    }
    if (org_head && head.cap && is_org_head(head.lower)) {
        m.type = SourceType::organization;
        m.name = join_tokens(ctx, core, name_b);
        return sp;
    }
    if (definite && (is_org_head(head.lower) || is_role_noun(head.lower))) {
        // "the ministry", "the governor": resolved against earlier mentions
        m.type = is_org_head(head.lower) ? SourceType::organization : SourceType::person;
        sp.needs_resolution = ctx.tok(name_a).lower == "the" || ctx.tok(name_a).lower == "this";
        m.name = join_tokens(ctx, core, name_b);
        m.role = m.type == SourceType::person ? m.name : std::string();
        return sp;
    }
    if (org_head && is_org_head(head.lower)) {
        m.type = SourceType::organization;
        m.name = join_tokens(ctx, core, name_b);
        return sp;
    }
    // "the Russian Ministry of Defense", "Department of Justice": a body named with "of"
    // (unless a role follows it: "University of Texas student union president Sehar Memon")
    bool role_after = false;
    for (std::size_t i = core + 1; i < name_b; ++i) role_after = role_after || (!ctx.tok(i).cap && is_role_noun(ctx.tok(i).lower));
    for (std::size_t i = core + 1; i + 1 < name_b && !role_after; ++i) {
        const Token& before = ctx.tok(i - 1);
        if (ctx.is(i, "of") && before.cap && is_org_head(before.lower) && ctx.tok(i + 1).cap) {
            m.type = SourceType::organization;
            m.name = join_tokens(ctx, core, name_b);
            return sp;
        }
    }
    if (name_b - core <= 3 && is_place_name(lower_core)) {
        // "Kyiv denied …", "Russia": a country or capital speaking as its government
        m.type = SourceType::organization;
        m.name = join_tokens(ctx, core, name_b);
        return sp;
    }
    // "Finland and Sweden", "Smith and Jones": several speakers together
    bool has_of = false;
    for (std::size_t i = core; i < name_b; ++i) has_of = has_of || ctx.is(i, "of");
    for (std::size_t i = core + 1; i + 1 < name_b && !has_of; ++i)
        if (ctx.is(i, "and") && ctx.tok(i - 1).cap && ctx.tok(i + 1).cap) {
            m.type = SourceType::collective;
            m.name = join_tokens(ctx, core, name_b);
            sp.plural = true;
            return sp;
        }
    // a person, perhaps with a role and the body they speak for
    m.type = SourceType::person;
    parse_name_role(ctx, core, name_b, sp);
    if (m.name.empty()) {
        m.name = join_tokens(ctx, core, name_b);
        m.role.clear();
        if (is_org_head(head.lower)) m.type = SourceType::organization;
    }
    if (desc_a < desc_b) {
        if (m.role.empty()) m.role = join_tokens(ctx, skip_determiners(ctx, desc_a, desc_b), desc_b);
        if (sp.gender == Gender::unknown) sp.gender = gender_of(ctx, desc_a, desc_b);
    }
    return sp;
}

SourceMention make_source(Context& ctx, Range r) {
    SpeakerPhrase sp = parse_speaker(ctx, r);
    SourceMention m = sp.mention;
    const std::size_t at = m.span->start;
    if (sp.needs_resolution) {
        const Entity* e = is_pronoun_subject(sp.head)
                              ? ctx.mentions.resolve_pronoun(sp.head, at)
                              : ctx.mentions.resolve_description(sp.head, m.type, at);
        if (e) {
            m.name = e->name;
            m.type = e->type;
            if (m.role.empty() || m.role == text::normalize_name(m.text)) m.role = e->role;
            m.organization = e->organization;
            m.resolved_from = e->span;
            sp.gender = sp.gender == Gender::unknown ? e->gender : sp.gender;
            sp.plural = e->plural;
        }
    }
    Entity e{m.name, m.type, m.role, m.organization, *m.span, sp.gender, sp.plural, true};
    if (m.resolved_from) e.span = *m.span;
    ctx.mentions.add(e);
    if (!m.organization.empty()) {
        Entity org{m.organization, SourceType::organization, "", "", *m.span, Gender::unknown, false, false};
        ctx.mentions.add(org);
    }
    return m;
}

}  // namespace claimgraph::extract
