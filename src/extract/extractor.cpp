#include "extract/extractor.h"

#include <algorithm>

#include "extract/asked.h"
#include "extract/closing_relay.h"
#include "extract/confidence.h"
#include "extract/context.h"
#include "extract/direct.h"
#include "extract/labelled.h"
#include "extract/speaker.h"
#include "extract/speaker_words.h"
#include "extract/lexicon.h"
#include "extract/parsed.h"
#include "extract/provenance.h"
#include "extract/reported.h"
#include "util/text.h"

namespace claimgraph::extract {

namespace {

void find_all_quotes(Context& ctx) {
    ctx.quote_at.assign(ctx.size(), -1);
    for (std::size_t p = 0; p < ctx.toks.paragraphs.size(); ++p) {
        for (const Quote& q : find_quotes(ctx.toks, p)) {
            for (std::size_t i = q.open; i <= q.close; ++i) ctx.quote_at[i] = static_cast<int>(ctx.quotes.size());
            ctx.quotes.push_back(q);
        }
    }
}

void split_all_sentences(Context& ctx) {
    std::size_t qi = 0;
    for (std::size_t p = 0; p < ctx.toks.paragraphs.size(); ++p) {
        const Paragraph& para = ctx.toks.paragraphs[p];
        std::vector<std::pair<std::size_t, std::size_t>> spans;
        while (qi < ctx.quotes.size() && ctx.quotes[qi].open < para.last) {
            spans.emplace_back(ctx.quotes[qi].open, ctx.quotes[qi].close);
            ++qi;
        }
        for (const Sentence& s : split_sentences(ctx.toks, p, spans)) ctx.sentences.push_back(s);
    }
}

// Organisations named anywhere ("Russia's Defense Ministry", "the UN Security Council"),
// so that a later "the ministry" can resolve to one that never spoke.
void record_organizations(Context& ctx) {
    for (std::size_t i = 0; i < ctx.size(); ++i) {
        const Token& t = ctx.tok(i);
        if (!t.cap || !is_org_head(t.lower)) continue;
        if (i + 1 < ctx.size() && ctx.tok(i + 1).cap && ctx.tok(i + 1).paragraph == t.paragraph) continue;
        // "Richard Cross", "Anna Church": a person
        if (i > 0 && speaker_words::person_with_body_surname(ctx, i - 1, i + 1)) continue;
        std::size_t a = i;
        while (a > 0 && ctx.tok(a - 1).paragraph == t.paragraph &&
               (ctx.tok(a - 1).cap || is_possessive(ctx.tok(a - 1))) && i - a < 6)
            --a;
        while (a < i && !ctx.tok(a).cap) ++a;
        std::size_t b = i + 1;
        if (ctx.is(b, "of") && b + 1 < ctx.size() && ctx.tok(b + 1).cap) {  // Ministry of Defence
            b += 2;
            while (b < ctx.size() && ctx.tok(b).cap && b - i < 6) ++b;
        }
        Entity e;
        e.name = text::normalize_name(ctx.slice({a, b}));
        e.type = SourceType::organization;
        e.span = ctx.span({a, b});
        ctx.mentions.add(std::move(e));
    }
}

// Whether the paragraph of token i is written in title case, as headlines are ("Big-Name
// Senator Endorsed Trump"): four words at least, no more than one of them in lower case
// but for short function words.
bool title_case_paragraph(const Context& ctx, std::size_t i) {
    const std::size_t p = ctx.tok(i).paragraph;
    std::size_t a = i;
    while (a > 0 && ctx.tok(a - 1).paragraph == p) --a;
    std::size_t words = 0, lower = 0;
    for (std::size_t k = a; k < ctx.size() && ctx.tok(k).paragraph == p; ++k) {
        const Token& t = ctx.tok(k);
        if (t.kind != TokenKind::word) continue;
        ++words;
        if (!t.cap && t.lower.size() > 3) ++lower;
    }
    return words >= 4 && lower <= 1;
}

// The sex of the first "he" or "she" its sentence writes before a token, asked of tokens
// in text order: each token is read once, however many are asked of in one sentence.
class PronounsBefore {
public:
    explicit PronounsBefore(const Context& ctx) : m_ctx(ctx) {}

    Gender at(std::size_t i) {
        for (; m_next < i; ++m_next) {
            enter(m_next);
            if (m_first == Gender::unknown && in_sentence(m_next))
                m_first = m_ctx.is(m_next, "he") ? Gender::male : m_ctx.is(m_next, "she") ? Gender::female : m_first;
        }
        enter(i);
        return in_sentence(i) ? m_first : Gender::unknown;
    }

private:
    // moves to the sentence token k lies in (the next one when k lies between two)
    void enter(std::size_t k) {
        while (m_sentence < m_ctx.sentences.size() && m_ctx.sentences[m_sentence].last <= k) {
            ++m_sentence;
            m_first = Gender::unknown;
        }
    }
    bool in_sentence(std::size_t k) const {
        return m_sentence < m_ctx.sentences.size() && m_ctx.sentences[m_sentence].first <= k;
    }

