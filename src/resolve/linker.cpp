// The cross-document linker: its steps in order, copy detection and outlet citations,
// and the helpers its steps share (linking.h).
#include "resolve/linker.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "resolve/linking.h"
#include "resolve/names.h"
#include "util/hash.h"
#include "util/text.h"

namespace claimgraph::resolve::linking {

bool is_denial(const std::string& cue) {
    return cue == "deny" || cue == "reject" || cue == "dismiss" || cue == "refute" || cue == "rebut" ||
           cue == "dispute" || cue == "contest";
}

bool is_accusation(const std::string& cue) { return cue == "accuse" || cue == "blame"; }

// The first country a text names or stands for ("Kyiv of …" → ukraine).
std::optional<std::string> country_named(const std::string& match_key) {
    for (const std::string& w : key_words(match_key)) {
        // the key outlives the view country_of may return into it (a view into the
        // temporary was read after its end: found by ASan on tests/robustness/linear_time.py)
        const std::string key = source_key(w);
        if (auto c = country_of(key)) return std::string(*c);
    }
    return std::nullopt;
}

// Whether a and b differ by one inserted, deleted or replaced byte.
bool one_edit_apart(std::string_view a, std::string_view b) {
    if (a.size() > b.size()) std::swap(a, b);
    if (b.size() - a.size() > 1 || a == b) return false;
    std::size_t i = 0;
    while (i < a.size() && a[i] == b[i]) ++i;
    if (a.size() == b.size()) return a.substr(i + 1) == b.substr(i + 1);
    return a.substr(i) == b.substr(i + 1);
}

// Sampled hashes of the 8-word runs of a text outside quotation marks: what two
// documents sharing wire copy have in common, and two outlets quoting one speaker do not.
std::vector<std::int64_t> shingles_of(std::string_view text) {
    std::vector<std::string> words;
    bool in_quote = false;
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '"' || text.substr(i, 3) == "\u201C" || text.substr(i, 3) == "\u201D") {
            in_quote = c == '"' ? !in_quote : text.substr(i, 3) == "\u201C";
            i += c == '"' ? 1 : 3;
            continue;
        }
        if (text[i] == '\n' && i + 1 < text.size() && text[i + 1] == '\n')
            in_quote = false;  // a paragraph ends a quote
        std::size_t j = i;
        while (j < text.size() &&
               (std::isalnum(static_cast<unsigned char>(text[j])) || static_cast<unsigned char>(text[j]) >= 0x80) &&
               text.substr(j, 3) != "\u201C" && text.substr(j, 3) != "\u201D")
            ++j;
        if (j > i) {
            if (!in_quote) words.push_back(text::lower(text.substr(i, j - i)));
            i = j;
        } else {
            ++i;
        }
    }
    std::set<std::int64_t> out;
    constexpr std::size_t kRun = 8;
    for (std::size_t k = 0; k + kRun <= words.size(); ++k) {
        std::string run;
        for (std::size_t w = k; w < k + kRun; ++w) (run += words[w]) += ' ';
        const std::uint64_t h = fnv1a64(run);
        if (h % 4 == 0) out.insert(static_cast<std::int64_t>(h >> 1));  // one in four kept
    }
    return {out.begin(), out.end()};
}

void Linker::run() {
    link_sources();
    link_statements();
    find_disputes();
    find_copies();
    outlet_citations();
    GraphData g;
    g.edges = std::move(m_b.edges);
    g.normalize();
    m_b.edges = std::move(g.edges);
}

void Linker::index_sources() {
    m_source_of.clear();
    for (const Edge& e : m_b.edges)
        if (e.relation == Relation::attributes && m_types.count(e.to)) m_source_of.try_emplace(e.from, e.to);
}

void Linker::find_copies() {
    if (m_b.shingles.empty())  // a delta build_delta did not make (it computes them)
        m_b.shingles = shingles_of(std::string_view(m_b.document.text).substr(m_b.document.body_start));
    for (const auto& [doc, shared] : m_db.documents_sharing(m_b.shingles))
        if (doc != m_doc && shared >= 3) m_b.copies.emplace_back(doc, shared);
}

// An outlet citing another outlet: the document's outlet —reports→ the cited one.
void Linker::outlet_citations() {
    std::string own;
    for (const Edge& e : m_b.edges)
        if (e.relation == Relation::attributes && e.from == m_doc) own = e.to;
    if (own.empty()) return;
    std::vector<Edge> add;
    for (const Edge& e : m_b.edges) {
        if (e.relation != Relation::attributes || e.to == own) continue;
        auto t = m_types.find(e.to);
        if (t == m_types.end() || (t->second != SourceType::outlet && t->second != SourceType::agency)) continue;
        Edge& cites = add.emplace_back(e);  // the same evidence
        cites.from = own;
        cites.relation = Relation::reports;
        cites.kind = "cites";
    }
    for (Edge& e : add) m_b.edges.push_back(std::move(e));
}

}  // namespace claimgraph::resolve::linking

namespace claimgraph::resolve {

void link(DocumentDelta& delta, const Corpus& corpus) { linking::Linker(delta, corpus).run(); }

}  // namespace claimgraph::resolve
