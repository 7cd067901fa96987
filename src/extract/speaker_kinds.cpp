// Which kind of speaker a phrase names (declared in speaker_words.h): two speakers joined
// by "and", a document about something, no person at all, and the adverbs that open a
// sentence before its subject.
#include "extract/speaker_words.h"

#include <algorithm>

#include "extract/lexicon.h"
#include "extract/word_set.h"

namespace claimgraph::extract::speaker_words {

bool joins_two_speakers(const Context& ctx, std::size_t a, std::size_t b) {
    for (std::size_t i = a + 1; i + 1 < b; ++i) {
        const Token& t = ctx.tok(i);
        if (t.kind != TokenKind::word || t.cap) continue;
        if (is_preposition(t.lower)) return false;
        const std::string& next = ctx.tok(i + 1).lower;
        if (t.lower == "and" && ctx.tok(i - 1).kind == TokenKind::word && is_determiner(next) && next != "this" &&
            next != "that")
            return true;
    }
    return false;
}

std::size_t evidence_end(const Context& ctx, std::size_t a, std::size_t b) {
    static const WordSet kAbout{"of", "from", "with", "on", "about", "conducted", "released"};
    // (an author named after it, "an analysis of FEC data by Crowdpac", and an antecedent of
    // "who", "a photo of David Duke, who …", are left to the rules that read them)
    for (std::size_t j = a; j < b; ++j)
        if (ctx.is(j, "by")) return b;
    const std::size_t after = b < ctx.size() && (ctx.is(b, ",") || ctx.is(b, "(")) ? b + 1 : b;
    if (after < ctx.size() && ctx.is(after, "who")) return b;
    // (a capital that only opens the sentence: "Footage from the game", but "Early results
    // of exit polls" names no body "Early")
    const bool opener = ctx.opens_sentence(a);
    for (std::size_t k = a; k + 1 < b && k < a + 5; ++k) {
        const Token& t = ctx.tok(k);
        if (t.kind != TokenKind::word || (k > a && kAbout.contains(t.lower))) return b;
        if (!((!t.cap || (k == a && opener)) && (is_evidence_noun(t.lower) || t.lower == "interviews") &&
              kAbout.contains(ctx.tok(k + 1).lower)))
            continue;
        // (the words before the noun are a name, all capitalised, "Associated Press survey",
        // or a description, none: "new evidence"; "Rock the Vote survey" is left whole; so is
        // a sentence's opening capital before it, "Early results", unless more capitalised
        // words follow it)
        std::size_t caps = 0;
        for (std::size_t j = a; j < k; ++j) caps += ctx.tok(j).cap ? 1 : 0;
        const bool named = caps == k - a && (!opener || caps >= 2);
        return k > a && caps > 0 && !named ? b : k + 1;
    }
    return b;
}

std::size_t past_opening_adverbs(const Context& ctx, std::size_t a, std::size_t end) {
    std::size_t k = a;
    while (k < end && ctx.tok(k).kind == TokenKind::word &&
           (is_opening_adverb(ctx.tok(k).lower) || ctx.is(k, "perhaps") ||
            (k > a && !ctx.tok(k).cap && (ctx.is(k, "not") || ctx.tok(k).lower.ends_with("ly")))))
        ++k;
    if (k > a && k < end && ctx.is(k, ",")) ++k;
    return k;
}

namespace {

// A time word that names a day, a month or a part of one ("Sunday", "morning", "week"),
// not one that only points at it ("last", "this", "earlier").
bool names_a_time(std::string_view w) {
    return is_time_word(w) && w != "last" && w != "this" && w != "next" && w != "earlier" && w != "later" &&
           w != "recently";
}

}  // namespace

std::size_t past_to_comma(const Context& ctx, std::size_t a, std::size_t end, std::size_t reach) {
    std::size_t c = a + 1;
    while (c < end && c - a < reach && !ctx.is(c, ",") && !ctx.in_quote(c)) ++c;
    return c + 1 < end && ctx.is(c, ",") ? c + 1 : a;
}

std::size_t past_opening_time(const Context& ctx, std::size_t a, std::size_t end) {
    std::size_t k = a;
    if (k < end && ctx.tok(k).kind == TokenKind::word && is_preposition(ctx.tok(k).lower)) ++k;
    bool named = false;
    while (k < end && ctx.tok(k).kind == TokenKind::word && is_time_word(ctx.tok(k).lower))
        named = names_a_time(ctx.tok(k++).lower) || named;
    // (not a time that owns what follows: "During Tuesday night's debate, Cruz …")
    return named && k < end && ctx.tok(k).kind == TokenKind::word && !is_possessive(ctx.tok(k)) ? k : a;
}

std::optional<SourceType> not_a_person(std::string_view name) {
    if (name.empty() || std::any_of(name.begin(), name.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
        return std::nullopt;
    // the head: the word before what follows it ("secretary of state", "owner of a shop",
    // "executive familiar with the talks"), without quotation marks, a possessive's
    // apostrophe ("advisers'") or any other byte outside ASCII (curly quotes)
    static const WordSet kAfterHead{"that", "who", "familiar", "involved", "close", "there", "here", "themselves"};
    std::string head;
    for (std::size_t i = 0; i <= name.size();) {
        const std::size_t end = std::min(name.find(' ', i), name.size());
        std::string w(name.substr(i, end - i));
        std::erase_if(w, [](char c) { return c == '"' || c == '\'' || static_cast<unsigned char>(c) >= 0x80; });
        if (!head.empty() && (is_preposition(w) || kAfterHead.contains(w))) break;
        if (!w.empty()) head = w;
        i = end + 1;
    }
    // ("commander-in-chief": its first part)
    if (const std::size_t dash = head.find('-'); dash != std::string::npos && is_role_noun(head.substr(0, dash)))
        return std::nullopt;
    // (nouns for people the role nouns do not hold; "-man" and "-woman" are read below)
    static const WordSet kPeople{"boy",          "girl",    "lady",    "child", "person", "star",   "guest",
                                 "colleague",    "self",    "rival",   "ally",  "critic", "source", "insider",
                                 "neurosurgeon", "magnate", "justice", "user",  "couple", "staff",  "scholar"};
    // (a body in lower case is this article's own, as "the company" is: sources.md)
    static const WordSet kBodies{"newspaper", "paper", "newsletter", "center", "centre", "team", "panel"};
    if (is_org_head(head) || kBodies.contains(head)) return SourceType::organization;
    // ("data from the census", "figures from the ministry": a document, though "data" and
    // "figures" are among the words for groups)
    if (is_evidence_noun(head)) return SourceType::anonymous;
    const std::string one = head.ends_with('s') ? head.substr(0, head.size() - 1) : head;
    if (is_role_noun(head) || is_agent_noun(head) || kPeople.contains(one) || one.ends_with("man") ||
        one.ends_with("men") || one.ends_with("ee") || head.ends_with("-old") || is_pronoun_subject(head) ||
        is_anonymous_noun(head) || is_people_plural(head))
        return std::nullopt;
    return SourceType::anonymous;
}

bool opening_function_word(const Context& ctx, std::size_t k) {
    const Token& t = ctx.tok(k);
    if (t.kind != TokenKind::word || !t.cap) return false;
    const Sentence* s = ctx.sentence_of(k);
    if (!s) return false;
    for (std::size_t i = s->first; i < k; ++i)
        if (ctx.tok(i).kind == TokenKind::word || ctx.tok(i).kind == TokenKind::number) return false;
    static const WordSet kOthers{"why",  "how",  "what", "there",   "just", "simply",  "especially", "once",
                                 "even", "more", "only", "perhaps", "here", "whether", "if"};
    return is_determiner(t.lower) || is_preposition(t.lower) || is_opening_adverb(t.lower) ||
           is_subordinator(t.lower) || kOthers.contains(t.lower);
}

}  // namespace claimgraph::extract::speaker_words
