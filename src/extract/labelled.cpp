#include "extract/labelled.h"

#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "extract/frames.h"
#include "extract/lexicon.h"
#include "extract/speaker_phrase.h"

namespace claimgraph::extract {

namespace {

constexpr std::size_t kMaxNameWords = 4;

// Labels that name a part of the page or a rubric, not a speaker ("Editor's note:",
// "Photo:", "READ MORE:", "Published:", "Analysis:").
bool page_label(std::string_view w) {
    // clang-format off
    static const char* const kLabels[] = {
        "note", "notes", "update", "updated", "updates", "photo", "photos", "image", "images", "gallery", "source",
        "sources", "editor", "related", "read", "watch", "video", "audio", "correction", "corrections",
        "advertisement", "credit", "credits", "published", "posted", "created", "release", "story", "by", "tags",
        "topics", "keywords", "filed", "share", "listen", "caption", "file", "contact", "email", "follow", "see",
        "also", "more", "warning", "spoiler", "disclaimer", "q", "a", "q&a", "question", "answer", "subscribe",
        "breaking", "look", "live", "categories", "category", "comments", "report", "reports", "summary",
        "opinion", "editorial", "analysis", "exclusive", "latest", "contributing", "revealed", "wow", "name",
        "transcript", "disclosure", "graphic", "map", "chart", "review", "interview", "explainer", "factbox",
        "timeline", "commentary", "column", "letters", "podcast", "recap", "highlights"};
    // clang-format on
    for (const char* l : kLabels)
        if (w == l) return true;
    return is_time_word(w);
}

std::size_t word_count(const Context& ctx, Range r) {
    std::size_t n = 0;
    for (std::size_t i = r.first; i < r.last; ++i)
        n += ctx.tok(i).kind == TokenKind::word || ctx.tok(i).kind == TokenKind::number;
    return n;
}

// A name of one to four capitalised words (initials and "of" inside allowed) over
// [a, b), none of them a page's label.
bool name_like(const Context& ctx, Range r, bool pair = false) {
    if (r.empty() || r.size() > kMaxNameWords + 2 + pair) return false;
    std::size_t words = 0;
    // a page's own label ("Read more:", "Editor's note:", "Watch:") is all page words; a
    // name may hold one ("Judicial Watch:")
    bool page = true;
    for (std::size_t i = r.first; i < r.last; ++i) {
        const Token& t = ctx.tok(i);
        if (ctx.used[i]) return false;
        if (t.kind == TokenKind::punct && t.lower == "." && i > r.first) continue;  // "Oscar P. Quintero"
        if (t.kind == TokenKind::word && !is_possessive(t) && !page_label(t.lower)) page = false;
        if (i > r.first && (is_possessive(t) || (t.kind == TokenKind::word && !t.cap &&
                                                 (is_role_noun(t.lower) || is_org_head(t.lower) || t.lower == "camp"))))
            continue;  // "Trump's lawyer:", "Clinton camp:"
        // (two names joined, where a rubric opens the paragraph: "Ana Lund and Eva Holm:")
        if (pair && t.lower == "and" && i > r.first && i + 1 < r.last && ctx.tok(i + 1).cap) continue;
        if (t.kind != TokenKind::word || !t.cap) return false;
        if (i == r.first && is_determiner(t.lower)) return false;  // "The Latest:", "The Ninth Circle:"
        // "Said Maria Okafor: “…”": the verb opens an inverted frame (direct.cpp)
        if (const auto verb = cue_verb(t.lower); i == r.first && r.size() > 1 && verb && verb->cls == CueClass::speech)
            return false;
        ++words;
    }
    return !page && words >= 1 && words <= kMaxNameWords;
}

bool all_caps(std::string_view w) {
    bool letter = false;
    for (char c : w) {
        if (c >= 'a' && c <= 'z') return false;
        letter = letter || (c >= 'A' && c <= 'Z');
    }
    return letter;
}

// The surnames the article introduces: a capitalised word, not in capitals, after another
// capitalised word ("Mike Pence"). Found once per document, when a label needs them.
class Introduced {
public:
    explicit Introduced(const Context& ctx) : m_ctx(ctx) {}
    // A transcript's label in capitals ("PENCE") names someone the article introduced by
    // full name, or labels several paragraphs (an interviewer the article never names:
    // "WALLACE:" … "WALLACE:"); a wire story's section label ("ENERGY:", "KEEPING SCORE:")
    // names no one.
    bool contains(const std::string& lower) {
        if (!m_ready) {
            for (std::size_t i = 1; i < m_ctx.size(); ++i) {
                const Token& t = m_ctx.tok(i);
                const Token& before = m_ctx.tok(i - 1);
                if (t.kind == TokenKind::word && t.cap && before.kind == TokenKind::word && before.cap &&
                    before.paragraph == t.paragraph && !all_caps(m_ctx.text.substr(t.start, t.end - t.start)))
                    m_names.insert(t.lower);
            }
            // one-word labels in capitals that open two paragraphs or more
            std::unordered_map<std::string, int> labels;
            for (const Paragraph& para : m_ctx.toks.paragraphs) {
                std::size_t a = para.first;
                if (a < para.last && m_ctx.tok(a).kind == TokenKind::quote) ++a;
                if (a + 1 < para.last && m_ctx.is(a + 1, ":") && m_ctx.tok(a).kind == TokenKind::word &&
                    all_caps(m_ctx.text.substr(m_ctx.tok(a).start, m_ctx.tok(a).end - m_ctx.tok(a).start)))
                    ++labels[m_ctx.tok(a).lower];
            }
            for (const auto& [label, n] : labels)
                if (n >= 2) m_names.insert(label);
            m_ready = true;
        }
        return m_names.contains(lower);
    }

private:
    const Context& m_ctx;
    std::unordered_set<std::string> m_names;
    bool m_ready = false;
};

// Where a paragraph opens with a rubric in capitals and a dash ("IOWA POLLS NOT WRONG,
// JUST EARLY - Ana Lund: “…”", a digest's items), the token after the dash; else the
// paragraph's first.
std::size_t past_rubric(const Context& ctx, const Paragraph& para) {
    constexpr std::size_t kMaxRubric = 30;
    std::size_t words = 0;
    for (std::size_t i = para.first; i < para.last && i < para.first + kMaxRubric; ++i) {
        const Token& t = ctx.tok(i);
        if (t.kind == TokenKind::punct && (t.lower == "-" || t.lower == "\u2013" || t.lower == "\u2014"))
            return words >= 2 && i > para.first && ctx.tok(i).start > ctx.tok(i - 1).end ? i + 1 : para.first;
        if (t.kind == TokenKind::word && !all_caps(ctx.text.substr(t.start, t.end - t.start))) return para.first;
        words += t.kind == TokenKind::word;
    }
    return para.first;
}

// "PENCE: …" at the start of the paragraph (after an opening quote mark of a quoted
// transcript): the label speaks the rest of the paragraph.
void label_colon(Context& ctx, const Paragraph& para, Introduced& introduced) {
    std::size_t a = para.first;
    if (a < para.last && ctx.tok(a).kind == TokenKind::quote) ++a;
    const std::size_t after_rubric = past_rubric(ctx, para);
    if (after_rubric > a) a = after_rubric;
    std::size_t colon = a;
    while (colon < para.last && colon - a <= kMaxNameWords + 1 && !ctx.is(colon, ":")) ++colon;
    if (colon >= para.last || !ctx.is(colon, ":") || !name_like(ctx, {a, colon}, after_rubric > para.first)) return;
    // "7:45 a.m.", "Tags: …": the colon follows the name directly
    if (ctx.tok(colon).start != ctx.tok(colon - 1).end) return;
    // a label in capitals is a rubric ("KEEPING SCORE:", "ENERGY:") unless it is the
    // surname of someone the article introduced ("PENCE:")
    const Token& head = ctx.tok(colon - 1);
    if (all_caps(ctx.text.substr(head.start, head.end - head.start)) && head.end - head.start > 1 &&
        (colon - a > 1 || !introduced.contains(head.lower)))
        return;
    // ("Poll: Vale a big turnoff for harbour voters": a poll, a survey or a study finds)
    const bool finding = colon == a + 1 && (head.lower == "poll" || head.lower == "survey" || head.lower == "study");
    if (!finding && !strong_speaker(ctx, {a, colon})) return;
    // a headline's rubric or news about the name ("Breaking:", "Esther Vale Dead:"): no
    // speaker (a rubric is one word: "Watch:", not "Harbour Watch:")
    // clang-format off
    static const std::set<std::string_view> kNews{"dead", "dies", "died", "obituary", "arrested", "jailed",
                                                  "sentenced", "convicted", "charged", "injured", "missing"};
    static const std::set<std::string_view> kRubrics{"breaking", "update", "updated", "exclusive", "watch", "video",
                                                     "photos", "live", "opinion", "analysis", "review", "editorial"};
    // clang-format on
    if (kNews.count(head.lower) || (colon == a + 1 && kRubrics.count(head.lower))) return;
    // a rubric of several words ("Delegate Update:", "Paid Notice:", "Just Leaked:") or a
    // title-case phrase with a preposition ("Stealth Over Health:", "Big Win For Bernie:"):
    // no one's name
    static const std::set<std::string_view> kRubricEnds{"update", "notice", "leaked", "bombshell", "alert", "recap"};
    if (kRubricEnds.count(head.lower)) return;
    for (std::size_t i = a + 1; i + 1 < colon; ++i)
        if (ctx.tok(i).cap && is_preposition(ctx.tok(i).lower) && ctx.tok(i).lower != "of") return;
    Range content{colon + 1, para.last};
    // a quoted transcript's closing mark at the paragraph's end is not the label's
    content = trim_content(ctx, content);
    if (word_count(ctx, content) < 3 || !ctx.free(content)) return;
    Found f;
    f.cue = Range{colon, colon + 1};
    f.lemma = finding ? "find" : "say";
    f.source = Range{a, colon};
    f.content.push_back(content);
    f.exact = true;  // the turn is the paragraph, whatever quotations it holds
    emit(ctx, f);
}

// "“…” ― Maria Ortiz" (a horizontal bar or an em dash after a closing quote mark, then a
// name that ends the line): the name speaks the quotation.
void dash_signature(Context& ctx, const Paragraph& para) {
    for (std::size_t d = para.first + 1; d + 1 < para.last; ++d) {
        const Token& t = ctx.tok(d);
        if (t.kind != TokenKind::punct || (t.lower != "\u2015" && t.lower != "\u2014")) continue;
        const int q = ctx.quote_at[d - 1];
        if (q < 0 || ctx.in_quote(d)) continue;
        const Quote& quote = ctx.quotes[static_cast<std::size_t>(q)];
        if (quote.close != d - 1 || !quote.closed) continue;
        // the name runs to the end of the line (the next quotation, or the paragraph's end)
        std::size_t e = d + 1;
        while (e < para.last && ctx.tok(e).kind != TokenKind::quote && ctx.tok(e).start <= ctx.tok(d).end + 200 &&
               ctx.text.substr(ctx.tok(e - 1).end, ctx.tok(e).start - ctx.tok(e - 1).end).find('\n') ==
                   std::string_view::npos)
            ++e;
        std::size_t name_end = e;
        while (name_end > d + 1 && ctx.tok(name_end - 1).kind == TokenKind::punct) --name_end;
        if (!name_like(ctx, {d + 1, name_end})) continue;
        const Range content{quote.open, quote.close + 1};
        if (quote.words < 2 || !ctx.free(content)) continue;
        Found f;
        f.cue = Range{d, d + 1};
        f.lemma = "say";
        f.source = Range{d + 1, name_end};
        f.content.push_back(content);
        emit(ctx, f);
    }
}

// A headline in title case: one line, most of its longer words capitalised ("Obama Says
// Museum Will Tell of Suffering"), no full stop inside.
bool title_case_line(const Context& ctx, const Paragraph& para) {
    if (para.last - para.first > 40) return false;
    std::size_t long_words = 0, capitalised = 0;
    for (std::size_t i = para.first; i < para.last; ++i) {
        const Token& t = ctx.tok(i);
        if (t.kind == TokenKind::punct && (t.lower == "." || t.lower == "?" || t.lower == "!") && i + 1 < para.last &&
            ctx.tok(i + 1).kind != TokenKind::quote)
            return false;
        if (t.kind != TokenKind::word || t.lower.size() < 4) continue;
        ++long_words;
        capitalised += t.cap;
    }
    return long_words >= 3 && capitalised * 10 >= long_words * 8;
}

// A headline's cue verb: capitalised as the headline writes every word, in the present
// ("Says", "Calls", "Shows") or "Said".
std::optional<CueVerb> headline_cue(const Context& ctx, std::size_t i) {
    const Token& t = ctx.tok(i);
    if (t.kind != TokenKind::word || !t.cap || ctx.used[i] || ctx.in_quote(i)) return std::nullopt;
    if (t.lower != "said" && (!t.lower.ends_with("s") || t.lower.ends_with("ss"))) return std::nullopt;
    return cue_verb(t.lower);
}

// The capitalised words of a headline's speaker over `r`: one to six, a possessive or a
// lower-case "of" inside ("Former White House Doctor", "Secretary of State Kerry").
bool headline_speaker(const Context& ctx, Range r) {
    if (r.empty() || r.size() > 6) return false;
    // "How Paul Ryan Thinks …", "U.S. Flexes Muscles As Asia Worries …", "City Attorney
    // Weighs Filing DUI Charges …": a clause, not a name
    // clang-format off
    static const std::set<std::string_view> kClause{"how", "why", "what", "when", "where", "who", "as", "and", "but",
                                                   "if", "while", "after", "before", "because", "amid"};
    // clang-format on
    std::size_t words = 0;
    for (std::size_t i = r.first; i < r.last; ++i) {
        const Token& t = ctx.tok(i);
        if (ctx.used[i] || ctx.in_quote(i) || kClause.count(t.lower) ||
            (t.lower.size() > 5 && t.lower.ends_with("ing")))
            return false;
        if (t.kind == TokenKind::word && (t.cap || (i > r.first && t.lower == "of"))) {
            ++words;
            continue;
        }
        if (i > r.first && (is_possessive(t) || (t.kind == TokenKind::punct && t.lower == "."))) continue;
        return false;
    }
    // five words or more are a name with its role ("Jeb Bush Super PAC Chief"), not a phrase
    if (words > 4 && !is_role_noun(ctx.tok(r.last - 1).lower)) return false;
    return ctx.tok(r.first).cap && !is_determiner(ctx.tok(r.first).lower);
}

// The speaker's words without an adverb before the verb ("Donald Trump Finally Endorses").
Range without_adverb(const Context& ctx, Range r) {
    while (r.size() > 1 && ctx.tok(r.last - 1).lower.size() > 4 && ctx.tok(r.last - 1).lower.ends_with("ly")) --r.last;
    return r;
}

// The article's headline in title case: "CONTENT, SPEAKER Says." or "SPEAKER Says CONTENT"
// (the verb any cue verb of the lexicon: "Calls", "Reveals", "Shows").
void title_case_headline(Context& ctx, const Paragraph& para) {
    if (!title_case_line(ctx, para)) return;
    std::size_t end = para.last;
    while (end > para.first && ctx.tok(end - 1).kind == TokenKind::punct) --end;
    if (end <= para.first + 2) return;
    Found f;
    // "…, Lindsey Graham Says."
    if (const auto verb = headline_cue(ctx, end - 1)) {
        std::size_t comma = end - 1;
        while (comma > para.first && !ctx.is(comma, ",")) --comma;
        if (ctx.is(comma, ",") && headline_speaker(ctx, {comma + 1, end - 1})) {
            f.cue = Range{end - 1, end};
            f.lemma = std::string(verb->lemma);
            f.source = Range{comma + 1, end - 1};
            f.content.push_back(trim_content(ctx, {para.first, comma}));
        }
    }
    // "Chris Christie Calls Hillary Clinton ‘A Disgrace’ …"
    for (std::size_t i = para.first + 1; !f.cue && i + 2 <= end && i <= para.first + 6; ++i) {
        const auto verb = headline_cue(ctx, i);
        if (!verb || !headline_speaker(ctx, {para.first, i})) continue;
        f.cue = Range{i, i + 1};
        f.lemma = std::string(verb->lemma);
        f.source = without_adverb(ctx, {para.first, i});
        f.content.push_back(trim_content(ctx, {i + 1, end}));
    }
    if (!f.cue || f.content.back().size() < 2 || !ctx.free(f.content.back())) return;
    emit(ctx, f);
}

// The headline's "NAME to AUDIENCE: CLAIM" or "NAME on TOPIC: CLAIM" ("Lund to Harbour
// Workers: The Cranes Stay", "Keller on the Bridge: ‘It Will Open’"): the name before "to",
// "on" or "at" speaks what follows the colon.
void headline_addressed(Context& ctx, const Paragraph& para) {
    constexpr std::size_t kMaxBeforeColon = 16;
    if (para.last - para.first > 40) return;
    std::size_t colon = para.first;
    while (colon < para.last && colon - para.first <= kMaxBeforeColon && !ctx.is(colon, ":")) ++colon;
    if (colon >= para.last || colon < para.first + 2 || !ctx.is(colon, ":") ||
        ctx.tok(colon).start != ctx.tok(colon - 1).end)
        return;
    for (std::size_t k = para.first + 1; k + 1 < colon && k <= para.first + kMaxNameWords; ++k) {
        const std::string& w = ctx.tok(k).lower;
        if (w != "to" && w != "on" && w != "at") continue;
        const Range source{para.first, k};
        if (!headline_speaker(ctx, source) || !name_like(ctx, source) || !strong_speaker(ctx, source)) return;
        // the article goes on to name the speaker ("Sen. Kristen Lund"): "Big Win at the
        // Port:" names no one the article speaks of
        const std::string& head = ctx.tok(k - 1).lower;
        bool named_below = false;
        for (std::size_t i = para.last; i < ctx.size() && !named_below; ++i)
            named_below = ctx.tok(i).cap && ctx.tok(i).lower == head;
        if (!named_below) return;
        const Range content = trim_content(ctx, {colon + 1, para.last});
        if (word_count(ctx, content) < 3 || !ctx.free(content)) return;
        Found f;
        f.cue = Range{colon, colon + 1};
        f.lemma = "say";
        f.source = source;
        f.content.push_back(content);
        f.exact = true;
        emit(ctx, f);
        return;
    }
}

}  // namespace

void find_labelled(Context& ctx) {
    Introduced introduced(ctx);
    bool first = true;
    for (const Paragraph& para : ctx.toks.paragraphs) {
        if (para.first >= para.last) continue;
        if (first) {
            title_case_headline(ctx, para);
            headline_addressed(ctx, para);
        }
        first = false;
        label_colon(ctx, para, introduced);
        dash_signature(ctx, para);
    }
}

}  // namespace claimgraph::extract
