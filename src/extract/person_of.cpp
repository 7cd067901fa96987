// A speaker phrase whose name comes before "of" (speaker.cpp asks): "Peter Lang of The
// Harbour Times" writes for the paper; "Senator Bernie Sanders of Vermont" is from the state.
#include <algorithm>

#include "extract/first_names.h"
#include "extract/lexicon.h"
#include "extract/speaker_words.h"
#include "extract/word_set.h"
#include "util/text.h"

namespace claimgraph::extract::speaker_words {

namespace {

// A word of a person's name: a first name's kind of word, and no newspaper's ("Times").
bool name_word(const Token& t) { return first_name(t) && !is_publication_head(t.lower); }

// A title written with a capital after a prefix: "then-Archbishop", "ex-President".
bool title_after_prefix(std::string_view written) {
    const std::size_t prefix = written.rfind('-');
    return prefix != std::string_view::npos && prefix + 1 < written.size() && written[prefix + 1] >= 'A' &&
           written[prefix + 1] <= 'Z';
}

// Tokens [a, b) are capitalised words, at least one.
bool capitalised_words(const Context& ctx, std::size_t a, std::size_t b) {
    bool all = a < b;
    for (std::size_t k = a; all && k < b; ++k) all = ctx.tok(k).cap && ctx.tok(k).kind == TokenKind::word;
    return all;
}

}  // namespace

bool person_of(const Context& ctx, std::size_t core, std::size_t name_b, SourceMention& m) {
    // "Peter Lang of The Harbour Times": a person named with the body they write or speak for
    // (after titles: "Undersheriff Larry Waldie of the sheriff's department")
    std::size_t titled = core;
    while (titled + 1 < name_b && ctx.tok(titled).cap && is_title_word(ctx.tok(titled))) ++titled;
    // (a middle initial and its full stop: "Andrew J. Pincus of")
    for (std::size_t i = titled + 2; i + 1 < name_b && i <= titled + 4; ++i) {
        if (!ctx.is(i, "of")) continue;
        bool person = true;
        for (std::size_t j = titled; j < i; ++j)
            person = person && (name_word(ctx.tok(j)) ||
                                (j > titled && j + 1 < i && ctx.tok(j).cap && ctx.tok(j).lower.size() == 1 &&
                                 ctx.is(j + 1, ".")) ||
                                (ctx.is(j, ".") && j > titled && ctx.tok(j - 1).lower.size() == 1));
        const std::size_t body = skip_determiners(ctx, i + 1, name_b);
        const std::string body_lower = text::lower(join_tokens(ctx, body, name_b));
        const Token& body_head = ctx.tok(name_b - 1);
        // "of the law firm Mayer Brown": a body's kind in lower case, then its name
        // and "of the non-partisan Rothenberg-Gonzales Political Report": a description,
        // then the name
        std::size_t named_from = body;  // where the body's own name starts
        bool described = false;
        for (std::size_t k = body; k + 1 < name_b && !ctx.tok(k).cap && ctx.tok(k).kind == TokenKind::word; ++k)
            if (ctx.tok(k + 1).cap && ctx.tok(name_b - 1).cap) {
                named_from = k + 1;
                described = !is_business_noun(ctx.tok(k).lower) && !is_org_head(ctx.tok(k).lower);
            }
        const bool kind_then_name = named_from > body && !described;
        // (a body in lower case too when its head says it is one: "of the sheriff's department")
        if (!person || body >= name_b || (!ctx.tok(body).cap && !is_org_head(body_head.lower) && named_from == body))
            break;
        if (is_publication_head(body_head.lower) || is_org_head(body_head.lower) || known_outlet(body_lower) ||
            known_agency(body_lower) || kind_then_name) {
            m.type = SourceType::person;
            m.name = join_tokens(ctx, titled, i);
            if (titled > core) m.role = join_tokens(ctx, core, titled);
            m.organization = join_tokens(ctx, named_from, name_b);
            return true;
        }
        break;
    }
    // "Senator Bernie Sanders of Vermont", "Republican Rep. Lee Zeldin of New York": a titled
    // name, then where the person is from: the person, the title their role (the place was
    // read as the name, the name as part of the role)
    for (std::size_t i = core + 2; i + 1 < name_b; ++i) {
        if (!ctx.is(i, "of")) continue;
        std::size_t n = i;  // the name's first token
        const auto in_name = [&](std::size_t k) {
            const Token& t = ctx.tok(k);
            // initials and their full stops: "Frank G. Jackson", "G.K. Butterfield"
            if (t.lower == "." && k > core) return is_initials(ctx.tok(k - 1).lower);
            return (t.cap && is_initials(t.lower)) || name_word(t);
        };
        while (n > core && i - n < 5 && in_name(n - 1)) --n;
        bool titles_only = n > core && n < i;
        for (std::size_t k = core; titles_only && k < n; ++k) titles_only = ctx.tok(k).cap || ctx.tok(k).lower == ".";
        // (the title right before the name: "Senator Bernie", "Rep. Lee", not "County Supervisor")
        const std::size_t t = n > core && ctx.tok(n - 1).lower == "." ? n - 2 : n - 1;
        const bool title = titles_only && t >= core && t < n &&
                           (is_role_noun(ctx.tok(t).lower) || is_honorific(ctx.tok(t).lower) ||
                            (is_abbreviation(ctx.tok(t)) && ctx.tok(t).lower.size() > 1));
        if (title && ctx.tok(skip_determiners(ctx, i + 1, name_b)).cap) {
            m.type = SourceType::person;
            m.name = join_tokens(ctx, n, i);
            m.role = join_tokens(ctx, core, n);
            return true;
        }
        break;
    }
    // "Joel Pollak of Breitbart California", "Bernie Sanders of Vermont", "Senator Barbara
    // Boxer of California", "undecided voter Stephanie Hooton of Derry": a common first name
    // and a surname before "of" name the person, whatever the words after it and whatever
    // the surname means ("Boxer", "King"); the words before the name are the role. (The
    // words after "of" had been the person, "Joel Pollak of" the role.) Those after are the
    // body the person speaks for, unless they may name a place (one word without an article,
    // "of Vermont", or a place's words: "of New Hampshire")
    for (std::size_t i = core + 2; i + 1 < name_b; ++i) {
        if (!ctx.is(i, "of") && !ctx.is(i, "at")) continue;
        // the name: from a first name to "of" ("at": "Dan McLaughlin at the National Review"),
        // capitalised words and initials
        std::size_t n = i;
        while (n > core && i - n < 4 &&
               ((ctx.tok(n - 1).cap && ctx.tok(n - 1).kind == TokenKind::word) ||
                (ctx.is(n - 1, ".") && n - 1 > core && is_initials(ctx.tok(n - 2).lower))))
            --n;
        bool first_named = false;  // a first name of the lists opens tokens [n, i)
        while (n + 1 < i && !(first_named = first_name_gender(join_tokens(ctx, n, i)) != Gender::unknown)) ++n;
        // (the body's kind may end it in lower case, "of the New York delegation", and its
        // name hold "of" or "for": "the University of Texas School of Law", "the James Martin
        // Center for Nonproliferation Studies")
        const std::size_t body = skip_determiners(ctx, i + 1, name_b);
        bool named = body < name_b;
        for (std::size_t j = body; named && j < name_b; ++j)
            named = ctx.tok(j).kind == TokenKind::word &&
                    (ctx.tok(j).cap || (j + 1 == name_b && j > body) ||
                     (j > body && j + 1 < name_b && (ctx.is(j, "of") || ctx.is(j, "for")) && ctx.tok(j + 1).cap));
        if (n + 1 >= i || !named || !first_named) break;
        // (the words before are a role: titles, or a description in lower case; not someone
        // else's, "A spokesman for Mayor Frank Jackson of", nor one of two, "The Caucus and")
        static const WordSet kJoins{"for", "to", "from", "at", "of", "with", "by", "and", "or"};
        bool role = true;
        for (std::size_t j = core; role && j < n; ++j)
            role = (ctx.tok(j).kind == TokenKind::word && !kJoins.contains(ctx.tok(j).lower)) || ctx.is(j, ".");
        if (!role) break;
        m.type = SourceType::person;
        m.name = join_tokens(ctx, n, i);
        if (n > core) m.role = join_tokens(ctx, core, n);
        static const WordSet kPlaceOpeners{"new", "north", "south", "east", "west", "rhode"};
        const std::string where = join_tokens(ctx, body, name_b);
        if ((body + 2 <= name_b || body > i + 1) && !kPlaceOpeners.contains(ctx.tok(body).lower) &&
            !is_place_name(text::lower(where)))
            m.organization = where;
        return true;
    }
    return false;
}

bool holder_of_role(const Context& ctx, std::size_t core, std::size_t name_b, SourceMention& m) {
    // "my editor at the time at Politico": when, not where; the role ends before it
    std::size_t after_time = 0, role_before_time = 0;
    for (std::size_t k = core + 1; k + 1 < name_b; ++k) {
        if (ctx.is(k, "at") && k + 3 < name_b && ctx.is(k + 1, "the") && ctx.is(k + 2, "time")) {
            role_before_time = k;
            after_time = k + 3;
            k += 2;
            continue;
        }
        if (!ctx.is(k, "for") && !ctx.is(k, "to") && !ctx.is(k, "from") && !ctx.is(k, "at") && !ctx.is(k, "of"))
            continue;
        const std::size_t role_end = k == after_time ? role_before_time : k;
        // the role in lower case right before ("spokeswoman for", "senior adviser to", "the
        // mayor of Portmore", "the former CEO of Harbour Lines": an acronym's capitals say
        // nothing; "the Mayor of" is a title, read with the name after it)
        const Token& role = ctx.tok(role_end - 1);
        const std::string_view written = ctx.slice({role_end - 1, role_end});
        const bool acronym = written.size() > 1 &&
                             std::all_of(written.begin(), written.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
        // (a title's capital after a prefix, "then-Archbishop of Mobile Oscar Lipscomb", is
        // read with the name after it; many of them are a group: "advisers to Mr. Obama"; "the
        // campaign of the former senator from Pennsylvania" is read at "from")
        const bool titled = title_after_prefix(written);
        if ((role.cap && !acronym) || titled || !is_role_noun(role.lower) || is_collective_noun(role.lower)) {
            if (ctx.is(k, "of")) continue;
            return false;
        }
        for (std::size_t j = core; j + 1 < role_end; ++j)
            if (ctx.tok(j).cap || ctx.tok(j).kind != TokenKind::word) return false;
        // whom they work for, by name: capitalised words (a title among them says a person)
        const std::size_t whose = skip_determiners(ctx, k + 1, name_b);
        if (whose >= name_b) return false;
        bool person = false;
        for (std::size_t j = whose; j < name_b; ++j) {
            const Token& t = ctx.tok(j);
            // ("Mayor Frank G. Jackson of Cleveland", "the Minister of the Interior")
            if (!t.cap && t.lower != "." && t.lower != "of" && t.lower != "the" && !is_possessive(t)) return false;
            // (a title before a name: "Mayor Ivo Brel", "Mr. Brel"; "the Harbour Union" ends
            // on no name)
            const std::size_t next = j + 1 < name_b && ctx.is(j + 1, ".") ? j + 2 : j + 1;
            person = person || (is_title_word(t) && next < name_b && ctx.tok(next).cap &&
                                !is_title_word(ctx.tok(next)) && !is_org_head(ctx.tok(next).lower));
        }
        // a body, then a name: "CEO of the Refugee Council Enver Solomon" is Enver Solomon
        // (parse_name_role reads it), not the CEO of a council so named
        // (or a place, then a name by its first name: "of Mobile Anna Lipscomb")
        if (ctx.is(k, "of"))
            for (std::size_t j = whose; j + 1 < name_b; ++j)
                if ((is_org_head(ctx.tok(j).lower) && !ctx.is(j + 1, "of") && ctx.tok(j + 1).cap) ||
                    (j > whose && first_name_gender(join_tokens(ctx, j, name_b)) != Gender::unknown))
                    return false;
        // (or a first name: "the ex-wife of Alan Grayson")
        person = person || first_name_gender(join_tokens(ctx, whose, name_b)) != Gender::unknown;
        m.type = SourceType::person;
        // (the time phrase left out of the name: "editor at Politico")
        m.name = role_end == k ? join_tokens(ctx, core, name_b)
                               : join_tokens(ctx, core, role_end) + " " + join_tokens(ctx, k, name_b);
        m.role = join_tokens(ctx, core, role_end);
        if (!person) m.organization = join_tokens(ctx, whose, name_b);
        return true;
    }
    return false;
}

bool body_of(const Context& ctx, std::size_t core, std::size_t name_b, SourceMention& m) {
    // "the city of Portmore", "The Republic of Varnia": a place's government by its name;
    // "the Communications Workers of America": a union named after its people
    static const WordSet kPlaces{"city",     "town",   "village", "state",    "county",       "municipality",
                                 "republic", "region", "kingdom", "district", "commonwealth", "province"};
    std::size_t of = core + 1;
    while (of + 1 < name_b && of < core + 4 && !ctx.is(of, "of")) ++of;
    if (!ctx.is(of, "of") || of + 1 >= name_b) return false;
    const Token& kind = ctx.tok(of - 1);
    const bool place = kPlaces.contains(kind.lower) && of == core + 1;
    bool people = kind.cap && is_collective_noun(kind.lower) && of > core + 1;
    for (std::size_t k = core; people && k < of; ++k) people = ctx.tok(k).cap && ctx.tok(k).kind == TokenKind::word;
    if (!place && !people) return false;
    const std::size_t body = skip_determiners(ctx, of + 1, name_b);
    if (!capitalised_words(ctx, body, name_b)) return false;
    m.type = SourceType::organization;
    m.name = join_tokens(ctx, core, name_b);
    return true;
}

bool unnamed_before_name(const Context& ctx, std::size_t core, std::size_t name_b, SpeakerPhrase& sp) {
    // "Polls in New Hampshire", "one woman in Qeshm", "an exchange student in Montana", "an
    // average of recent polls by RealClearPolitics": words in lower case, a preposition, then
    // capitalised words only. The capitalised words had been the person (a person "New
    // Hampshire" in the role "Polls in"); the words before them say who speaks.
    std::size_t p = core + 1;
    while (p + 1 < name_b &&
           !(ctx.tok(p).kind == TokenKind::word && !ctx.tok(p).cap && is_preposition(ctx.tok(p).lower)))
        ++p;
    if (p + 1 >= name_b) return false;
    const std::size_t named = skip_determiners(ctx, p + 1, name_b);
    const bool capitalised = capitalised_words(ctx, named, name_b);
    // (the noun before it: "Exit polls taken in", "a poll conducted by")
    std::size_t head = p - 1;
    if (head > core && (ctx.is(head, "taken") || ctx.is(head, "conducted"))) --head;
    const Token& noun = ctx.tok(head);
    if (!capitalised || noun.kind != TokenKind::word || (noun.cap && !ctx.opens_sentence(head))) return false;
    for (std::size_t k = core; k < head; ++k)
        if (ctx.tok(k).kind != TokenKind::word && !is_possessive(ctx.tok(k))) return false;
    SourceMention& m = sp.mention;
    const std::string& by = ctx.tok(p).lower;
    if (is_evidence_noun(noun.lower)) {
        // the document's maker after "by" or "from" speaks; "footage of Trump" shows Trump
        // speaking, left to the name reader
        if (by == "by" || by == "from") {
            speaks_as_author(ctx, Range{named, name_b}, sp);
            return true;
        }
        if (by == "of") return false;
        m.type = SourceType::anonymous;
        m.name = capitalized(join_tokens(ctx, core, name_b));
        return true;
    }
    // (not a title, then a name: "Secretary of State John Kerry", "then-Archbishop of Mobile
    // Oscar Lipscomb" are read as names)
    const bool title = (noun.cap && name_b - named > 2) || title_after_prefix(ctx.slice({head, head + 1}));
    if (is_role_noun(noun.lower) && !is_collective_noun(noun.lower) && !title) {
        m.type = SourceType::person;
        m.name = join_tokens(ctx, core, name_b);
        m.role = join_tokens(ctx, core, p);
        return true;
    }
    if (is_collective_noun(noun.lower) || is_anonymous_noun(noun.lower) || is_people_plural(noun.lower)) {
        m.type = is_anonymous_noun(noun.lower) ? SourceType::anonymous : SourceType::collective;
        m.name = capitalized(join_tokens(ctx, core, name_b));
        return true;
    }
    return false;
}

}  // namespace claimgraph::extract::speaker_words
