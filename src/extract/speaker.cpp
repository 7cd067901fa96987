// A speaker phrase read (speaker.h): who speaks, by name, role, body, pronoun or
// description; the words themselves are read in speaker_words.cpp.
#include "extract/speaker.h"

#include <algorithm>

#include "extract/first_names.h"
#include "extract/lexicon.h"
#include "extract/speaker_phrase.h"
#include "extract/speaker_typing.h"
#include "extract/speaker_words.h"
#include "extract/word_set.h"
#include "util/text.h"

namespace claimgraph::extract {

using namespace speaker_words;

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
    type_speaker(ctx, {a, b, name_a, name_b, desc_a, desc_b, listed}, sp);
    return sp;
}

}  // namespace claimgraph::extract
