// The kind of source a speaker's name is (speaker_typing.h): a share of the people asked, a
// group, a pronoun, the author of a document, an agency, a body, several speakers, a
// medium, or a person with a role and a body.
#include "extract/speaker_typing.h"

#include "extract/first_names.h"
#include "extract/lexicon.h"
#include "extract/speaker_phrase.h"
#include "extract/speaker_words.h"
#include "extract/word_set.h"
#include "util/text.h"

namespace claimgraph::extract {

using namespace speaker_words;
using namespace typing;

namespace typing {

// The agency or outlet the lexicon knows by one of these names (agencies first, the names in
// order): the mention becomes that body, named as the lexicon names it.
bool known_medium(std::initializer_list<std::string_view> names, SourceMention& m) {
    for (std::string_view n : names)
        if (auto agency = known_agency(n)) {
            m.type = SourceType::agency;
            m.name = std::string(*agency);
            return true;
        }
    for (std::string_view n : names)
        if (auto outlet = known_outlet(n)) {
            m.type = SourceType::outlet;
            m.name = std::string(*outlet);
            return true;
        }
    return false;
}

}  // namespace typing

namespace {

// clang-format off
// A body's people, who speak for it: "police", "investigators", "prosecutors", the parties.
// Any other plural alone ("witnesses", "aides", "others", "polls", "voters") names no one.
const WordSet kBodyPeople{"police", "cops", "investigators", "prosecutors", "detectives", "firefighters",
                          "democrats", "republicans", "media", "troops", "forces", "rebels", "separatists",
                          "insurgents", "militants", "jury"};
// clang-format on

// A subject pronoun with a clitic ("I've", "we’d", "she'll") as the pronoun alone; any other
// word as it is.
std::string pronoun_before_clitic(const std::string& w) {
    for (std::string_view apostrophe : {"'", "\u2019"}) {
        const std::size_t at = w.find(apostrophe);
        if (at == std::string::npos || at == 0) continue;
        const std::string_view clitic = std::string_view(w).substr(at + apostrophe.size());
        if ((clitic == "ve" || clitic == "d" || clitic == "ll" || clitic == "m" || clitic == "re") &&
            is_pronoun_subject(std::string_view(w).substr(0, at)))
            return w.substr(0, at);
    }
    return w;
}

// "exit polls conducted for the networks by Edison Research", "a survey commissioned by the
// Harbour Institute": the words that name the maker a document's participle names, within
// [core, name_b); none when no such participle follows a document's noun, or no name follows
// its "by"
std::optional<Range> made_by(const Context& ctx, std::size_t core, std::size_t name_b) {
    static const WordSet kMadeBy{"conducted", "commissioned", "done", "carried",   "compiled", "prepared",
                                 "produced",  "written",      "paid", "sponsored", "funded"};
    std::size_t k = core + 1;
    while (k + 2 < name_b && !(kMadeBy.contains(ctx.tok(k).lower) && is_evidence_noun(ctx.tok(k - 1).lower))) ++k;
    std::size_t by = k + 1;
    while (by + 1 < name_b && !ctx.is(by, "by")) ++by;
    if (k + 2 >= name_b || by + 1 >= name_b) return std::nullopt;
    // (a name after its role in lower case: "by independent analyst Elena Sadovskaya")
    std::size_t body = skip_determiners(ctx, by + 1, name_b);
    while (body + 1 < name_b && body < by + 5 && !ctx.tok(body).cap && ctx.tok(body).kind == TokenKind::word &&
           !is_preposition(ctx.tok(body).lower))
        ++body;
    if (body >= name_b || !ctx.tok(body).cap) return std::nullopt;
    // (to whom it was made for: "by Edison Research for the networks", where "the Center for
    // Media and Public Affairs" is one name)
    const auto for_whom = [&](std::size_t j) {
        return !ctx.tok(j).cap && is_preposition(ctx.tok(j).lower) &&
               (is_determiner(ctx.tok(j + 1).lower) || !ctx.tok(j + 1).cap);
    };
    std::size_t end = body + 1;
    while (end + 1 < name_b && !for_whom(end)) ++end;
    return Range{by + 1, end + 1 < name_b ? end : name_b};
}

}  // namespace

Typing::Typing(const Context& c, const NameParts& p, SpeakerPhrase& phrase)
    : ctx(c),
      sp(phrase),
      m(phrase.mention),
      name_a(p.name_a),
      name_b(p.name_b),
      desc_a(p.desc_a),
      desc_b(p.desc_b),
      listed(p.listed),
      head(c.tok(p.name_b - 1)),
      core(skip_determiners(c, p.name_a, p.name_b)),
      lower_all(text::lower(text::normalize_name(c.slice({p.name_a, p.name_b})))),
      lower_core(text::lower(join_tokens(c, core, p.name_b))) {
    for (std::size_t i = core; i < name_b; ++i) {
        any_cap = any_cap || (ctx.tok(i).cap && !is_determiner(ctx.tok(i).lower));
        org_head = org_head || is_org_head(ctx.tok(i).lower);
        agency_word = agency_word || ctx.tok(i).lower == "agency" || ctx.tok(i).lower == "wire";
    }
    // "the governor", and "The President" too: a title alone after "the" is a description
    definite = !any_cap || (core > name_a && !ctx.tok(core).cap) ||
               (core > name_a && name_b - core == 1 && ctx.tok(name_a).lower == "the" && is_role_noun(head.lower));
}

// A share of the people asked, several speakers listed, or a pronoun.
bool Typing::as_share_group_or_pronoun() {
    // "Two in three", "4 in 10": a share of the people asked (its first number is no
    // determiner here; before its people, "Six in 10 Democratic voters", the people name it)
    // (after a word of approximation: "About 4 in 10", "more than six in 10")
    static const WordSet kAbout{"about", "around", "nearly", "almost", "roughly", "over", "under",
                                "more",  "fewer",  "less",   "than",   "some",    "just", "only"};
    const std::size_t share_from = core > name_a && ctx.is(core, "in") ? core - 1 : core;
    std::size_t share = share_from;
    while (share + 3 < name_b && kAbout.contains(ctx.tok(share).lower)) ++share;
    if (share + 3 == name_b && speaker_words::share_ends_at(ctx, share + 2)) {
        m.type = SourceType::collective;
        m.name = capitalized(join_tokens(ctx, share_from, name_b));
        sp.plural = true;
        return true;
    }
    if (listed || joins_two_speakers(ctx, core, name_b)) {
        m.type = SourceType::collective;
        m.name = capitalized(join_tokens(ctx, core, name_b));
        sp.plural = true;
        return true;
    }
    if (name_b - name_a == 1 && is_pronoun_subject(sp.head)) {
        sp.needs_resolution = true;
        sp.plural = sp.head == "they" || sp.head == "we";
        m.type = sp.head == "it" ? SourceType::organization : sp.plural ? SourceType::collective : SourceType::person;
        sp.gender = sp.head == "she" ? Gender::female : sp.head == "he" ? Gender::male : Gender::unknown;
        m.name = m.text.substr(0, sp.head.size());  // (without its clitic: "I" of "I've")
        return true;
    }
    return false;
}

// The author a phrase names: of a message, a decision or a survey, a person or body named
// with "of", a medium the lexicon knows, a publication, someone of a group or holding a role,
// someone unnamed at a body.
bool Typing::as_author_or_named_body() {
    // "a message from the Central Commission for Elections": the author after "from" speaks;
    // so does a body's after a decision of its ("the resolution of the Election Commission",
    // where "a poll of Iowa voters" names whom it asked)
    for (std::size_t f = core + 1; f + 1 < name_b && f < core + 4; ++f) {
        const std::string& noun = ctx.tok(f - 1).lower;
        const bool decided = noun == "resolution" || noun == "decree" || noun == "decision" || noun == "ruling" ||
                             noun == "statement" || noun == "announcement" || noun == "order";
        // (the body's head may come before its place: "the Central Election Commission of
        // Turkmenistan")
        bool body_head = false;
        for (std::size_t k = f + 1; k < name_b; ++k) body_head = body_head || is_org_head(ctx.tok(k).lower);
        if (!((ctx.is(f, "from") || ctx.is(f, "by")) && is_evidence_noun(noun)) &&
            !(ctx.is(f, "of") && decided && body_head))
            continue;
        // (a year before the body's name: "the 2014 American Community Survey")
        std::size_t body = skip_determiners(ctx, f + 1, name_b);
        if (body + 1 < name_b && ctx.tok(body).kind == TokenKind::number &&
            ctx.tok(body).end - ctx.tok(body).start == 4)
            ++body;
        if (body < name_b && ctx.tok(body).cap) {
            speaks_as_author(ctx, Range{f + 1, name_b}, sp);
            return true;
        }
        break;
    }
    if (const std::optional<Range> maker = made_by(ctx, core, name_b)) {
        speaks_as_author(ctx, *maker, sp);
        return true;
    }
    // "Peter Lang of The Harbour Times", "Senator Bernie Sanders of Vermont": a person before "of"
    if (person_of(ctx, core, name_b, m)) {
        // ("another leading Supreme Court advocate, Andrew J. Pincus of the law firm …")
        describe(ctx, {desc_a, desc_b}, sp);
        return true;
    }
    if (known_medium({lower_all, lower_core}, m)) return true;
    // "the Baltic Record", "the Metro Ledger": a capitalised publication name
    // (not its readers: "Readers of the Harbour Ledger")
    if (head.cap && core < name_b && ctx.tok(core).cap && is_publication_head(head.lower) &&
        group_head(ctx, core, name_b) == name_b - 1) {
        m.type = SourceType::outlet;
        m.name = join_tokens(ctx, core, name_b);
        return true;
    }
    // "One of them", "one of the jurors": someone of a group the text does not name
    if (ctx.is(name_a, "one") && name_a + 2 < name_b && ctx.is(name_a + 1, "of") && !ctx.tok(name_a + 2).cap) {
        m.type = SourceType::anonymous;
        m.name = capitalized(join_tokens(ctx, name_a, name_b));
        return true;
    }
    // "A spokeswoman for Janney", "an adviser to Ivo Brel": not Janney, nor Brel
    if (holder_of_role(ctx, core, name_b, m) || body_of(ctx, core, name_b, m)) return true;
    // "a source at the Kremlin", "an official in the ministry": someone unnamed at a body
    // (the Kremlin had been the speaker's type: an organization named "source at the Kremlin";
    // "officials at the ministry" are its people, a collective, as before)
    static const WordSet kSomeone{"source", "sources", "official", "insider", "insiders", "person", "someone"};
    if (core + 2 < name_b && kSomeone.contains(ctx.tok(core).lower) &&
        (ctx.is(core + 1, "at") || ctx.is(core + 1, "in") || ctx.is(core + 1, "inside") ||
         ctx.is(core + 1, "within"))) {
        m.type = SourceType::anonymous;
        m.name = capitalized(join_tokens(ctx, core, name_b));
        if (const std::size_t body = skip_determiners(ctx, core + 2, name_b); body < name_b && ctx.tok(body).cap)
            m.organization = join_tokens(ctx, body, name_b);
        return true;
    }
    return false;
}

// A news agency, a document and its author, or people of a group.
bool Typing::as_agency_document_or_people() {
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
        return true;
    }
    const std::size_t doc_b = evidence_end(ctx, core, name_b);  // ("video of the episode": a video)
    const Token& doc = ctx.tok(doc_b - 1);
    if (is_evidence_noun(doc.lower) && !doc.cap && !is_collective_noun(doc.lower)) {
        // "President Vale's announcement", "the Harbour Board's latest report": the author
        // the possessive names speaks, whatever the document is called
        std::size_t p = doc_b - 1;
        while (p > core && !is_possessive(ctx.tok(p)) && !ctx.tok(p).cap && ctx.tok(p).kind == TokenKind::word) --p;
        bool named = p > core && is_possessive(ctx.tok(p));
        for (std::size_t k = core; named && k < p; ++k)
            named = ctx.tok(k).cap && (ctx.tok(k).kind == TokenKind::word || ctx.tok(k).lower == ".");
        if (named) {
            speaks_as_author(ctx, Range{core, p}, sp);
            return true;
        }
        // "a Kremlin statement", "a Texas prison statement": the body before the noun wrote it
        bool body = doc_b - core >= 2 && ctx.tok(core).cap && ctx.tok(core).kind == TokenKind::word;
        for (std::size_t k = core; body && k + 1 < doc_b; ++k)
            body = ctx.tok(k).kind == TokenKind::word && !is_evidence_noun(ctx.tok(k).lower) &&
                   !is_time_word(ctx.tok(k).lower) && (ctx.tok(k).cap || !is_role_noun(ctx.tok(k).lower));
        if (body) {
            speaks_as_author(ctx, Range{core, doc_b - 1}, sp);
            // (a word in lower case is no person's name: "Texas prison")
            bool lower = false;
            for (std::size_t k = core; k + 1 < doc_b; ++k) lower = lower || !ctx.tok(k).cap;
            if (lower && m.type == SourceType::person && m.role.empty()) m.type = SourceType::organization;
            return true;
        }
    }
    if (is_evidence_noun(doc.lower) && (!doc.cap || doc_b - core == 1) && !is_collective_noun(doc.lower)) {
        // "a leaked memo", "the report": a document whose author the text does not name
        m.type = SourceType::anonymous;
        m.name = capitalized(join_tokens(ctx, core, name_b));
        sp.needs_resolution = false;
        return true;
    }
    // "a few researchers of the scandal", "supporters of the bill": who speaks, and how many
    const std::size_t who_at = group_head(ctx, core, name_b);
    const Token* who = &ctx.tok(who_at);
    // (a capital that only opens the sentence says nothing: "Sources said")
    const bool lower_case = !who->cap || ctx.opens_sentence(who_at);
    // (and any plural noun for people in lower case: "Federal marshals", "prison psychologists")
    if (is_collective_noun(who->lower) || (is_anonymous_noun(who->lower) && lower_case) ||
        (is_people_plural(who->lower) && (!who->cap || (lower_case && !named_as_person(ctx, who->lower))))) {
        const bool modified = name_b - core > 1;
        // "witnesses", "aides", "others", "polls" alone: whoever they are in this article, never
        // the same source across articles (a body's people, "police", "investigators", may be)
        const bool generic = !modified && !in(kBodyPeople, who->lower);
        // ("an Israeli official": one person unnamed, not a group as "Israeli officials" are)
        const bool one = is_anonymous_noun(who->lower) && who->lower.back() != 's' && who->lower != "people";
        m.type = (is_anonymous_noun(who->lower) || generic) && !modified                       ? SourceType::anonymous
                 : is_anonymous_noun(who->lower) && ctx.tok(core).lower != "local" && !any_cap ? SourceType::anonymous
                 : one                                                                         ? SourceType::anonymous
                                                                                               : SourceType::collective;
        sp.plural = who->lower.back() == 's' || who->lower == "police" || who->lower == "media";
        m.name = capitalized(join_tokens(ctx, core, name_b));
        return true;
    }
    return false;
}

void type_speaker(const Context& ctx, const NameParts& parts, SpeakerPhrase& sp) {
    Typing t(ctx, parts, sp);
    sp.head = t.name_b - t.name_a == 1 ? pronoun_before_clitic(t.head.lower) : t.head.lower;
    sp.gender = gender_of(ctx, parts.a, parts.b);
    if (t.as_share_group_or_pronoun() || t.as_author_or_named_body() || t.as_agency_document_or_people() ||
        t.as_body_or_title() || t.as_several_or_short())
        return;
    t.as_person();
}

}  // namespace claimgraph::extract
