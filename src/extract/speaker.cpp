#include "extract/speaker.h"

#include <algorithm>

#include "extract/lexicon.h"
#include "extract/word_set.h"
#include "util/text.h"

namespace claimgraph::extract {

namespace {

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
    while (a < b && is_determiner(ctx.tok(a).lower) && !ctx.tok(a).cap) ++a;
    if (a < b && is_determiner(ctx.tok(a).lower) && b - a > 1) ++a;  // sentence-initial "The"
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

void parse_name_role(const Context& ctx, std::size_t a, std::size_t b, SpeakerPhrase& sp) {
    // the trailing run of capitalised non-title words is the name
    std::size_t n = b;
    while (n > a) {
        const Token& t = ctx.tok(n - 1);
        // a surname that is also a title's word ends a name after a first name: a modifier
        // ("Terry White", "Ann Young"), or a role noun after a title ("President Billy King")
        const bool surname =
            n == b && n - 1 > a && t.cap && t.kind == TokenKind::word && !is_honorific(t.lower) &&
            first_name(ctx.tok(n - 2)) &&
            (!is_role_noun(t.lower) ? is_role_modifier(t.lower) : n - 2 > a && is_title_word(ctx.tok(n - 3)));
        // an initial's full stop belongs to the name ("John F. Kennedy"), an honorific's does not ("Mr. Hale")
        const bool name_word = (t.cap && t.kind == TokenKind::word && !is_title_word(t) && !is_org_head(t.lower)) ||
                               surname ||
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
    if (!m.role.empty() && m.role == m.name) m.role.clear();
}

// clang-format off
// A body's people, who speak for it: "police", "investigators", "prosecutors", the parties.
// Any other plural alone ("witnesses", "aides", "others", "polls", "voters") names no one.
const WordSet kBodyPeople{"police", "cops", "investigators", "prosecutors", "detectives", "firefighters",
                          "democrats", "republicans", "media", "troops", "forces", "rebels", "separatists",
                          "insurgents", "militants"};
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

}  // namespace

namespace {

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
}

}  // namespace

SpeakerPhrase parse_speaker(const Context& ctx, Range r) {
    SpeakerPhrase sp;
    sp.mention.span = ctx.span(r);
    sp.mention.text = std::string(ctx.slice(r));
    std::size_t b = r.last;
    while (b > r.first && ctx.tok(b - 1).kind == TokenKind::punct) --b;
    std::size_t a = r.first;
    // "today the company", "yesterday Gladkov": the time is no part of who speaks
    while (a + 1 < b && is_leading_adverb(ctx.tok(a).lower)) ++a;
    // "In a Monday statement President Vale": the circumstance before the name (a
    // preposition's noun in lower case, then capitals) is no part of who speaks
    if (is_preposition(ctx.tok(a).lower) && a + 2 < b)
        for (std::size_t k = a + 1; k + 1 < b; ++k)
            if (!ctx.tok(k).cap && ctx.tok(k).kind == TokenKind::word && !is_determiner(ctx.tok(k).lower) &&
                ctx.tok(k + 1).cap && ctx.tok(k + 1).kind == TokenKind::word) {
                a = k + 1;
                break;
            }
    // "Vera Lind rear-ended a truck …, telling police": the verb after a name is what the
    // person did, no part of who speaks
    std::size_t last = r.last;
    if (b > a + 1 && ctx.tok(b - 1).kind == TokenKind::word && !ctx.tok(b - 1).cap && ctx.tok(b - 1).lower.size() > 4 &&
        ctx.tok(b - 1).lower.ends_with("ed") && ctx.tok(b - 2).cap && ctx.tok(b - 2).kind == TokenKind::word)
        last = --b;
    if (a > r.first || last < r.last) {
        sp.mention.span = ctx.span({a, last});
        sp.mention.text = std::string(ctx.slice({a, last}));
    }

    // apposition: split at the first comma into name part and description part
    std::size_t comma = a;
    while (comma < b && ctx.tok(comma).lower != ",") ++comma;
    std::size_t name_a = a, name_b = b, desc_a = b, desc_b = b;
    // "The Harrison County, Miss., coroner, Gary Hargrove": the name after the last comma,
    // when a role noun ends what comes before it
    std::size_t last_comma = b;
    while (last_comma > a && ctx.tok(last_comma - 1).lower != ",") --last_comma;
    bool named_last = last_comma > comma + 1 && last_comma + 1 < b && b - last_comma <= 4 &&
                      !ctx.tok(last_comma - 2).cap && is_role_noun(ctx.tok(last_comma - 2).lower);
    for (std::size_t i = last_comma; named_last && i < b; ++i)
        named_last = ctx.tok(i).cap && ctx.tok(i).kind == TokenKind::word && !is_title_word(ctx.tok(i));
    if (named_last) {
        desc_a = a;
        desc_b = last_comma - 1;
        name_a = last_comma;
    } else if (comma < b && comma + 1 < b && is_relative_pronoun(ctx.tok(comma + 1).lower)) {
        // "the woman, who like many in the town did not want to be named": a relative clause
        // says what the words before it are, and names no one
        name_b = comma;
    } else if (comma < b) {
        // (an abbreviation's full stop after it: "John Hale Jr., the mayor")
        const std::size_t before = comma - 1 > a && ctx.is(comma - 1, ".") ? comma - 2 : comma - 1;
        const bool first_is_name = ctx.tok(before).cap;
        if (first_is_name) {
            name_b = comma;
            desc_a = comma + 1;
            // "Jorge Alsip, MD, the …": the degrees after a name are no part of the role
            for (std::size_t k = desc_a; k < b; ++k) {
                if (ctx.is(k, ",")) {
                    std::string joined;
                    for (std::size_t i = desc_a; i < k; ++i)
                        if (!ctx.is(i, ".")) joined += ctx.tok(i).lower;
                    std::erase(joined, '.');
                    if (!is_name_suffix(joined) || !ctx.tok(desc_a).cap) break;
                    desc_a = k + 1;
                }
            }
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
    // "a source familiar with the talks", "people close to the mayor", "an official with
    // knowledge of the plan": who speaks is the noun before what they know of
    for (std::size_t k = name_a + 1; k + 1 < name_b; ++k)
        if ((ctx.is(k, "familiar") && ctx.is(k + 1, "with")) || (ctx.is(k, "close") && ctx.is(k + 1, "to")) ||
            (ctx.is(k, "with") && ctx.is(k + 1, "knowledge")) || (ctx.is(k, "briefed") && ctx.is(k + 1, "on"))) {
            if (const Token& before = ctx.tok(k - 1);
                (!before.cap || k - 1 == name_a) && (is_anonymous_noun(before.lower) || is_collective_noun(before.lower) ||
                                before.lower == "people" || before.lower == "person"))
                name_b = k;
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
        m.type = head.lower == "it" ? SourceType::organization
                 : sp.plural        ? SourceType::collective
                                    : SourceType::person;
        sp.gender = head.lower == "she" ? Gender::female : head.lower == "he" ? Gender::male : Gender::unknown;
        m.name = m.text;
        return sp;
    }
    // "a message from the Central Commission for Elections": the author after "from" speaks;
    // so does a body's after a decision of its ("the resolution of the Election Commission",
    // where "a poll of Iowa voters" names whom it asked)
    for (std::size_t f = core + 1; f + 1 < name_b && f < core + 4; ++f) {
        const std::string& noun = ctx.tok(f - 1).lower;
        const bool decided = noun == "resolution" || noun == "decree" || noun == "decision" || noun == "ruling" ||
                             noun == "statement" || noun == "announcement" || noun == "order";
        if (!((ctx.is(f, "from") || ctx.is(f, "by")) && is_evidence_noun(noun)) &&
            !(ctx.is(f, "of") && decided && is_org_head(ctx.tok(name_b - 1).lower)))
            continue;
        if (const std::size_t body = skip_determiners(ctx, f + 1, name_b); body < name_b && ctx.tok(body).cap) {
            speaks_as_author(ctx, Range{f + 1, name_b}, sp);
            return sp;
        }
        break;
    }
    // "Peter Lang of The Harbour Times": a person named with the body they write or speak for
    // (after titles: "Undersheriff Larry Waldie of the sheriff's department")
    std::size_t titled = core;
    while (titled + 1 < name_b && ctx.tok(titled).cap && is_title_word(ctx.tok(titled))) ++titled;
    for (std::size_t i = titled + 2; i + 1 < name_b && i <= titled + 3; ++i) {
        if (!ctx.is(i, "of")) continue;
        bool person = true;
        for (std::size_t j = titled; j < i; ++j) {
            const Token& t = ctx.tok(j);
            person = person && t.cap && t.kind == TokenKind::word && !is_title_word(t) && !is_org_head(t.lower) &&
                     !is_place_name(t.lower) && !is_publication_head(t.lower);
        }
        const std::size_t body = skip_determiners(ctx, i + 1, name_b);
        const std::string body_lower = text::lower(join_tokens(ctx, body, name_b));
        const Token& body_head = ctx.tok(name_b - 1);
        // (a body in lower case too when its head says it is one: "of the sheriff's department")
        if (!person || body >= name_b || (!ctx.tok(body).cap && !is_org_head(body_head.lower))) break;
        if (is_publication_head(body_head.lower) || is_org_head(body_head.lower) || known_outlet(body_lower) ||
            known_agency(body_lower)) {
            m.type = SourceType::person;
            m.name = join_tokens(ctx, titled, i);
            if (titled > core) m.role = join_tokens(ctx, core, titled);
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
    // "the governor", and "The President" too: a title alone after "the" is a description
    const bool definite =
        !any_cap || (core > name_a && !ctx.tok(core).cap) ||
        (core > name_a && name_b - core == 1 && ctx.tok(name_a).lower == "the" && is_role_noun(head.lower));
    if (agency_word && (head.lower == "agency" || head.lower == "service")) {
        m.type = SourceType::agency;
        m.name = join_tokens(ctx, core, name_b);
        // "Yonhap news agency", "the Xinhua news agency": the agency's own name
        std::size_t bare = name_b - 1;
        while (bare > core && (ctx.is(bare - 1, "news") || ctx.is(bare - 1, "state") || ctx.is(bare - 1, "wire")))
            --bare;
        if (bare > core)
            if (auto known = known_agency(text::lower(join_tokens(ctx, core, bare)))) m.name = std::string(*known);
        sp.needs_resolution = !any_cap && ctx.tok(name_a).lower == "the";
        return sp;
    }
    if (is_evidence_noun(head.lower) && !head.cap && !is_collective_noun(head.lower)) {
        // "President Vale's announcement", "the Harbour Board's latest report": the author
        // the possessive names speaks, whatever the document is called
        std::size_t p = name_b - 1;
        while (p > core && !is_possessive(ctx.tok(p)) && !ctx.tok(p).cap && ctx.tok(p).kind == TokenKind::word) --p;
        bool named = p > core && is_possessive(ctx.tok(p));
        for (std::size_t k = core; named && k < p; ++k)
            named = ctx.tok(k).cap && (ctx.tok(k).kind == TokenKind::word || ctx.tok(k).lower == ".");
        if (named) {
            speaks_as_author(ctx, Range{core, p}, sp);
            return sp;
        }
        // "a Kremlin statement", "a Texas prison statement": the body before the noun wrote it
        bool body = name_b - core >= 2 && ctx.tok(core).cap && ctx.tok(core).kind == TokenKind::word;
        for (std::size_t k = core; body && k + 1 < name_b; ++k)
            body = ctx.tok(k).kind == TokenKind::word && !is_evidence_noun(ctx.tok(k).lower) &&
                   !is_time_word(ctx.tok(k).lower) && (ctx.tok(k).cap || !is_role_noun(ctx.tok(k).lower));
        if (body) {
            speaks_as_author(ctx, Range{core, name_b - 1}, sp);
            // (a word in lower case is no person's name: "Texas prison")
            bool lower = false;
            for (std::size_t k = core; k + 1 < name_b; ++k) lower = lower || !ctx.tok(k).cap;
            if (lower && m.type == SourceType::person && m.role.empty()) m.type = SourceType::organization;
            return sp;
        }
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
        // "witnesses", "aides", "others", "polls" alone: whoever they are in this article, never
        // the same source across articles (a body's people, "police", "investigators", may be)
        const bool generic = !modified && !in(kBodyPeople, head.lower);
        m.type = (is_anonymous_noun(head.lower) || generic) && !modified                       ? SourceType::anonymous
                 : is_anonymous_noun(head.lower) && ctx.tok(core).lower != "local" && !any_cap ? SourceType::anonymous
                                                                                               : SourceType::collective;
        sp.plural = head.lower.back() == 's' || head.lower == "police" || head.lower == "media";
        m.name = capitalized(join_tokens(ctx, core, name_b));
        return sp;
    }
    // "the Central Commission for Elections and Referenda of Turkmenistan": a body of a place
    if (org_head && head.cap && ctx.tok(core).cap) {
        std::size_t of = name_b - 1;
        while (of > core && !ctx.is(of, "of")) --of;
        bool body_before = false;
        for (std::size_t i = core; i < of; ++i) body_before = body_before || is_org_head(ctx.tok(i).lower);
        // (one word after "of", or a known place: "Peter Lang of Ukraine" names no body before it)
        if (of > core && body_before &&
            (of + 2 == name_b || is_place_name(text::lower(join_tokens(ctx, of + 1, name_b))))) {
            m.type = SourceType::organization;
            m.name = join_tokens(ctx, core, name_b);
            return sp;
        }
    }
    if (org_head && head.cap && is_org_head(head.lower)) {
        m.type = SourceType::organization;
        m.name = join_tokens(ctx, core, name_b);
        return sp;
    }
    const bool business = is_business_noun(head.lower);
    if (definite && (is_org_head(head.lower) || business || is_role_noun(head.lower))) {
        // "the ministry", "the governor", "the software giant": resolved against earlier mentions
        m.type = is_org_head(head.lower) || business ? SourceType::organization : SourceType::person;
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
    for (std::size_t i = core + 1; i < name_b; ++i)
        role_after = role_after || (!ctx.tok(i).cap && is_role_noun(ctx.tok(i).lower));
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
        if (ctx.is(i, "and") && ctx.tok(i - 1).cap && ctx.tok(i + 1).cap &&
            !(is_title_word(ctx.tok(i - 1)) && is_title_word(ctx.tok(i + 1)))) {  // "President and General Manager"
            m.type = SourceType::collective;
            m.name = join_tokens(ctx, core, name_b);
            sp.plural = true;
            return sp;
        }
    if (name_b - core == 1 && is_acronym(ctx, head)) {
        // "HP", "NATO": an acronym names a body
        m.type = SourceType::organization;
        m.name = join_tokens(ctx, core, name_b);
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
        // "Snider, who attended King's news conference,": a clause about the speaker, no role
        const std::string& opens = ctx.tok(desc_a).lower;
        if (m.role.empty() && !is_relative_pronoun(opens)) m.role = join_tokens(ctx, skip_determiners(ctx, desc_a, desc_b), desc_b);
        if (sp.gender == Gender::unknown) sp.gender = gender_of(ctx, desc_a, desc_b);
    }
    return sp;
}

void drop_dateline(SourceMention& m, const std::optional<std::string>& outlet) {
    const std::size_t dash = m.name.find('-');
    if (dash == std::string::npos || dash == 0 || dash + 1 >= m.name.size()) return;
    const std::string before = text::lower(m.name.substr(0, dash)), after = m.name.substr(dash + 1);
    // the outlet's name as its domain gives it: "www.computerworld.com" → "computerworld"
    std::string own = outlet ? text::lower(*outlet) : std::string();
    if (own.starts_with("www.")) own.erase(0, 4);
    if (const std::size_t dot = own.find('.'); dot != std::string::npos) own.erase(dot);
    std::string squeezed;  // "Computer World" and "computerworld" alike
    for (char c : before)
        if (c != ' ') squeezed += c;
    if ((own.empty() || squeezed != own) && before != text::lower(after)) return;
    m.name = after;
    const std::size_t at = m.text.find(m.name);
    if (m.span && at != std::string::npos) {
        m.span->start += at;
        m.text.erase(0, at);
    }
}

std::string alias_of(const SourceMention& m) {
    if (!m.span) return "";
    std::string a = m.text;
    while (!a.empty() && (a.back() == ' ' || a.back() == ',' || a.back() == '-')) a.pop_back();
    // "a popular governor who": the relative pronoun that ends the mention is no part of it
    for (std::string_view rel : {" who", " which", " that"})
        if (a.size() > rel.size() && text::lower(a).ends_with(rel)) a.resize(a.size() - rel.size());
    // clang-format off
    static const WordSet kFinite{"said", "says", "say", "told", "has", "have", "had", "is", "was", "were", "are",
                                 "will", "would", "could", "intended", "criticised", "criticized", "announced",
                                 // a relative clause: "Snider, who attended King's news conference"
                                 "who", "whose", "whom", "which"};
    // clang-format on
    const std::string lower = text::lower(a);
    std::size_t words = 0;
    for (std::size_t i = 0; i < lower.size();) {  // each word: counted, and no finite verb
        const std::size_t end = std::min(lower.find(' ', i), lower.size());
        if (end > i && (++words > 10 || in(kFinite, std::string_view(lower).substr(i, end - i)))) return "";
        i = end + 1;
    }
    return words == 0 ? "" : a;
}

SourceType body_type(std::string_view organization) {
    const std::string lower = text::lower(organization);
    const std::size_t sp = lower.rfind(' ');
    const bool outlet =
        known_outlet(lower) || (sp != std::string::npos && is_publication_head(std::string_view(lower).substr(sp + 1)));
    return outlet ? SourceType::outlet : SourceType::organization;
}

namespace {

// The gender the text gives a person named at tokens [.., from): the first "she"/"her" or
// "he"/"his"/"him" after the name outside quotation marks, before any other name
// ("Ellen Vale has announced that she will return"); unknown when another capitalised
// word (a name) comes first.
Gender gender_after(const Context& ctx, std::size_t from) {
    for (std::size_t k = from; k < ctx.size() && k < from + 40; ++k) {
        const Token& t = ctx.tok(k);
        if (t.paragraph != ctx.tok(from - 1).paragraph) break;
        if (t.kind != TokenKind::word || ctx.in_quote(k)) continue;
        if (t.lower == "she" || t.lower == "her" || t.lower == "hers" || t.lower == "herself") return Gender::female;
        if (t.lower == "he" || t.lower == "him" || t.lower == "his" || t.lower == "himself") return Gender::male;
        const std::string& before = ctx.tok(k - 1).lower;
        if (t.cap && !(before == "." || before == "!" || before == "?") && !is_time_word(t.lower)) break;
    }
    return Gender::unknown;
}

// The name that opens token i's sentence, before it, as lower-case words ("King said after
// the Sixers were eliminated … that he": king): its subject, whom a "he" in what it says
// is (not "After meeting Obama, he said", whose name opens nothing)
std::set<std::string> named_before(const Context& ctx, std::size_t i) {
    std::set<std::string> out;
    const Sentence* s = ctx.sentence_of(i);
    if (!s) return out;
    std::size_t k = s->first;
    while (k < i && ctx.tok(k).kind != TokenKind::word) ++k;
    for (; k < i && ctx.tok(k).cap && ctx.tok(k).kind == TokenKind::word && !ctx.in_quote(k); ++k)
        out.insert(ctx.tok(k).lower);
    return out;
}

}  // namespace

SourceMention make_source(Context& ctx, Range r) {
    SpeakerPhrase sp = parse_speaker(ctx, r);
    SourceMention m = sp.mention;
    const std::size_t at = m.span->start;
    if (sp.needs_resolution) {
        const Entity* e = is_pronoun_subject(sp.head)
                              ? ctx.mentions.resolve_pronoun(sp.head, at, named_before(ctx, r.first))
                              : ctx.mentions.resolve_description(sp.head, m.type, at);
        if (e) {
            m.name = e->name;
            // "the company" that refers to "Microsoft": the description says what it is
            m.type = e->bare_name && m.type == SourceType::organization ? m.type : e->type;
            if (m.role.empty() || m.role == text::normalize_name(m.text)) m.role = e->role;
            m.organization = e->organization;
            m.resolved_from = e->span;
            sp.gender = sp.gender == Gender::unknown ? e->gender : sp.gender;
            sp.plural = e->plural;
        }
    }
    if (sp.gender == Gender::unknown && !sp.needs_resolution && m.type == SourceType::person && r.last > r.first)
        sp.gender = gender_after(ctx, r.last);
    Entity e{m.name, m.type, m.role, m.organization, *m.span, sp.gender, sp.plural, true};
    e.bare_name = !m.resolved_from && !sp.needs_resolution && m.type == SourceType::person && m.role.empty() &&
                  m.organization.empty() && sp.gender == Gender::unknown && m.name.find(' ') == std::string::npos &&
                  !named_as_person(ctx, text::lower(m.name));
    if (m.resolved_from) e.span = *m.span;
    ctx.mentions.add(e);
    if (!m.organization.empty()) {
        Entity org{m.organization, SourceType::organization, "", "", *m.span, Gender::unknown, false, false};
        ctx.mentions.add(org);
    }
    return m;
}

}  // namespace claimgraph::extract
