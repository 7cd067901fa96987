#include "extract/parsed.h"
#include "extract/reported.h"

#include <algorithm>

#include "extract/cue_model.h"
#include "extract/frames.h"
#include "extract/lexicon.h"
#include "extract/parse_spans.h"
#include "extract/participle.h"
#include "extract/speaker.h"
#include "extract/speaker_phrase.h"
#include "syntax/models.h"
#include "syntax/tokenize.h"
#include "util/text.h"

namespace claimgraph::extract {

namespace {

// Sentences longer than this are left to the rules: news sentences are far shorter, and
// what reads a tree's spans is linear per cue, so a pathological one-sentence megabyte of
// cue verbs would cost the square of its length.
constexpr std::size_t kMaxParsedWords = 200;

// A verb with a subject of its own: a clause.
bool has_subject(const ParsedSentence& p, std::size_t head) {
    if (p.sentence.words[head].upos != "VERB") return false;
    for (std::size_t d : p.children[head])
        if (p.sentence.words[d].deprel == "nsubj" && d < head) return true;
    return false;
}

// One parsed sentence: every cue verb with a subject and a clausal complement.
void find_in(Context& ctx, const ParsedSentence& p, const std::vector<Range>& range_of) {
    const syntax::Sentence& s = p.sentence;
    for (std::size_t v = 0; v < s.words.size(); ++v) {
        const syntax::Word& verb = s.words[v];
        if (verb.upos != "VERB") continue;
        const std::optional<CueVerb> cue = cue_verb(text::lower(verb.form));
        const std::size_t tv = token_at(ctx, verb.start);
        if (!cue || !free_word(ctx, tv) || passive_participle(ctx, tv)) continue;
        std::optional<std::size_t> subject, complement;
        for (std::size_t d : p.children[v]) {
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
        const Range source = without_edge_punct(ctx, subject_words(p, range_of, v, *subject));
        Range content = complement_words(ctx, p, range_of, *complement);
        if (content.empty() || !ctx.free(source) || opens_time_clause(ctx, content.first))
            continue;
        if (asks_with_do(ctx, source)) continue;
        if (content.first <= tv && tv < content.last) continue;
        if (!speaker_by_head(ctx, s, *subject, source, false)) continue;
        if (cue->cls == CueClass::other && !speaker_by_head(ctx, s, *subject, source, true)) continue;
        // (a clause has a verb form the word lists know, or a subject of its own: "said all
        // crews sign the contract")
        if (!looks_like_clause(ctx, content) && s.words[*complement].deprel == "ccomp" &&
            !has_subject(p, *complement))
            continue;
        Found f;
        f.cue = Range{tv, tv + 1};
        f.lemma = std::string(cue->lemma);
        f.source = source;
        f.content.push_back(content);
        emit(ctx, f);
    }
}

// The speaker of a statement already made whose mention is or holds `r`, carried over
// (the words are that statement's).
std::optional<SourceMention> speaker_at(const Context& ctx, Range r) {
    const Span at = ctx.span(past_opening_adverb(ctx, r));  // (a mention's words leave out "Even", "However,")
    for (auto a = ctx.out.rbegin(); a != ctx.out.rend(); ++a) {
        // (the same words, or words that hold them: "Mr. Obama" of "Mr. Obama, who")
        if (!a->source || !a->source->span || a->source->span->start > at.start || a->source->span->end < at.end)
            continue;
        SourceMention m = *a->source;
        m.resolved_from = m.span;
        m.span.reset();
        m.text.clear();
        return m;
    }
    return std::nullopt;
}

// The speaker a relative pronoun at token `at` stands for, as its mention (resolved from
// the antecedent): `said_by` when the parse found the clause's noun, else the noun phrase
// the pronoun follows, which the parse may have read as a clause of its own ("the Chicago
// Police Department which reported …", "Cruz, who pointedly refused …").
std::optional<SourceMention> relative_speaker(Context& ctx, std::size_t at, Range said_by) {
    if (!free_word(ctx, at)) return speaker_at(ctx, {at, at + 1});  // another statement's speaker, shared
    // "Nick J. Rahall II (D-W. Va.), who …": the parse may take the parenthesis for the
    // antecedent; the name before it is
    const auto before_parenthesis = [&](std::size_t end) {
        if (end < 2 || !ctx.is(end - 1, ")")) return end;
        for (std::size_t k = end - 1; k > 0 && end - k < 12; --k)
            if (ctx.is(k - 1, "(")) return k - 1;
        return end;
    };
    const std::size_t comma = at > 0 && ctx.is(at - 1, ",") ? at - 1 : at;
    if (const std::size_t paren = before_parenthesis(comma); paren != comma && !said_by.empty()) {
        if (said_by.first >= paren)
            said_by = Range{};
        else
            said_by.last = std::min(said_by.last, paren);
    }
    if (said_by.empty() || !plausible_speaker(ctx, said_by)) {
        const Sentence* sentence = ctx.sentence_of(at);
        const std::size_t end = before_parenthesis(comma);
        if (!sentence || end <= sentence->first) return std::nullopt;
        const std::optional<Range> before = phrase_ending_at(ctx, sentence->first, end);
        if (!before || before->last != end) return std::nullopt;
        said_by = without_edge_punct(ctx, *before);
        // the phrase starts after the verb or preposition it is the object of ("turned to
        // the Chicago Police Department which")
        for (std::size_t k = said_by.first; k + 1 < said_by.last; ++k)
            if (const Token& t = ctx.tok(k); t.kind == TokenKind::word && !t.cap &&
                                             (is_preposition(t.lower) || is_irregular_past(t.lower) ||
                                              t.lower.ends_with("ed") || cue_verb(t.lower)))
                said_by.first = k + 1;
    }
    std::optional<SourceMention> m;
    if (said_by.empty()) return std::nullopt;
    if (ctx.free(said_by) && plausible_speaker(ctx, said_by)) {
        m = make_source(ctx, said_by);
        m->resolved_from = m->span;
        ctx.mark_used(said_by);
    } else if (!ctx.free(said_by)) {
        m = speaker_at(ctx, said_by);
    }
    if (!m || !m->resolved_from) return std::nullopt;
    m->span = ctx.span({at, at + 1});
    m->text = std::string(ctx.slice({at, at + 1}));
    ctx.mark_used({at, at + 1});
    return m;
}

// "Derek Mitchell, who served as ambassador …, said", "David Kamin, an outside adviser
// to the campaign …, said", "since Clinton, at Monday's debate, cited", which the parse
// reads wrong: the name set off by commas right before the verb at `verb`
std::optional<Range> name_set_off(const Context& ctx, std::size_t verb) {
    if (verb < 4 || !ctx.is(verb - 1, ",")) return std::nullopt;
    // what follows the name's comma is an aside (a relative clause, a description, an age),
    // not a clause of its own
    const auto aside = [&](std::size_t k) {
        const Token& t = ctx.tok(k);
        return t.lower == "who" || is_determiner(t.lower) || t.kind == TokenKind::number ||
               (t.kind == TokenKind::word && !t.cap);
    };
    const Sentence* s = ctx.sentence_of(verb);
    if (!s) return std::nullopt;
    // the comma that opens the aside (at most 30 words back, no quotation in between)
    std::size_t e = verb - 1;
    while (e > s->first && !ctx.is(e - 1, ",") && verb - e < 30 && !ctx.in_quote(e - 1) && !ctx.is(e - 1, ";")) --e;
    if (e <= s->first + 1 || !ctx.is(e - 1, ",")) return std::nullopt;
    --e;  // the comma
    // the name: capitalised words (a title's or initial's full stop inside) up to the comma
    std::size_t a = e;
    while (a > s->first && (ctx.tok(a - 1).cap || (ctx.is(a - 1, ".") && a - 1 > s->first && ctx.tok(a - 2).cap)) &&
           (ctx.tok(a - 1).kind == TokenKind::word || ctx.is(a - 1, ".")))
        --a;
    const Range name{a, e};
    if (a < e && aside(e + 1) && ctx.free({a, verb}) && strong_speaker(ctx, name) && ctx.tok(e - 1).cap &&
        ctx.tok(e - 1).kind == TokenKind::word)
        return name;
    // else the name that opens the sentence, before an aside of several commas ("Donna
    // Sampson Rawlings, 59, of Ashton, Md., who watched …, said")
    a = s->first;
    while (a < verb && ctx.tok(a).kind != TokenKind::word) ++a;
    std::size_t b = a;
    while (b < verb && ctx.tok(b).cap && ctx.tok(b).kind == TokenKind::word) ++b;
    if (b == a || b + 2 >= verb || !ctx.is(b, ",") || !ctx.free({a, verb})) return std::nullopt;
    for (std::size_t k = b + 1; k + 1 < verb; ++k)
        if (ctx.in_quote(k) || ctx.is(k, ";")) return std::nullopt;
    if (!aside(b + 1) || !strong_speaker(ctx, {a, b})) return std::nullopt;
    return Range{a, b};
}

// Whether the parse's passive subject of word v is its active one: the verb is a perfect,
// "has" with no passive auxiliary ("Rival Hillary Clinton, however, has indicated …"), which
// the parse sometimes reads as passive.
bool active_perfect(const ParsedSentence& p, std::size_t v) {
    bool have = false;
    int subjects = 0;
    for (std::size_t d : p.children[v]) {
        const syntax::Word& w = p.sentence.words[d];
        if (w.deprel == "aux:pass") return false;
        have = have || (w.deprel == "aux" && w.lemma == "have");
        subjects += w.deprel == "nsubj:pass";
    }
    // (two passive subjects: the parse is lost, "Republicans and the Black Lives Matter movement")
    return have && subjects == 1;
}

// Whether the phrase word d heads is a plain noun phrase: no verb, auxiliary or comma in it,
// (where the parse took an active subject for a passive one, a longer phrase is often its
// misreading: "15 of the 19 hijackers were Saudis, the government in Riyadh has denied").
bool plain_phrase(const ParsedSentence& p, std::size_t d) {
    const auto& words = p.sentence.words;
    std::size_t first = d;
    for (std::size_t k = 0; k < words.size(); ++k) {
        std::size_t h = k;
        for (std::size_t steps = 0; h != d && words[h].head > 0 && steps < words.size(); ++steps)
            h = static_cast<std::size_t>(words[h].head - 1);
        if (h != d) continue;
        if (words[k].upos == "VERB" || words[k].upos == "AUX" || words[k].form == ",") return false;
        first = std::min(first, k);
    }
    // nor one that starts inside a name ("the Black Lives Matter movement" read as "Matter
    // movement")
    return first == 0 || words[first - 1].upos != "PROPN";
}

// The words a learned model takes for cue heads: the speaker is the word's subject (or
// the possessor of a noun: "Trump's support for"), the content its complement — a clause,
// an infinitive, an object, or the phrase a preposition or noun takes.
void find_learned(Context& ctx, const ParsedSentence& p, const std::vector<Range>& range_of, const CueModel& model) {
    const syntax::Sentence& s = p.sentence;
    for (std::size_t v = 0; v < s.words.size(); ++v) {
        const std::size_t tv = token_at(ctx, s.words[v].start);
        // punctuation heads no cue (the model never saw it: training leaves it out)
        if (s.words[v].upos == "PUNCT" || ctx.used[tv] || ctx.in_quote(tv) || passive_participle(ctx, tv) ||
            model.score(p, v) <= 0)
            continue;
        std::optional<std::size_t> subject, complement;
        int rank = 99;
        for (std::size_t d : p.children[v]) {
            const std::string& r = s.words[d].deprel;
            // (a passive subject the parse gave a perfect speaks when it is a plain noun phrase)
            const bool speaks =
                r == "nsubj" || r == "nmod:poss" ||
                (r == "nsubj:pass" && active_perfect(p, v) && s.words[d].upos != "PRON" && plain_phrase(p, d));
            if (speaks && !subject) subject = d;
            static const char* const kOrder[] = {"ccomp", "xcomp", "obj", "obl", "nmod", "acl", "advcl"};
            for (int k = 0; k < 7; ++k)
                if (r == kOrder[k] && k < rank && d > v) {
                    rank = k;
                    complement = d;
                }
        }
        if (!complement) continue;
        Range content = complement_words(ctx, p, range_of, *complement);
        if (content.empty() || (content.first <= tv && tv < content.last)) continue;
        // "said when she resigned": when it was said, not what
        if (s.words[*complement].deprel == "advcl" && is_subordinator(ctx.tok(content.first).lower)) continue;
        Found f;
        f.cue = Range{tv, tv + 1};
        f.lemma = s.words[v].lemma;
        // no subject of its own: the one of the verb it completes or is coordinated with
        // ("Trump decided to attack …", "Trump spoke and attacked …")
        std::size_t owner = v;  // the verb whose subject it is
        for (std::size_t h = v; !subject && h < s.words.size();) {
            const std::string& r = s.words[h].deprel;
            if (s.words[h].head <= 0 || (r != "xcomp" && r != "conj" && r != "advcl")) break;
            h = static_cast<std::size_t>(s.words[h].head - 1);
            for (std::size_t d : p.children[h])
                if (s.words[d].deprel == "nsubj") {
                    subject = d;
                    owner = h;
                }
        }
        if (subject) {
            const std::string w = text::lower(s.words[*subject].form);
            Range source = subject_words(p, range_of, owner, *subject);
            // "Ben Rhodes, …, who discussed the plan with reporters, argued": the subject's
            // words stop before its relative clause (another statement's, or none)
            for (std::size_t d : p.children[*subject])
                if (d > *subject && s.words[d].deprel.starts_with("acl"))
                    source.last = std::min(source.last, range_of[d].first);
            source = without_edge_punct(ctx, source);
            if (asks_with_do(ctx, source)) continue;
            // "Benjamin Rhodes, one of the president's closest aides, who discussed …": the
            // relative clause's antecedent speaks (its words up to the clause)
            // (the mention is the pronoun, resolved to it, as "he" is to a name)
            if (w == "who" || w == "that" || w == "which") {
                Range said_by;
                if (s.words[owner].deprel.starts_with("acl") && s.words[owner].head > 0) {
                    const auto antecedent = static_cast<std::size_t>(s.words[owner].head - 1);
                    said_by = without_edge_punct(ctx, {range_of[antecedent].first, range_of[owner].first});
                }
                f.inferred = relative_speaker(ctx, token_at(ctx, s.words[*subject].start), said_by);
                source = Range{};
            }
            if (!source.empty()) {
                if (ctx.free(source)) {
                    if (speaker_by_head(ctx, s, *subject, source, false)) f.source = source;
                } else {
                    // another statement's speaker, shared: its mention holds these words or,
                    // when the parse's phrase runs on ("The campaign on Monday also …"), the
                    // phrase's head
                    f.inferred = speaker_at(ctx, source);
                    if (!f.inferred) {
                        const std::size_t head = token_at(ctx, s.words[*subject].start);
                        f.inferred = speaker_at(ctx, {head, head + 1});
                    }
                }
            }
        }
        if (!f.source && !f.inferred) f.source = name_set_off(ctx, tv);
        // "Trump … said he would order a review and warned against hackers", read by the
        // parse as the content's verb: the speaker of the statement the sentence made before
        // "Peabody said: “…,” adding that …": a participle after a comma or a quotation adds
        // to what that speaker said
        const bool adds = tv > 0 && (ctx.is(tv - 1, ",") || ctx.tok(tv - 1).kind == TokenKind::quote) &&
                          ctx.tok(tv).lower.ends_with("ing");
        if (!f.source && !f.inferred && tv > 0 && (ctx.is(tv - 1, "and") || adds))
            if (const Sentence* at = ctx.sentence_of(tv)) f.inferred = earlier_speaker(ctx, *at, tv);
        f.content.push_back(content);
        emit(ctx, f);
    }
}

}  // namespace

// A free cue verb worth a parse: written in lower case, not a noun after a determiner or
// a possessive ("the report", "Trump's plans"), with words after it for a clause.
bool worth_parsing(const Context& ctx, const Sentence& s, std::size_t i) {
    if (!free_word(ctx, i) || ctx.tok(i).cap || i + 2 >= s.last) return false;
    const std::optional<CueVerb> verb = cue_verb(ctx.tok(i).lower);
    if (!verb || (verb->lemma == "refer" && !ctx.is(i + 1, "to"))) return false;  // "referred patients"
    if (i > s.first && (is_determiner(ctx.tok(i - 1).lower) || is_possessive(ctx.tok(i - 1)))) return false;
    return true;
}

// "The mayor vetoed the budget, saying …", whose ", saying" the word rules took: the
// clause's own verb may be a cue the model reads (a free past form before the participle).
bool verb_before_participle(const Context& ctx, const Sentence& s) {
    for (std::size_t i = s.first + 2; i < s.last; ++i) {
        if (!ctx.used[i] || !ctx.is(i - 1, ",") || !ctx.tok(i).lower.ends_with("ing") || !cue_verb(ctx.tok(i).lower))
            continue;
        for (std::size_t k = s.first + 1; k + 1 < i; ++k)
            if (const Token& t = ctx.tok(k); free_word(ctx, k) && !t.cap &&
                                             is_past_form(t.lower))
                return true;
    }
    return false;
}

void find_parsed(Context& ctx, const Sentence& s, const CueModel* cues, bool every_sentence) {
    bool any = false;
    for (std::size_t i = s.first; i < s.last && !any; ++i)
        any = every_sentence ? free_word(ctx, i) : worth_parsing(ctx, s, i);
    if (!any && cues && !every_sentence) any = verb_before_participle(ctx, s);
    if (!any) return;
    const std::size_t from = ctx.tok(s.first).start, to = ctx.tok(s.last - 1).end;
    for (ParsedSentence& p : parse_text(ctx.text.substr(0, to), from, kMaxParsedWords)) {
        const std::vector<Range> ranges = token_ranges(ctx, p);
        ctx.stage = "parse";
        find_in(ctx, p, ranges);
        ctx.stage = "model";
        if (cues) find_learned(ctx, p, ranges, *cues);
    }
    find_participles_after(ctx, s);
}

}  // namespace claimgraph::extract
