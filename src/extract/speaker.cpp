// A speaker phrase read (speaker.h): who speaks, by name, role, body, pronoun or
// description; the words themselves are read in speaker_words.cpp.
#include "extract/speaker.h"

#include <algorithm>

#include "extract/first_names.h"
#include "extract/lexicon.h"
#include "extract/speaker_phrase.h"
#include "extract/speaker_words.h"
#include "extract/word_set.h"
#include "util/text.h"

namespace claimgraph::extract {

using namespace speaker_words;

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

SpeakerPhrase parse_speaker(const Context& ctx, Range r) {
    SpeakerPhrase sp;
    sp.mention.span = ctx.span(r);
    sp.mention.text = std::string(ctx.slice(r));
    std::size_t b = end_before_punct(ctx, r);
    std::size_t a = r.first;
    // "today the company", "yesterday Gladkov": the time is no part of who speaks; nor is a
    // conjunction that opens the sentence ("But Fiorina was far less bubbly:", "When I began")
    // clang-format off
    static const WordSet kOpeners{"but", "and", "or", "so", "yet", "when", "while", "if", "because", "although",
                                  "though", "once", "whereas", "unless", "until"};
    // clang-format on
    while (a + 1 < b && (is_leading_adverb(ctx.tok(a).lower) || in(kOpeners, ctx.tok(a).lower))) ++a;
    // "In a Monday statement President Vale": the circumstance before the name (a
    // preposition's noun in lower case, then capitals) is no part of who speaks
    if (is_preposition(ctx.tok(a).lower) && a + 2 < b)
        for (std::size_t k = a + 1; k + 1 < b; ++k)
            if (!ctx.tok(k).cap && ctx.tok(k).kind == TokenKind::word && !is_determiner(ctx.tok(k).lower) &&
                ctx.tok(k + 1).cap && ctx.tok(k + 1).kind == TokenKind::word) {
                a = k + 1;
                break;
            }
    // "… Will Not Allow People To Die On The Street\nDonald Trump, who …": a headline in title
    // case on the line before the name is no part of it (four capitalised words or more
    // before a line break: a name wrapped with the text's lines has fewer)
    for (std::size_t k = a + 1; k < b; ++k) {
        if (ctx.text.substr(ctx.tok(k - 1).end, ctx.tok(k).start - ctx.tok(k - 1).end).find('\n') ==
            std::string_view::npos)
            continue;
        bool headline = k - a >= 4;
        for (std::size_t j = a; headline && j < k; ++j) headline = ctx.tok(j).cap && ctx.tok(j).kind == TokenKind::word;
        if (headline) a = k;
    }
    // "The St. Paul City Council on Wednesday", "Judge Carlton W. Reeves late Thursday
    // night": when they spoke is no part of who speaks
    std::size_t last = r.last;
    if (const std::size_t when = time_phrase_start(ctx, a, b); when < b) last = b = when;
    // "Vera Lind rear-ended a truck …, telling police": nor is the verb after a name, what
    // the person did, or how they said it ("Hillary Clinton boldly")
    if (b > a + 1 && ctx.tok(b - 1).kind == TokenKind::word && !ctx.tok(b - 1).cap && ctx.tok(b - 1).lower.size() > 4 &&
        (ctx.tok(b - 1).lower.ends_with("ed") || is_manner_adverb(ctx.tok(b - 1).lower)) && ctx.tok(b - 2).cap &&
        ctx.tok(b - 2).kind == TokenKind::word)
        last = --b;
    if (a > r.first || last < r.last) {
        sp.mention.span = ctx.span({a, last});
        sp.mention.text = std::string(ctx.slice({a, last}));
    }

    // "Sen. Chuck Grassley (R-Iowa) on Wednesday …", "Harry M. Reid (D-Nev.)": a party and
    // state in brackets after the name are no part of it
    const auto before_party = [&](std::size_t end) {
        for (std::size_t k = end; k > a + 1 && end - k < 6; --k)
            if (ctx.is(k - 1, "(")) return party_tag_at(ctx, {k, end}) && ctx.tok(k - 2).cap ? k - 1 : end;
        return end;
    };
    b = before_party(b);
    // apposition: split at the first comma into name part and description part
    std::size_t comma = a;
    while (comma < b && ctx.tok(comma).lower != ",") ++comma;
    // ("Teachers, nurses and firefighters": a list, whose commas set off no description)
    const bool listed = comma < b && list_of_people(ctx, a, b);
    if (listed) comma = b;
    std::size_t name_a = a, name_b = b, desc_a = b, desc_b = b;
    // "The Harrison County, Miss., coroner, Gary Hargrove": the name after the last comma,
    // when a role noun ends what comes before it
    std::size_t last_comma = b;
    while (last_comma > a && ctx.tok(last_comma - 1).lower != ",") --last_comma;
    bool named_last = !listed && last_comma > comma + 1 && last_comma + 1 < b && b - last_comma <= 4 &&
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
    } else if (comma + 2 < b && !ctx.tok(comma + 1).cap && ctx.tok(comma + 1).lower.size() > 4 &&
               ctx.tok(comma + 1).lower.ends_with("ing") &&
               (!is_attributive_ing(ctx.tok(comma + 1).lower) || is_determiner(ctx.tok(comma + 2).lower) ||
                is_preposition(ctx.tok(comma + 2).lower))) {
        // "The mayor, speaking to reporters, said", "The governor, visiting the site on
        // Monday, said": an aside on what they were doing, after whom it is about (it had
        // been the name: "Speaking to reporters", "Monday")
        name_b = comma;
    } else if (comma < b && comma + 1 < b && lists_examples(ctx, comma + 1)) {
        // "New Jersey officials, including Gov. Chris Christie": the group speaks; whom it
        // includes is neither its name nor its role
        name_b = comma;
    } else if (comma < b) {
        // (an abbreviation's full stop after it: "John Hale Jr., the mayor"; a party and
        // state in brackets: "Rep. Elijah Cummings (D-Md.), chair of …")
        std::size_t before = comma - 1 > a && ctx.is(comma - 1, ".") ? comma - 2 : comma - 1;
        const std::size_t bracket = opening_bracket(ctx, a, comma);
        if (bracket > a) before = bracket - 1;
        // "The Obama administration, in a far-reaching effort to …,": a circumstance after
        // the comma, not a name
        const Token& after = ctx.tok(comma + 1);
        bool first_is_name = ctx.tok(before).cap || (!after.cap && is_preposition(after.lower) && after.lower != "of");
        // "One pastor supporting Mr. Cruz, Darran Whiting of …": the name after the comma
        const std::size_t named_after_description = first_is_name ? name_after_description(ctx, a, before, comma, b) : 0;
        if (named_after_description) first_is_name = false;
        if (first_is_name) {
            name_b = bracket > a ? bracket : comma;
            desc_a = comma + 1;
            // "Jorge Alsip, MD, the …": the degrees after a name are no part of the role
            for (std::size_t k = desc_a; k <= b && desc_a < b; ++k) {
                if (k == b || ctx.is(k, ",")) {
                    std::string joined;
                    for (std::size_t i = desc_a; i < k; ++i)
                        if (!ctx.is(i, ".")) joined += ctx.tok(i).lower;
                    std::erase(joined, '.');
                    // (and a party and state: "Sen. Lindsey Graham, R-S.C., a candidate")
                    if ((!is_name_suffix(joined) && !is_party_tag(joined)) || !ctx.tok(desc_a).cap) break;
                    desc_a = std::min(k + 1, b);
                }
            }
        } else {
            desc_a = a;
            desc_b = comma;
            name_a = comma + 1;
            if (named_after_description) {
                name_b = named_after_description;
                // (the description is the role, and a title before the name no part of it:
                // "The chairman of the Joint Chiefs, Gen. Joseph F. Dunford Jr.,")
                while (name_a + 2 < name_b && ctx.tok(name_a).cap && is_title_word(ctx.tok(name_a)))
                    name_a += ctx.is(name_a + 1, ".") ? 2 : 1;
            }
            // ("Trump's Indiana chairman, Rex Early, a former state party chairman who …": a
            // second description after the name is no part of it)
            for (std::size_t k = name_a + 1; !named_after_description && k < name_b; ++k)
                if (ctx.is(k, ",") && ctx.tok(k - 1).cap) {
                    name_b = k;
                    break;
                }
        }
    }
    // ("Nick J. Rahall II (D-W. Va.), who …")
    if (name_b <= b) name_b = before_party(name_b);
    // "a leaked memo seen by Channel 9": the memo speaks; who saw it is context. So do
    // "fishermen interviewed by Reuters" and "residents questioned by the council": the
    // people asked speak, not who asked them (Reuters had been a person so named)
    // (and "emails combed through by Vox", "records gone over by the council")
    static const WordSet kSeenBy{"seen",       "obtained", "reviewed", "published", "released", "interviewed",
                                 "questioned", "polled",   "surveyed", "contacted", "quoted",   "cited",
                                 "combed",     "gone",     "pored",    "sifted",    "analyzed", "analysed"};
    for (std::size_t i = name_a + 1; i + 1 < name_b; ++i)
        if (kSeenBy.contains(ctx.tok(i).lower) &&
            (ctx.is(i + 1, "by") ||
             (i + 2 < name_b && (ctx.is(i + 1, "through") || ctx.is(i + 1, "over")) && ctx.is(i + 2, "by")))) {
            name_b = i;
            break;
        }
    // "Trump in his announcement speech", "Mr. Brel in Portmore on Monday": where or when a
    // person named spoke is no part of the name (it had been the person "Trump in his
    // announcement speech", or "Portmore" in the role "Mr. Brel in")
    for (std::size_t k = name_a + 1; k + 1 < name_b; ++k) {
        if (!(ctx.is(k, "in") || ctx.is(k, "during") || ctx.is(k, "at") || ctx.is(k, "on"))) continue;
        const Token& next = ctx.tok(k + 1);
        const bool setting = next.lower == "his" || next.lower == "her" || next.lower == "their" ||
                             (next.cap && !ctx.is(k, "at") && !ctx.is(k, "on"));
        bool named = setting;
        for (std::size_t j = name_a; named && j < k; ++j)
            named = (ctx.tok(j).cap && ctx.tok(j).kind == TokenKind::word) || ctx.is(j, ".");
        if (named && ((k == name_a + 1 && !next.cap) || is_honorific(ctx.tok(name_a).lower) ||
                      first_name_gender(join_tokens(ctx, name_a, k)) != Gender::unknown))
            name_b = k;
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
    name_b = time_after_noun(ctx, name_a, participle_after_noun(ctx, name_a, name_b));
    name_b = before_relative_clause(ctx, name_a, name_b);
    // "He’s not saying …": a pronoun's "’s" is "is" or "has" (a pronoun has no possessive so
    // written), no part of the speaker (it had been a person named "He's")
    if (name_b == name_a + 2 && (ctx.is(name_a, "he") || ctx.is(name_a, "she")) && is_possessive(ctx.tok(name_a + 1)))
        name_b = name_a + 1;
    const Token& head = ctx.tok(name_b - 1);
    sp.head = name_b - name_a == 1 ? pronoun_before_clitic(head.lower) : head.lower;
    sp.gender = gender_of(ctx, a, b);
    const std::string lower_all = text::lower(text::normalize_name(ctx.slice({name_a, name_b})));
    const std::size_t core = skip_determiners(ctx, name_a, name_b);
    const std::string lower_core = text::lower(join_tokens(ctx, core, name_b));
    SourceMention& m = sp.mention;

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
        return sp;
    }
    if (listed || joins_two_speakers(ctx, core, name_b)) {
        m.type = SourceType::collective;
        m.name = capitalized(join_tokens(ctx, core, name_b));
        sp.plural = true;
        return sp;
    }
    if (name_b - name_a == 1 && is_pronoun_subject(sp.head)) {
        sp.needs_resolution = true;
        sp.plural = sp.head == "they" || sp.head == "we";
        m.type = sp.head == "it" ? SourceType::organization : sp.plural ? SourceType::collective : SourceType::person;
        sp.gender = sp.head == "she" ? Gender::female : sp.head == "he" ? Gender::male : Gender::unknown;
        m.name = m.text.substr(0, sp.head.size());  // (without its clitic: "I" of "I've")
        return sp;
    }
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
            return sp;
        }
        break;
    }
    if (const std::optional<Range> maker = made_by(ctx, core, name_b)) {
        speaks_as_author(ctx, *maker, sp);
        return sp;
    }
    // "Peter Lang of The Harbour Times", "Senator Bernie Sanders of Vermont": a person before "of"
    if (person_of(ctx, core, name_b, m)) {
        // ("another leading Supreme Court advocate, Andrew J. Pincus of the law firm …")
        describe(ctx, {desc_a, desc_b}, sp);
        return sp;
    }
    if (known_medium({lower_all, lower_core}, m)) return sp;
    // "the Baltic Record", "the Metro Ledger": a capitalised publication name
    // (not its readers: "Readers of the Harbour Ledger")
    if (head.cap && core < name_b && ctx.tok(core).cap && is_publication_head(head.lower) &&
        group_head(ctx, core, name_b) == name_b - 1) {
        m.type = SourceType::outlet;
        m.name = join_tokens(ctx, core, name_b);
        return sp;
    }
    // "One of them", "one of the jurors": someone of a group the text does not name
    if (ctx.is(name_a, "one") && name_a + 2 < name_b && ctx.is(name_a + 1, "of") && !ctx.tok(name_a + 2).cap) {
        m.type = SourceType::anonymous;
        m.name = capitalized(join_tokens(ctx, name_a, name_b));
        return sp;
    }
    // "A spokeswoman for Janney", "an adviser to Ivo Brel": not Janney, nor Brel
    if (holder_of_role(ctx, core, name_b, m) || body_of(ctx, core, name_b, m)) return sp;
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
            return sp;
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
            return sp;
        }
    }
    if (is_evidence_noun(doc.lower) && (!doc.cap || doc_b - core == 1) && !is_collective_noun(doc.lower)) {
        // "a leaked memo", "the report": a document whose author the text does not name
        m.type = SourceType::anonymous;
        m.name = capitalized(join_tokens(ctx, core, name_b));
        sp.needs_resolution = false;
        return sp;
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
        return sp;
    }
    // "the government of Costa Rica", "the army of Veltria": a body in lower case of a place
    // or body by name (the name after "of" had been a person's: "Costa Rica" agreed)
    if (std::size_t of = core + 1; org_head && head.cap) {
        while (of < name_b && !ctx.is(of, "of")) ++of;
        bool lower = of + 1 < name_b && ctx.tok(of + 1).cap && is_org_head(ctx.tok(of - 1).lower);
        for (std::size_t i = core; lower && i < of; ++i) lower = ctx.tok(i).kind == TokenKind::word && !ctx.tok(i).cap;
        if (lower) {
            m.type = SourceType::organization;
            m.name = join_tokens(ctx, core, name_b);
            return sp;
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
            return sp;
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
            return sp;
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
    if (org_head && is_org_head(head.lower) && !person_not_body()) {
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
            (!(is_title_word(ctx.tok(i - 1)) && is_title_word(ctx.tok(i + 1))) ||  // "President and General Manager"
             addressed(ctx, core, i - 1))) {  // (but "Mr. King and Mr. Schultz")
            m.type = SourceType::collective;
            m.name = join_tokens(ctx, core, name_b);
            sp.plural = true;
            return sp;
        }
    // "WCVB-TV", "Harbour-FM": a station by its call sign
    if (name_b - core == 1 && head.cap &&
        (head.lower.ends_with("-tv") || head.lower.ends_with("-fm") || head.lower.ends_with("-am"))) {
        m.type = SourceType::outlet;
        m.name = join_tokens(ctx, core, name_b);
        return sp;
    }
    if (name_b - core == 1 && is_acronym(ctx, head)) {
        // "HP", "NATO": an acronym names a body
        m.type = SourceType::organization;
        m.name = join_tokens(ctx, core, name_b);
        return sp;
    }
    if (unnamed_before_name(ctx, core, name_b, sp)) return sp;
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
            return sp;
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
            return sp;
        }
    }
    if (m.name.empty()) {
        m.name = join_tokens(ctx, core, name_b);
        m.role.clear();
        if (is_org_head(head.lower)) m.type = SourceType::organization;
    }
    describe(ctx, {desc_a, desc_b}, sp);
    return sp;
}

}  // namespace claimgraph::extract
