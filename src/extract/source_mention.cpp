// A speaker phrase as a source mention (speaker.h): resolved against the document's
// earlier mentions and recorded; a dateline glued to a name dropped; the mention as an
// alias; the type of the body a person speaks for.
#include "extract/speaker.h"

#include <cctype>
#include <optional>
#include <set>

#include "extract/first_names.h"
#include "extract/lexicon.h"
#include "extract/participle.h"
#include "extract/speaker_words.h"
#include "extract/word_set.h"
#include "util/text.h"

namespace claimgraph::extract {

using speaker_words::named_as_person;
using speaker_words::without_full_stop;

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

// The words between a subject pronoun at token i and what it is said to have said or done,
// lower-cased, each capitalised one also with a leading '^' (resolve_pronoun's
// `named_after`): "told the judge" in "He told the judge that …"; up to "that", a
// subordinator, a comma or a quotation, and no further than the sentence, six words and
// twelve tokens.
std::set<std::string> words_after(const Context& ctx, std::size_t i) {
    std::set<std::string> out;
    const Sentence* s = ctx.sentence_of(i);
    if (!s) return out;
    for (std::size_t k = i + 1, words = 0; k < s->last && k <= i + 12 && words < 6; ++k) {
        const Token& t = ctx.tok(k);
        if (ctx.in_quote(k) || t.lower == "," || t.lower == "that" || is_subordinator(t.lower)) break;
        if (t.kind != TokenKind::word) continue;
        ++words;
        out.insert(t.lower);
        if (t.cap) out.insert("^" + t.lower);
    }
    return out;
}

// Where the sentence before token i's starts (a byte offset), else its own's.
std::size_t sentence_before(const Context& ctx, std::size_t i) {
    const Sentence* s = ctx.sentence_of(i);
    if (!s) return std::string::npos;
    const Sentence* before = s != ctx.sentences.data() ? s - 1 : s;
    return ctx.tok(before->first).start;
}

// A noun that names a person or people ("spokesman", "advisers", "friend", "supporters",
// "officials"): what a relative "who" after "a spokesman for Mr. Lee, who" may be.
bool names_people(std::string_view w) {
    const std::string_view one = w.ends_with('s') ? w.substr(0, w.size() - 1) : w;
    if (is_role_noun(w) || is_role_noun(one) || is_collective_noun(w) || is_anonymous_noun(w) || is_agent_noun(w))
        return true;
    for (std::string_view noun : {"friend", "ally", "allies", "wife", "husband", "son", "daughter", "family", "people",
                                  "aide", "staff", "team", "camp", "side", "colleague", "associate", "one"})
        if (w == noun || one == noun) return true;
    return false;
}

// "characteristic of a campaign Mr. Khan" (before "has called"): a form of address right
// after a common noun or adverb opens the speaker's words, the noun's clause having lost
// its "that" ("a campaign [that] Mr. Khan has called …"); not after a role noun, a
// determiner, a preposition or a participle ("spokesman Mr. Lee", "advisers to Mr. Obama",
// "Democrats supporting Mrs. Clinton": one phrase) or "what" ("what Mr. Hedge called").
// Only a name that ends the phrase, in a phrase of no comma ("Jason Furman, who leads
// Mr. Obama's council"), and never after "like" or a comparative ("someone like Mr.
// Clarke", "the younger Mr. Trump"). With `relative` (the phrase is the antecedent of a
// "who" that speaks), after a preposition too when what the preposition follows names no
// person ("attacks by Mr. Trump, who"; not "a spokesman for Mr. Obama, who"). Tokens
// [first, last) of `r`.
Range from_address(const Context& ctx, Range r, bool relative) {
    // (the address's full stop may be a token of its own: "Mr" ".")
    const auto stop = [&](std::size_t k) { return ctx.is(k, ".") && k > r.first && ctx.tok(k - 1).kind == TokenKind::word; };
    std::size_t i = r.last;
    while (i > r.first && ((ctx.tok(i - 1).kind == TokenKind::word && ctx.tok(i - 1).cap) || stop(i - 1))) --i;
    for (std::size_t k = r.first; k < r.last; ++k)
        if (ctx.tok(k).kind != TokenKind::word && !stop(k)) return r;
    if (i == r.first || i + 1 >= r.last || ctx.tok(i).kind != TokenKind::word) return r;
    // (no word before the name, or no name after the address)
    if (i + 2 == r.last && stop(i + 1)) return r;
    const Token& t = ctx.tok(i);
    const Token& before = ctx.tok(i - 1);
    const std::string_view w = without_full_stop(t.lower);
    if (!is_honorific(w) || w == "miss" || w == "sir" || w == "madam") return r;
    if (relative && is_preposition(before.lower) && i >= r.first + 2) {
        if (names_people(ctx.tok(i - 2).lower)) return r;
    } else if (is_role_noun(before.lower) || is_determiner(before.lower) || is_preposition(before.lower) ||
               is_ing_form(before.lower) || before.lower.ends_with("er") || before.lower == "like" ||
               before.lower == "what" || before.lower == "and" || before.lower == "or" || before.lower == "late") {
        return r;
    }
    return {i, r.last};
}

// "CNN didn't", "Mr. Peck of SunTrust doesn't" (before "report", "expect"): a negated
// auxiliary the subject's phrase took in is no part of the speaker's words.
Range before_negation(const Context& ctx, Range r) {
    const auto negated = [&](std::size_t k) {
        const Token& t = ctx.tok(k);
        return t.kind == TokenKind::word && !t.cap && t.lower.size() > 3 &&
               is_negated_auxiliary(t.lower);
    };
    if (r.size() >= 2 && negated(r.last - 1)) --r.last;
    return r;
}

// "Ms. DeGeneres has even less to do with the movies …. In typical fashion, she released
// …": when no one recorded fits "he" or "she", the person its sentence or the one before
// names with an honorific of that sex, the nearest (not after a preposition: "a gift from
// Mrs. Lund"). Looked for only then: recorded wherever named, every "Mr. Trump" of an
// article was a mention each resolution walked past.
std::optional<Entity> addressed_before(const Context& ctx, std::size_t pronoun, bool female) {
    const Sentence* s = ctx.sentence_of(pronoun);
    if (!s) return std::nullopt;
    const Sentence* before = s != ctx.sentences.data() ? s - 1 : s;
    for (std::size_t k = pronoun; k-- > before->first;) {
        const Token& t = ctx.tok(k);
        if (!t.cap || t.lower.size() > 5 || t.kind != TokenKind::word || !is_honorific(t.lower)) continue;
        const Gender g = speaker_words::gender_of(ctx, k, k + 1);
        if (g == Gender::unknown || (g == Gender::female) != female) continue;
        if (k > 0 && is_preposition(ctx.tok(k - 1).lower)) continue;
        std::size_t a = k + 1;
        if (ctx.is(a, ".")) ++a;
        std::size_t b = a;
        while (b < pronoun && b - a < 3 && ctx.tok(b).cap && ctx.tok(b).kind == TokenKind::word &&
               !is_org_head(ctx.tok(b).lower) && !speaker_words::is_title_word(ctx.tok(b)))
            ++b;
        if (b == a) continue;
        Entity e;
        e.name = text::normalize_name(ctx.slice({a, b}));
        e.gender = g;
        e.span = ctx.span({k, b});
        return e;
    }
    return std::nullopt;
}

}  // namespace

