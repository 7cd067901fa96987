// The last steps of typing a speaker's name (speaker_typing.h): a body by its name, a title
// or body after "the", a place speaking as its government, several speakers, a station, an
// acronym, someone unnamed before a name, and at last a person with a role and a body.
#include "extract/speaker_typing.h"

#include "extract/first_names.h"
#include "extract/lexicon.h"
#include "extract/speaker_phrase.h"
#include "extract/speaker_words.h"
#include "extract/word_set.h"
#include "util/text.h"

namespace claimgraph::extract::typing {

using namespace speaker_words;

// A body by its name, a title or body after "the", or a place speaking as its government.
bool Typing::as_body_or_title() {
    // "the government of Costa Rica", "the army of Veltria": a body in lower case of a place
    // or body by name (the name after "of" had been a person's: "Costa Rica" agreed)
    if (std::size_t of = core + 1; org_head && head.cap) {
        while (of < name_b && !ctx.is(of, "of")) ++of;
        bool lower = of + 1 < name_b && ctx.tok(of + 1).cap && is_org_head(ctx.tok(of - 1).lower);
        for (std::size_t i = core; lower && i < of; ++i) lower = ctx.tok(i).kind == TokenKind::word && !ctx.tok(i).cap;
        if (lower) {
            m.type = SourceType::organization;
            m.name = join_tokens(ctx, core, name_b);
            return true;
        }
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
            return true;
        }
    }
    // "the Center for Responsive Politics", "the Committee for a Responsible Federal Budget",
    // "the Organization for Economic Cooperation and Development", "the Council on Foreign
    // Relations": a body's name goes on past "for" or "on" (its last words had been a person,
    // "Responsive Politics" of the body "Center for"); not a person named after a body's
    // name ("the Council on Public Affairs Dana Brooks")
    if (org_head && head.cap && ctx.tok(core).cap) {
        std::size_t at = core + 1;
        while (at + 1 < name_b && !ctx.is(at, "for") && !ctx.is(at, "on")) ++at;
        bool body = at + 1 < name_b && at - core <= 4;
        for (std::size_t i = core; body && i < at; ++i) body = ctx.tok(i).cap && ctx.tok(i).kind == TokenKind::word;
        body = body && is_org_head(ctx.tok(at - 1).lower);
        std::size_t words = 0;
        for (std::size_t i = at + 1; body && i < name_b; ++i) {
            const Token& t = ctx.tok(i);
            const bool joins = i > at + 1 && (t.lower == "and" || t.lower == "of");
            body = t.kind == TokenKind::word && !is_time_word(t.lower) &&  // ("the Supreme Court on Thursday")
                   (t.cap || joins || (i == at + 1 && (t.lower == "a" || t.lower == "the")));
            words += t.cap;
        }
        // (the last two words a person's name: "… Affairs Hillary Brooks")
        const std::size_t last_two = name_b - std::min<std::size_t>(2, name_b - at - 1);
        if (body && words >= 1 && words <= 5 &&
            first_name_gender(join_tokens(ctx, last_two, name_b)) == Gender::unknown) {
            m.type = SourceType::organization;
            m.name = join_tokens(ctx, core, name_b);
            return true;
        }
    }
    // "Richard Cross", "Anna Church", and a lone "Cross" where the article names Richard
    // Cross: a person, not the Red Cross or a church (never after a determiner: "the Church")
    const auto person_not_body = [&] {
        return core == name_a && named_by_body_surname(ctx, join_tokens(ctx, core, name_b));
    };
    if (org_head && head.cap && is_org_head(head.lower) && !person_not_body()) {
        m.type = SourceType::organization;
        m.name = join_tokens(ctx, core, name_b);
        return true;
    }
    const bool business = is_business_noun(head.lower);
    if (definite && (is_org_head(head.lower) || business || is_role_noun(head.lower))) {
        // "the ministry", "the governor", "the software giant": resolved against earlier mentions
        m.type = is_org_head(head.lower) || business ? SourceType::organization : SourceType::person;
        sp.needs_resolution = ctx.tok(name_a).lower == "the" || ctx.tok(name_a).lower == "this";
        m.name = join_tokens(ctx, core, name_b);
        m.role = m.type == SourceType::person ? m.name : std::string();
        return true;
    }
    if (org_head && is_org_head(head.lower) && !person_not_body()) {
        m.type = SourceType::organization;
        m.name = join_tokens(ctx, core, name_b);
        return true;
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
            return true;
        }
    }
    if (name_b - core <= 3 && is_place_name(lower_core)) {
        // "Kyiv denied …", "Russia": a country or capital speaking as its government
        m.type = SourceType::organization;
        m.name = join_tokens(ctx, core, name_b);
        return true;
    }
    return false;
}