    const Context& m_ctx;
    std::size_t m_next = 0, m_sentence = 0;
    Gender m_first = Gender::unknown;
};

// People named with their title anywhere ("President Barack Obama announced …",
// "coroner Gary Hargrove"), so that a later "the president" or "the coroner" can resolve
// to one who had not spoken yet (not in a headline's title case: "Senator Endorsed Trump").
void record_titled_people(Context& ctx) {
    PronounsBefore pronouns(ctx);
    // (a paragraph's case is read once: the last one read, and whether it is title case)
    std::size_t cased = std::string::npos;
    bool title_case = false;
    for (std::size_t i = 0; i + 2 < ctx.size(); ++i) {
        const Token& title = ctx.tok(i);
        // (a title is followed by a name: the cheap test first, as it is made at every word)
        if (!ctx.tok(i + 1).cap || title.kind != TokenKind::word || !is_role_noun(title.lower) ||
            is_honorific(title.lower))
            continue;
        std::size_t b = i + 1;
        // (an initial's full stop is the name's: "Speaker Paul D. Ryan" had been "Paul D")
        const auto initial_stop = [&](std::size_t k) {
            return k > i + 1 && k + 1 < ctx.size() && ctx.is(k, ".") && ctx.tok(k - 1).lower.size() == 1 &&
                   ctx.tok(k - 1).cap && ctx.tok(k + 1).cap && ctx.tok(k).paragraph == title.paragraph;
        };
        std::size_t stops = 0;
        while (b < ctx.size() && b - i <= 3 + stops) {
            if (initial_stop(b)) {
                ++stops;
                ++b;
                continue;
            }
            if (!(ctx.tok(b).cap && ctx.tok(b).kind == TokenKind::word) || ctx.tok(b).paragraph != title.paragraph ||
                (is_org_head(ctx.tok(b).lower) && !speaker_words::person_with_body_surname(ctx, b - 1, b + 1)) ||
                is_role_noun(ctx.tok(b).lower) || is_place_name(ctx.tok(b).lower))
                break;
            ++b;
        }
        if (b - i < 3) continue;  // a first name and a surname at least
        if (cased != title.paragraph) {
            cased = title.paragraph;
            title_case = title_case_paragraph(ctx, i);
        }
        if (title_case) continue;
        Entity e;
        e.pronoun_before = pronouns.at(i);
        e.after_preposition = i > 0 && is_preposition(ctx.tok(i - 1).lower);
        e.name = text::normalize_name(ctx.slice({i + 1, b}));
        e.type = SourceType::person;
        // (with the words that qualify the title: "Former President", "Vice President")
        std::size_t role_a = i;
        while (role_a > 0 && i - role_a < 3 && ctx.tok(role_a - 1).kind == TokenKind::word &&
               ctx.tok(role_a - 1).paragraph == title.paragraph && is_role_modifier(ctx.tok(role_a - 1).lower))
            --role_a;
        e.role = std::string(ctx.slice({role_a, i + 1}));
        e.span = ctx.span({i, b});
        ctx.mentions.add(std::move(e));
        i = b - 1;
    }
}

}  // namespace

Extraction extract(const Document& doc, const Options& options) {
    Context ctx;
    ctx.text = doc.text;
    ctx.toks = tokenize(doc.text, doc.body_start);
    ctx.used.assign(ctx.size(), 0);
    ctx.bounds = options.bounds;
    ctx.join_turns = options.join_turns;
    ctx.speech_only = options.speech_only;
    find_all_quotes(ctx);
    split_all_sentences(ctx);
    record_organizations(ctx);
    record_titled_people(ctx);

    Extraction ex;
    ex.document = doc;
    ex.provenance = find_provenance(ctx);
    // a dateline ("ODESA (AP) —") is the wire's, not part of the first statement
    for (const ProvenanceMark& p : ex.provenance) {
        if (p.kind != "dateline") continue;
        const auto& toks = ctx.toks.tokens;
        auto t = std::partition_point(toks.begin(), toks.end(), [&](const Token& x) { return x.start < p.span.start; });
        for (; t != toks.end() && t->start < p.span.end; ++t) ctx.used[static_cast<std::size_t>(t - toks.begin())] = 1;
    }
    // (the sentence it opens starts after it, so that no subject runs into it)
    for (std::size_t p = 0; p < ctx.toks.paragraphs.size() && p < 3; ++p) {
        const Paragraph& para = ctx.toks.paragraphs[p];
        const std::size_t end = bare_dateline(ctx, para);
        if (!end) continue;
        for (std::size_t k = para.first; k < end; ++k) ctx.used[k] = 1;
        for (Sentence& sentence : ctx.sentences)
            if (sentence.first == para.first && end < sentence.last) sentence.first = end;
    }
    ctx.stage = "labelled";
    find_labelled(ctx);
    const auto read_sentence = [&](const Sentence& s) {
        // a question asked first: its quoted words are the question's, not the answer's
        ctx.stage = "rules";
        find_asked(ctx, s);
        ctx.stage = "quote";
        find_direct(ctx, s);
        ctx.stage = "rules";
        find_reported(ctx, s);
        if (!options.fast) find_parsed(ctx, s, options.cues, options.deep);
        ctx.stage = "quote";
        find_direct_after(ctx, s);
    };
    for (const Sentence& s : ctx.sentences) {
        if (const auto relay = closing_relay(ctx, s))
            read_relayed(ctx, s, *relay, read_sentence);
        else
            read_sentence(s);
    }
    ex.statements = std::move(ctx.out);
    for (Attribution& a : ex.statements) {
        if (!a.source) continue;
        drop_dateline(*a.source, doc.outlet);
        a.source->alias = alias_of(*a.source);
        if (!a.source->organization.empty()) a.source->organization_type = body_type(a.source->organization);
    }
    if (options.confidence) {
        for (Attribution& a : ex.statements) a.confidence = options.confidence->confidence(a);
        std::erase_if(ex.statements, [&](const Attribution& a) { return a.confidence < options.min_confidence; });
    }
    if (options.speech_only)
        std::erase_if(ex.statements, [](const Attribution& a) { return a.cue && a.cue->cls != "speech"; });
    std::stable_sort(ex.statements.begin(), ex.statements.end(), [](const Attribution& a, const Attribution& b) {
        return a.content.front().start < b.content.front().start;
    });
    return ex;
}

}  // namespace claimgraph::extract