Range past_opening_adverb(const Context& ctx, Range r) {
    if (r.size() < 2) return r;
    const Token& first = ctx.tok(r.first);
    // "Then he cut into Bush, calling …", "However, he said", "Still, both the United States
    // and Russia have shown", "Now, many have trouble": a connective or time adverb that
    // opens the sentence (capitalised, or set off by its comma) and the comma after it
    if (first.kind == TokenKind::word && (first.cap || ctx.is(r.first + 1, ",")) &&
        is_opening_adverb(first.lower)) {
        const std::size_t from = ctx.is(r.first + 1, ",") ? r.first + 2 : r.first + 1;
        if (from < r.last && ctx.tok(from).kind == TokenKind::word) return past_opening_adverb(ctx, {from, r.last});
        return r;
    }
    if (!(ctx.is(r.first, "even") || ctx.is(r.first, "perhaps"))) return r;
    const std::string& next = ctx.tok(r.first + 1).lower;
    if (ctx.tok(r.first + 1).kind != TokenKind::word || is_subordinator(next) || next == "as" || next == "so" ||
        next == "though" || next == "more" || next == "less")
        return r;
    return {r.first + 1, r.last};
}

Range antecedent_of_who(const Context& ctx, Range r) { return from_address(ctx, r, true); }

// "Carson shared a syllabus for a class …, writing “…”", "Trump made similarly bigoted
// charges that …", "Mr. Netanyahu appointed a diplomacy chief who had accused …": a name
// and a verb in the past tense with what it took after it make a clause, not a speaker's
// name. The speaker is the clause's subject, or, when a relative pronoun ends the words,
// what the verb took (the chief who accused). Not past a comma or a preposition, where
// the verb describes a noun ("Mr. Regalado, who was born in Havana and emigrated",
// "percent of Democratic registered voters"), nor a verb followed by a preposition or a
// time ("Republicans opposed to the bill", "analysts surveyed this month").
Range past_clause(const Context& ctx, Range r) {
    for (std::size_t k = r.first; k + 2 < r.last; ++k) {
        const Token& at = ctx.tok(k);
        if (at.kind != TokenKind::word || is_preposition(at.lower)) return r;
        if (!at.cap || is_determiner(at.lower)) continue;
        std::size_t v = k + 1;
        if (v + 2 < r.last && !ctx.tok(v).cap &&
            (ctx.tok(v).lower.ends_with("ly") || is_opening_adverb(ctx.tok(v).lower)))
            ++v;  // "Lewandowski earlier quashed"
        const Token& verb = ctx.tok(v);
        if (verb.kind != TokenKind::word || verb.cap || !is_past_form(verb.lower) || cue_verb(verb.lower)) continue;
        const Token& next = ctx.tok(v + 1);
        if (next.kind != TokenKind::word || next.cap || is_preposition(next.lower)) continue;
        if (v + 2 < r.last && is_determiner(next.lower) && is_time_word(ctx.tok(v + 2).lower)) continue;
        // ("…, who", its comma and pronoun in the words or just after them)
        const auto relative = [&](std::size_t i) {
            return i < ctx.size() && speaker_words::is_relative_pronoun(ctx.tok(i).lower);
        };
        if (relative(r.last - 1) || relative(r.last) || (ctx.is(r.last, ",") && relative(r.last + 1)))
            return {v + 1, r.last};
        return {r.first, k + 1};
    }
    return r;
}

