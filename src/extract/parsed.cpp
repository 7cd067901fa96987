#include "extract/parsed.h"

#include <algorithm>

#include "extract/cue_model.h"
#include "extract/frames.h"
#include "extract/lexicon.h"
#include "extract/speaker.h"
#include "syntax/models.h"
#include "syntax/tokenize.h"
#include "util/text.h"

namespace claimgraph::extract {

namespace {

bool free_word(const Context& ctx, std::size_t i) {
    return !ctx.used[i] && !ctx.in_quote(i) && ctx.tok(i).kind == TokenKind::word;
}

// The extractor's token holding byte `at` (words are never coarser than tokens).
std::size_t token_at(const Context& ctx, std::size_t at) {
    const auto& toks = ctx.toks.tokens;
    auto t = std::partition_point(toks.begin(), toks.end(), [&](const Token& x) { return x.end <= at; });
    return static_cast<std::size_t>(std::min(t, toks.end() - 1) - toks.begin());
}

// Each word's subtree as a word range [first, last] (projective trees: contiguous).
std::vector<std::pair<std::size_t, std::size_t>> subtrees(const syntax::Sentence& s) {
    std::vector<std::pair<std::size_t, std::size_t>> out(s.words.size());
    for (std::size_t i = 0; i < out.size(); ++i) out[i] = {i, i};
    for (std::size_t i = 0; i < s.words.size(); ++i) {
        std::size_t steps = 0;
        for (int h = s.words[i].head; h > 0 && steps < s.words.size(); h = s.words[static_cast<std::size_t>(h - 1)].head) {
            auto& r = out[static_cast<std::size_t>(h - 1)];
            r.first = std::min(r.first, i);
            r.second = std::max(r.second, i);
            ++steps;
        }
    }
    return out;
}

bool all_free(const Context& ctx, Range r) {
    for (std::size_t i = r.first; i < r.last; ++i)
        if (ctx.used[i]) return false;
    return true;
}

// One parsed sentence: every cue verb with a subject and a clausal complement.
void find_in(Context& ctx, const syntax::Sentence& s) {
    const auto sub = subtrees(s);
    const auto range_of = [&](std::size_t w) {
        return Range{token_at(ctx, s.words[sub[w].first].start), token_at(ctx, s.words[sub[w].second].start) + 1};
    };
    for (std::size_t v = 0; v < s.words.size(); ++v) {
        const syntax::Word& verb = s.words[v];
        if (verb.upos != "VERB") continue;
        const std::optional<CueVerb> cue = cue_verb(text::lower(verb.form));
        const std::size_t tv = token_at(ctx, verb.start);
        if (!cue || !free_word(ctx, tv)) continue;
        std::optional<std::size_t> subject, complement;
        for (std::size_t d = 0; d < s.words.size(); ++d) {
            if (s.words[d].head != static_cast<int>(v) + 1) continue;
            if (s.words[d].deprel == "nsubj" && !subject) subject = d;
            // a clause ("said five people died"); an infinitive after a verb of intention
            // ("wants to build a wall")
            if (s.words[d].deprel == "ccomp" && !complement) complement = d;
            if (s.words[d].deprel == "xcomp" && cue->frame == CueFrame::object_content && cue->cls == CueClass::other &&
                !complement)
                complement = d;
        }
        if (!subject || !complement) continue;
        // "who said …": the relative clause's antecedent speaks, which the rules handle
        const std::string subject_word = text::lower(s.words[*subject].form);
        if (subject_word == "who" || subject_word == "that" || subject_word == "which") continue;
        const Range source = range_of(*subject);
        Range content = trim_content(ctx, range_of(*complement));
        if (content.empty() || !all_free(ctx, source) || !all_free(ctx, content)) continue;
        if (content.first <= tv && tv < content.last) continue;
        if (!plausible_speaker(ctx, source)) continue;
        if (cue->cls == CueClass::other && !strong_speaker(ctx, source)) continue;
        if (!looks_like_clause(ctx, content) && s.words[*complement].deprel == "ccomp") continue;
        Found f;
        f.cue = Range{tv, tv + 1};
        f.lemma = std::string(cue->lemma);
        f.source = source;
        f.content.push_back(content);
        emit(ctx, f);
    }
}

// The words a learned model takes for cue heads: the speaker is the word's subject (or
// the possessor of a noun: "Trump's support for"), the content its complement — a clause,
// an infinitive, an object, or the phrase a preposition or noun takes.
void find_learned(Context& ctx, const ParsedSentence& p, const CueModel& model) {
    const syntax::Sentence& s = p.sentence;
    const auto sub = subtrees(s);
    const auto range_of = [&](std::size_t w) {
        return Range{token_at(ctx, s.words[sub[w].first].start), token_at(ctx, s.words[sub[w].second].start) + 1};
    };
    for (std::size_t v = 0; v < s.words.size(); ++v) {
        const std::size_t tv = token_at(ctx, s.words[v].start);
        if (ctx.used[tv] || ctx.in_quote(tv) || model.score(p, v) <= 0) continue;
        std::optional<std::size_t> subject, complement;
        int rank = 99;
        for (std::size_t d : p.children[v]) {
            const std::string& r = s.words[d].deprel;
            if ((r == "nsubj" || r == "nmod:poss") && !subject) subject = d;
            static const char* const kOrder[] = {"ccomp", "xcomp", "obj", "obl", "nmod", "acl", "advcl"};
            for (int k = 0; k < 7; ++k)
                if (r == kOrder[k] && k < rank && d > v) {
                    rank = k;
                    complement = d;
                }
        }
        if (!complement) continue;
        Range content = trim_content(ctx, range_of(*complement));
        if (content.empty() || !all_free(ctx, content) || (content.first <= tv && tv < content.last)) continue;
        Found f;
        f.cue = Range{tv, tv + 1};
        f.lemma = s.words[v].lemma;
        if (subject) {
            const std::string w = text::lower(s.words[*subject].form);
            const Range source = range_of(*subject);
            if (w != "who" && w != "that" && w != "which" && all_free(ctx, source) && plausible_speaker(ctx, source))
                f.source = source;
        }
        f.content.push_back(content);
        emit(ctx, f);
    }
}

}  // namespace

// A free cue verb worth a parse: written in lower case, not a noun after a determiner or
// a possessive ("the report", "Trump's plans"), with words after it for a clause.
bool worth_parsing(const Context& ctx, const Sentence& s, std::size_t i) {
    if (!free_word(ctx, i) || ctx.tok(i).cap || !cue_verb(ctx.tok(i).lower) || i + 2 >= s.last) return false;
    if (i > s.first && (is_determiner(ctx.tok(i - 1).lower) || is_possessive(ctx.tok(i - 1)))) return false;
    return true;
}

void find_parsed(Context& ctx, const Sentence& s, const CueModel* cues) {
    bool any = false;
    for (std::size_t i = s.first; i < s.last && !any; ++i) any = cues ? free_word(ctx, i) : worth_parsing(ctx, s, i);
    if (!any) return;
    const std::size_t from = ctx.tok(s.first).start, to = ctx.tok(s.last - 1).end;
    for (ParsedSentence& p : parse_text(ctx.text.substr(0, to), from)) {
        find_in(ctx, p.sentence);
        if (cues) find_learned(ctx, p, *cues);
    }
}

}  // namespace claimgraph::extract
