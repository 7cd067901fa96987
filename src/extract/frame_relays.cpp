// Relays in a frame (frames.h): a listener that publishes what it hears, a publication
// before the speaker ("According to Channel 9, the spokesman …"), an origin quoted within a
// subject ("Interfax, quoting TASS,"), and the relay a phrase names.
#include "extract/frames.h"

#include "extract/first_names.h"
#include "extract/lexicon.h"
#include "extract/speaker.h"
#include "util/text.h"

namespace claimgraph::extract {

bool names_publication(const Context& ctx, Range r) {
    if (r.empty()) return false;
    const std::string& head = ctx.tok(r.last - 1).lower;
    const std::string whole = text::lower(ctx.slice(r));
    if (known_agency(head) || known_outlet(head) || head == "agency" || known_agency(whole) || known_outlet(whole))
        return true;
    // "Fox News", "Army Radio", "the Harbour Gazette", "Channel 9": a capitalised name that ends
    // in a publication's word (not a person's: "Bill Post"), or a channel's number
    const Token& last = ctx.tok(r.last - 1);
    if (r.size() >= 2 &&
        ((last.cap && is_publication_head(last.lower) && first_name_gender(ctx.slice(r)) == Gender::unknown) ||
         (last.kind == TokenKind::number && ctx.is(r.last - 2, "channel") && ctx.tok(r.last - 2).cap)))
        return true;
    if (r.size() < 3 || ctx.tok(r.first).lower != "the" || !ctx.tok(r.first).cap) return false;
    for (std::size_t i = r.first + 1; i < r.last; ++i)
        if (!ctx.tok(i).cap) return false;
    return true;
}

std::optional<Range> publication_in(const Context& ctx, Range r) {
    // "told The New York Times Tuesday": the day is when, not who
    while (r.size() > 1 && is_time_word(ctx.tok(r.last - 1).lower)) --r.last;
    // "told Bill Smith of Fox News", "told CNN's Ana Cole": the journalist's outlet
    for (std::size_t k = r.first + 1; k + 1 < r.last; ++k) {
        if (ctx.is(k, "of") && names_publication(ctx, {k + 1, r.last})) return Range{k + 1, r.last};
        if (is_possessive(ctx.tok(k)) && names_publication(ctx, {r.first, k})) return Range{r.first, k};
    }
    if (names_publication(ctx, r)) return r;
    return std::nullopt;
}

std::optional<Range> relay_before(const Context& ctx, std::size_t sentence_first, std::size_t subject_first) {
    std::size_t i = sentence_first;
    if (ctx.is(i, "speaking") || ctx.is(i, "talking")) {
        if (!(ctx.is(i + 1, "to") || ctx.is(i + 1, "with"))) return std::nullopt;
        i += 2;
    } else if (ctx.is(i, "in") && (ctx.is(i + 1, "an") || ctx.is(i + 1, "a")) && ctx.is(i + 2, "interview") &&
               ctx.is(i + 3, "with")) {
        i += 4;
    } else if (ctx.is(i, "according") && ctx.is(i + 1, "to")) {  // "According to Channel 9, the spokesman believes"
        i += 2;
    } else {
        return std::nullopt;
    }
    if (subject_first == 0 || i >= subject_first - 1 || !ctx.is(subject_first - 1, ",")) return std::nullopt;
    // an audience relays nothing: "Speaking to students at Drexel University, …", "In an
    // interview with reporters Thursday, …"; a name or a publication does, before any
    // preposition ("In an interview with David Axelrod on his podcast, …", "with the
    // spiritual Web site Beliefnet in 2007")
    bool named = ctx.is(sentence_first, "according");
    for (std::size_t k = i; !named && k + 1 < subject_first; ++k) {
        const Token& t = ctx.tok(k);
        if (!t.cap && is_preposition(t.lower)) break;
        named = t.cap && t.kind == TokenKind::word && !is_time_word(t.lower);
    }
    if (!named) return std::nullopt;
    return Range{i, subject_first - 1};
}

// "Interfax, quoting the state news agency TASS," as a subject: TASS speaks, Interfax
// relays; "The Defence Ministry, quoted by TASS,": the ministry speaks, TASS relays. The
// quoted origin, and the relay, when the phrase has one of those shapes.
std::optional<std::pair<Range, Range>> quoting_within(const Context& ctx, Range subject) {
    for (std::size_t i = subject.first + 1; i + 1 < subject.last; ++i) {
        const bool quoting = ctx.is(i, "quoting") || ctx.is(i, "citing");
        const bool quoted = (ctx.is(i, "quoted") || ctx.is(i, "cited")) && ctx.is(i + 1, "by");
        if (!(quoting || quoted) || !ctx.is(i - 1, ",")) continue;
        const std::size_t from = quoted ? i + 2 : i + 1;
        std::size_t e = from;
        while (e < subject.last && !ctx.is(e, ",")) ++e;
        if (e == from || i - 1 == subject.first) return std::nullopt;
        if (quoted) return std::pair{Range{subject.first, i - 1}, Range{from, e}};
        return std::pair{Range{from, e}, Range{subject.first, i - 1}};
    }
    return std::nullopt;
}

Via relay_of(const Context& ctx, Range r) {
    const SpeakerPhrase relay = parse_speaker(ctx, r);
    SourceType type = relay.mention.type;
    // a person who passes the words on is one when named so ("according to Genesee County
    // Sheriff Robert Pickell", "David Axelrod"); any other name is taken for a publication's
    // (the role's last word a title: "Sheriff", "Mr.")
    std::string title = text::lower(relay.mention.role);
    if (const std::size_t space = title.rfind(' '); space != std::string::npos) title.erase(0, space + 1);
    if (!title.empty() && title.back() == '.') title.pop_back();
    const bool person =
        type == SourceType::person && !relay.needs_resolution &&
        (is_role_noun(title) || is_honorific(title) || first_name_gender(relay.mention.name) != Gender::unknown);
    if (type != SourceType::agency && type != SourceType::outlet && !person)
        type = text::lower(ctx.slice(r)).find("agency") != std::string::npos ? SourceType::agency : SourceType::outlet;
    return {relay.mention.name, type, ctx.span(r)};
}

}  // namespace claimgraph::extract