// Several speakers together, a station by its call sign, an acronym, or someone unnamed
// before a name.
bool Typing::as_several_or_short() {
    // "Finland and Sweden", "Smith and Jones": several speakers together
    bool has_of = false;
    for (std::size_t i = core; i < name_b; ++i) has_of = has_of || ctx.is(i, "of");
    for (std::size_t i = core + 1; i + 1 < name_b && !has_of; ++i)
        if (ctx.is(i, "and") && ctx.tok(i - 1).cap && ctx.tok(i + 1).cap &&
            (!(is_title_word(ctx.tok(i - 1)) && is_title_word(ctx.tok(i + 1))) ||  // "President and General Manager"
             addressed(ctx, core, i - 1))) {  // (but "Mr. King and Mr. Schultz")
            m.type = SourceType::collective;
            m.name = join_tokens(ctx, core, name_b);
            sp.plural = true;
            return true;
        }
    // "WCVB-TV", "Harbour-FM": a station by its call sign
    if (name_b - core == 1 && head.cap &&
        (head.lower.ends_with("-tv") || head.lower.ends_with("-fm") || head.lower.ends_with("-am"))) {
        m.type = SourceType::outlet;
        m.name = join_tokens(ctx, core, name_b);
        return true;
    }
    if (name_b - core == 1 && is_acronym(ctx, head)) {
        // "HP", "NATO": an acronym names a body
        m.type = SourceType::organization;
        m.name = join_tokens(ctx, core, name_b);
        return true;
    }
    return unnamed_before_name(ctx, core, name_b, sp);
}

// A person, perhaps with a role and the body they speak for, unless the phrase names an
// agency or outlet after a description.
void Typing::as_person() {
    // a person, perhaps with a role and the body they speak for
    m.type = SourceType::person;
    parse_name_role(ctx, core, name_b, sp);
    // "the state news agency TASS", "the newspaper Kommersant": the name after the
    // description is an agency's or an outlet's, not a person's (TASS had been one). Not
    // past a preposition: "an editor at Politico" is a person at an outlet.
    static const WordSet kMediaNouns{"agency", "newspaper", "broadcaster", "channel", "network",
                                     "daily",  "tabloid",   "magazine",    "outlet",  "station",
                                     "wire",   "paper",     "publication", "website"};
    bool media_noun = false, preposition = false;
    for (std::size_t i = core; i < name_b; ++i) {
        media_noun = media_noun || (!ctx.tok(i).cap && kMediaNouns.contains(ctx.tok(i).lower));
        preposition = preposition || is_preposition(ctx.tok(i).lower);
    }
    if (media_noun && !preposition && !m.name.empty()) {
        if (known_medium({text::lower(m.name)}, m)) {
            m.role.clear();
            return;
        }
        // (one the lists do not know, right after the noun: "Portuguese newspaper Correio de
        // Manha", "the broadcaster Harbour FM"): the role's last word, or the word before the
        // capitalised words the phrase ends on
        std::size_t n = name_b;
        while (n > core && ctx.tok(n - 1).cap) --n;
        const std::size_t space = m.role.rfind(' ');
        std::string noun = space == std::string::npos ? m.role : m.role.substr(space + 1);
        if (!kMediaNouns.contains(noun) && n > core && n < name_b) noun = ctx.tok(n - 1).lower;
        if (m.type == SourceType::person && kMediaNouns.contains(noun)) {
            m.type = noun == "agency" || noun == "wire" ? SourceType::agency : SourceType::outlet;
            m.role.clear();
            return;
        }
    }
    if (m.name.empty()) {
        m.name = join_tokens(ctx, core, name_b);
        m.role.clear();
        if (is_org_head(head.lower)) m.type = SourceType::organization;
    }
    describe(ctx, {desc_a, desc_b}, sp);
}

}  // namespace claimgraph::extract::typing
