#include "extract/cue_readings.h"

#include <string>

#include "extract/lexicon.h"
#include "extract/word_set.h"

namespace claimgraph::extract {

bool points_out_at(const Context& ctx, std::size_t i) {
    if (i + 1 >= ctx.size() || ctx.in_quote(i) || ctx.tok(i).cap || !ctx.is(i + 1, "out")) return false;
    const std::string& w = ctx.tok(i).lower;
    return w == "points" || w == "pointed" || w == "point";
}

// (not after a subject or a word of the verb phrase: "critics call", "they call", "would
// call", "to call", "still call")
bool call_is_noun(const Context& ctx, std::size_t i) {
    if (i + 1 < ctx.size() && ctx.tok(i + 1).lower.starts_with("cent")) return true;
    if (i == 0) return false;
    const Token& p = ctx.tok(i - 1);
    const std::string& w = p.lower;
    if (p.kind != TokenKind::word || p.cap || w.ends_with('s') || w.ends_with("ly")) return false;
    static const WordSet kNotNouns{"to",   "and", "or",     "who", "that",  "which",    "not",    "also",  "still",
                                   "then", "now", "people", "men", "women", "children", "police", "media", "percent"};
    return !kNotNouns.contains(w) && !is_pronoun_subject(w) && !is_auxiliary(w) && !is_adverb_between(w) &&
           !is_subordinator(w) && !is_determiner(w) && !is_quantifier_pronoun(w);
}

bool adds_no_words(const Context& ctx, const Found& f) {
    if (f.lemma != "add" || f.content.empty()) return false;
    const Range r = f.content.front();
    if (r.empty() || ctx.tok(r.first).kind == TokenKind::quote || ctx.in_quote(r.first)) return false;
    static const WordSet kScores{"goal",       "goals",  "point",   "points",  "run", "runs",  "touchdown",
                                 "touchdowns", "assist", "assists", "percent", "per", "cents", "cent"};
    for (std::size_t i = r.first; i < r.last && i < r.first + 4; ++i) {
        const Token& t = ctx.tok(i);
        if (t.kind == TokenKind::number || kScores.contains(t.lower)) return true;
        // ("added that …", "added: Lund …": words; "added to …": none)
        if (i == r.first && (t.lower == "to" || t.lower == "that" || t.cap)) return t.lower == "to";
        if (t.kind != TokenKind::word ||
            (!is_determiner(t.lower) && !number_word(t.lower) && t.lower != "more" && t.lower != "another"))
            return false;
    }
    return false;
}

}  // namespace claimgraph::extract