SourceMention make_source(Context& ctx, Range r) {
    r = from_address(ctx, before_negation(ctx, past_opening_adverb(ctx, past_clause(ctx, r))), false);
    SpeakerPhrase sp = parse_speaker(ctx, r);
    SourceMention m = sp.mention;
    // (a sentence's first word is capitalised as any is: "Data from the census" names no one)
    std::string typed = m.name;
    if (ctx.opens_sentence(r.first) && !typed.empty() && text::lower(typed).starts_with(ctx.tok(r.first).lower) &&
        is_evidence_noun(ctx.tok(r.first).lower))
        typed[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(typed[0])));
    if (m.type == SourceType::person && !sp.needs_resolution)
        if (const auto type = speaker_words::not_a_person(typed);
            type && !speaker_words::named_by_body_surname(ctx, m.name))
            m.type = *type;
    if (m.type == SourceType::person && r.size() == 1 && speaker_words::opening_function_word(ctx, r.first))
        m.type = SourceType::anonymous;  // ("Another tweeted", "Beyond …": no name)
    // "Neither side would say", "Either campaign", "No one": a phrase that names no one, nor
    // someone a later "he" or "she" could be
    if (static const WordSet kNoOne{"neither", "either", "no", "none"};
        m.type == SourceType::person && !sp.needs_resolution && r.size() >= 2 &&
        kNoOne.contains(ctx.tok(r.first).lower) && text::lower(m.name).starts_with(ctx.tok(r.first).lower + " "))
        m.type = SourceType::anonymous;
    // "the Civic Action study", "the Harbour Institute report": a document of the body the
    // name before it names, not a person of that name (as "a new study" is no person)
    if (const Token& last = ctx.tok(r.last - 1); m.type == SourceType::person && r.size() >= 2 && !last.cap &&
                                                 is_evidence_noun(last.lower) && ctx.tok(r.last - 2).cap &&
                                                 !m.name.empty() && !m.name.ends_with(last.lower)) {
        // (not a sentence's first word, capitalised as any is: "Recent reports", "Early analysis")
        const bool opening = r.size() == 2 && ctx.opens_sentence(r.first);
        if (!opening) m.organization = m.name;
        m.name += " " + last.lower;
        m.type = SourceType::anonymous;
    }
    // "the United Nations' climate change panel", "the Harbour Authority's review board": a
    // body in lower case that a name owns or qualifies is a body, not a person of that name
    if (const Token& last = ctx.tok(r.last - 1);
        m.type == SourceType::person && r.size() >= 3 && !last.cap && last.kind == TokenKind::word &&
        (is_org_head(last.lower) || last.lower == "panel") && !ctx.tok(r.last - 2).cap &&
        text::lower(m.name).ends_with(" " + last.lower))
        m.type = SourceType::organization;
    const std::size_t at = m.span->start;
    if (sp.needs_resolution) {
        const Entity* e = nullptr;
        if (is_pronoun_subject(sp.head))
            e = ctx.mentions.resolve_pronoun(sp.head, at, named_before(ctx, r.first), words_after(ctx, r.last - 1),
                                             sentence_before(ctx, r.first));
        else
            e = ctx.mentions.resolve_description(sp.head, m.type, at);
        std::optional<Entity> addressed;
        if (!e && (sp.head == "he" || sp.head == "she")) {
            addressed = addressed_before(ctx, r.first, sp.head == "she");
            if (addressed) e = &*addressed;
        }
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
    // (a first name of one sex before the pronoun after the name: "Bernie Vale said …. She
    // said" is someone else)
    if (sp.gender == Gender::unknown && !sp.needs_resolution && m.type == SourceType::person)
        sp.gender = first_name_gender(m.name);
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
