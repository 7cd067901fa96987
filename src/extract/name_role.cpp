// A person's name and role (speaker_words.h): the name the phrase's last capitalised words
// give (with its initials, particles and suffix), the role the words before it give, and a
// description set off by commas as the role when there is none.
#include "extract/speaker_words.h"

#include "extract/lexicon.h"
#include "extract/word_set.h"
#include "util/text.h"

namespace claimgraph::extract::speaker_words {

namespace {

// A particle of a name in lower case: "de" of "Bill de Blasio", "von der" of "Ursula von der
// Leyen".
bool name_particle(std::string_view w) {
    static const WordSet kParticles{"de", "van", "von", "der", "den", "da", "di",  "du",  "del", "della",
                                    "la", "le",  "bin", "ibn", "al",  "el", "dos", "das", "ter", "ten"};
    return kParticles.contains(w);
}

// Two initials or more with their full stops in one word ("H.W.", "J.R.R."), but a
// country's ("U.S.", "U.K.", "U.N.", "E.U.").
bool initials(const Token& t) {
    const std::string& w = t.lower;
    return t.kind == TokenKind::word && t.cap && w.size() >= 4 && w.back() == '.' && is_initials(w) && w != "u.s." &&
           w != "u.k." && w != "u.n." && w != "e.u.";
}

}  // namespace

void parse_name_role(const Context& ctx, std::size_t a, std::size_t b, SpeakerPhrase& sp) {
    // the trailing run of capitalised non-title words is the name (with the suffix after
    // it: "Joseph R. Biden Jr", whose "Jr" is no title)
    std::size_t end = b;
    // (after a name's word: "Mr. Edd" is no Doctor of Education)
    if (end > a + 1 && ctx.tok(end - 1).cap && is_name_suffix(without_full_stop(ctx.tok(end - 1).lower)) &&
        ctx.tok(end - 2).cap && ctx.tok(end - 2).kind == TokenKind::word && !is_title_word(ctx.tok(end - 2)))
        --end;
    std::size_t n = end;
    while (n > a) {
        const Token& t = ctx.tok(n - 1);
        // a surname that is also a title's word ends a name after a first name: a modifier
        // ("Terry White", "Ann Young"), or a role noun after a title ("President Billy King")
        const bool surname =
            n == end && n - 1 > a && t.cap && t.kind == TokenKind::word && !is_honorific(t.lower) &&
            first_name(ctx.tok(n - 2)) &&
            ((!is_role_noun(t.lower) ? is_role_modifier(t.lower) : n - 2 > a && is_title_word(ctx.tok(n - 3))) ||
             person_with_body_surname(ctx, n - 2, n));  // ("Richard Cross", "Anna Church")
        // a particle between a first name and a surname ("Bill de Blasio", "Ursula von der
        // Leyen"): the name goes on past it
        const bool particle = n < end && n - 1 > a && !t.cap && name_particle(t.lower) &&
                              ctx.tok(n - 2).kind == TokenKind::word &&
                              (ctx.tok(n - 2).cap || name_particle(ctx.tok(n - 2).lower));
        // (and that surname alone where the text names the person so: "Cross wrote")
        const bool lone_surname = n == end && n - 1 == a && t.cap && body_word_as_surname(ctx, t.lower);
        // a title's word right after an honorific is a surname: "Mr. King", "Ms. Bishop"
        const std::size_t before = n >= a + 3 && ctx.is(n - 2, ".") ? n - 3 : n - 2;
        const bool addressed = n == end && n - 1 > a && before >= a && t.cap && t.kind == TokenKind::word &&
                               is_honorific(ctx.tok(before).lower);
        // an initial's full stop belongs to the name ("John F. Kennedy"), an honorific's does not ("Mr. Hale")
        const bool name_word = (t.cap && t.kind == TokenKind::word && !is_title_word(t) && !is_org_head(t.lower)) ||
                               surname || lone_surname || particle || addressed ||
                               (t.lower == "." && n - 1 > a && is_abbreviation(ctx.tok(n - 2)) && ctx.tok(n - 2).cap &&
                                !is_title_word(ctx.tok(n - 2)));
        // initials inside a name, one letter and its full stop each ("George H.W. Bush",
        // "J.R.R. Tolkien"), though an abbreviation elsewhere is a title's ("Sen.", "U.S.")
        if (!name_word && !(n < end && initials(t))) break;
        --n;
    }
    // "Governor of Washington Chris Gregoire", "director of the Council on Public Affairs Dana
    // Brooks": after "of"/"on"/"for" the run holds the body, then the name (its last two words)
    if (end - n >= 3 && n > a && !ctx.tok(n - 1).cap &&
        (ctx.is(n - 1, "of") || ctx.is(n - 1, "on") || ctx.is(n - 1, "for") || ctx.is(n - 1, "at")))
        n = end - 2;
    if (n == end) n = b;  // (a suffix alone is no name)
    SourceMention& m = sp.mention;
    m.name = join_tokens(ctx, n, b);
    // title words before the name form the role; the words before those, when they
    // name a body ("Foreign Ministry"), are the organisation
    std::size_t r = n;
    // (an abbreviated title's full stop too: "Troy police Lt. Gerry Scherlinck" had made the
    // body "Troy police Lt.")
    while (r > a &&
           (is_title_word(ctx.tok(r - 1)) || ctx.tok(r - 1).cap ||
            (ctx.is(r - 1, ".") && r - 1 > a && ctx.tok(r - 2).cap && is_abbreviation(ctx.tok(r - 2)))) &&
           !is_org_head(ctx.tok(r - 1).lower) && !is_possessive(ctx.tok(r - 1)))
        --r;
    bool org = false;
    for (std::size_t i = a; i < r; ++i) org = org || is_org_head(ctx.tok(i).lower);
    std::size_t role_from = r;
    if (org) {
        std::size_t org_from = a;
        while (org_from < r && !ctx.tok(org_from).cap) ++org_from;  // "the country's" stays out
        // (a setting before the body is no part of it: "Saturday at the Massachusetts
        // Democratic party convention Sen. Elizabeth Warren")
        for (std::size_t i = org_from; i < r; ++i)
            if (is_time_word(ctx.tok(i).lower) || (!ctx.tok(i).cap && is_preposition(ctx.tok(i).lower) &&
                                                   !ctx.is(i, "of") && !ctx.is(i, "for") && !ctx.is(i, "on")))
                org_from = i + 1;
        while (org_from < r && !ctx.tok(org_from).cap) ++org_from;
        // the body is the capitalised words from its head on: "a campaign Mr. Khan" names
        // no body "Mr."
        bool head = false;
        for (std::size_t i = org_from; i < r; ++i) head = head || is_org_head(ctx.tok(i).lower);
        if (!head) org_from = r;
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
        // "from George H.W. Bush calling …": the preposition the phrase opens with is no role
        if (role_from < n && !ctx.tok(role_from).cap && is_preposition(ctx.tok(role_from).lower)) ++role_from;
    }
    // (words that end on a preposition are no role: "The ad uses footage of", "no mention of",
    // "signs pointed to"; nor are words that join or compare: "Neither Cruz nor", "someone like
    // Mr.", "any of those gifts the kind")
    static const WordSet kNoRole{"nor",   "neither", "either", "or",      "like", "any",   "those",
                                 "these", "than",    "who",    "which",   "whom", "whose", "that",
                                 "if",    "when",    "while",  "because", "but"};
    // (nor those ending on an article, "partial reversal for the", nor a name's particle alone,
    // "de" of "de Blasio")
    bool dangling = n > role_from && !ctx.tok(n - 1).cap &&
                    (is_preposition(ctx.tok(n - 1).lower) || is_determiner(ctx.tok(n - 1).lower) ||
                     (n == role_from + 1 && name_particle(ctx.tok(role_from).lower)));
    for (std::size_t k = role_from; !dangling && k < n; ++k)
        dangling = !ctx.tok(k).cap && kNoRole.contains(ctx.tok(k).lower);
    m.role = dangling ? std::string() : join_tokens(ctx, role_from, n);
    sp.no_role = dangling;
    if (!m.role.empty() && m.role == m.name) m.role.clear();
}

// A person's description set off by commas (`desc`, maybe empty) as their role, when they
// have none yet: "Rita Ramos, the port's director,".
void describe(const Context& ctx, Range desc, SpeakerPhrase& sp) {
    if (desc.empty()) return;
    // "Ramos, 58, a retired nurse,": the age aside, the description is the role
    if (desc.size() > 2 && ctx.tok(desc.first).kind == TokenKind::number && ctx.is(desc.first + 1, ",") &&
        ctx.tok(desc.first + 2).kind == TokenKind::word)
        desc.first += 2;
    // "Mulgrew, president of the union, which represents teachers,": the role ends at the
    // clause that speaks of it, or at a description of the body it names ("editor of The
    // Forward, an influential newspaper,")
    // (and at a relative clause without a comma: "billionaire owner of the Dallas Mavericks
    // who rebuffed pleas …")
    for (std::size_t k = desc.first + 1; k + 1 < desc.last; ++k)
        if ((ctx.is(k, ",") && (is_relative_pronoun(ctx.tok(k + 1).lower) || is_determiner(ctx.tok(k + 1).lower))) ||
            (k > desc.first + 1 && (ctx.is(k, "who") || ctx.is(k, "which")))) {
            desc.last = k;
            break;
        }
    // "Snider, who attended King's news conference,": a clause about the speaker, no role
    const std::string& opens = ctx.tok(desc.first).lower;
    // (an age, "Ramos, 58,", and a circumstance, "Sexton, after the rallies,", are no role;
    // where one works is: "Kell, at the Harbour Institute,")
    const bool age = desc.size() == 1 && ctx.tok(desc.first).kind == TokenKind::number;
    // (nor is a state's abbreviation after a town: "Michael Brown of Washington, D.C.,")
    bool state = true;
    for (std::size_t k = desc.first; state && k < desc.last; ++k)
        state = ctx.is(k, ".") || (ctx.tok(k).cap && (is_initials(ctx.tok(k).lower) || is_abbreviation(ctx.tok(k))));
    if (state) return;
    // (a party before the name says less than the description: "Republican Christine Todd
    // Whitman, the former New Jersey governor,")
    const std::string party = text::lower(sp.mention.role);
    const bool bare = sp.mention.role.empty() || party == "democrat" || party == "republican";
    if (bare && !sp.no_role && !is_relative_pronoun(opens) && !age && (!is_preposition(opens) || opens == "at"))
        sp.mention.role = join_tokens(ctx, skip_determiners(ctx, desc.first, desc.last), desc.last);
    if (sp.gender == Gender::unknown) sp.gender = gender_of(ctx, desc.first, desc.last);
}

}  // namespace claimgraph::extract::speaker_words
