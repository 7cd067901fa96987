// The linker's third step: disputes by figure, denial and counter-accusation between
// the document's statements and the corpus's.
#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "resolve/linking.h"
#include "resolve/names.h"
#include "util/hash.h"
#include "util/text.h"
#include <cstdlib>
#include <unordered_map>

namespace claimgraph::resolve::linking {

// A statement's figure disputes, at most kMaxDisputes of them: those nearest it in
// time, then by id. A toll that a hundred reports give differently is a hundred
// disputes, not the ten thousand pairs among them.
std::vector<const KnownStatement*> Linker::nearest_disputes(const KnownStatement& s,
                                                            const std::vector<const KnownStatement*>& disputed) {
    const auto day = day_number(s.date);
    std::vector<std::tuple<long, std::string_view, const KnownStatement*>> by_distance;  // days apart, id
    for (const KnownStatement* o : disputed) {
        const auto d = day_number(o->date);
        by_distance.emplace_back(day && d ? std::labs(*day - *d) : 0L, o->id, o);
    }
    std::sort(by_distance.begin(), by_distance.end());
    std::vector<const KnownStatement*> nearest;
    for (const auto& [days, id, o] : by_distance) {
        if (nearest.size() == kMaxDisputes) break;
        if (nearest.empty() || nearest.back()->id != id) nearest.push_back(o);
    }
    return nearest;
}

// Figure disputes run from the later statement to the earlier one (then by id), so a
// pair found again by a later document is the same edge.
void Linker::add_dispute(const KnownStatement& a, const KnownStatement& b, const std::string& basis,
                         const std::string& measure) {
    if (a.id == b.id) return;
    const bool a_first = basis == "figure" && (a.date.value_or("") < b.date.value_or("") ||
                                               (a.date.value_or("") == b.date.value_or("") && a.id < b.id));
    const std::string& from = a_first ? b.id : a.id;
    const std::string& to = a_first ? a.id : b.id;
    Edge& e = m_b.edges.emplace_back(Edge{from, to, Relation::disputes});
    e.basis = basis;
    e.measure = measure;
}

// The statements this document carries, as the corpus will see them.
std::vector<KnownStatement> Linker::carried() const {
    std::set<std::string> ids;
    for (const Edge& e : m_b.edges)
        if (e.relation == Relation::reports && e.from == m_doc) ids.insert(e.to);
    std::vector<KnownStatement> out;
    std::vector<std::string> stored;  // asked of the store in one go
    std::unordered_map<std::string_view, const StatementRecord*> in_batch;
    for (const StatementRecord& s : m_b.statements) in_batch.try_emplace(s.id, &s);
    for (const std::string& id : ids) {
        if (auto it = in_batch.find(id); it != in_batch.end())
            out.push_back(known(*it->second));
        else
            stored.push_back(id);
    }
    for (KnownStatement& k : m_db.known_statements(stored)) out.push_back(std::move(k));
    std::sort(out.begin(), out.end(), [](const KnownStatement& a, const KnownStatement& b) { return a.id < b.id; });
    return out;
}

std::string Linker::key_of_source(const KnownStatement& k) const {
    if (!k.source_name.empty()) return source_key(k.source_name);
    for (const SourceRecord& s : m_b.sources)
        if (s.id == k.source_id) return source_key(s.name);
    return "";
}

namespace {

// The share of the shorter one's content words a denial and the claim it answers have in
// common, at the least.
constexpr double kDenialContainment = 0.5;

// Whether a denial denies a claim: "deny", "refute" and the like whatever follows; "reject"
// and "dismiss" before "that" or a noun for a claim ("dismissed reports that …", "rejected
// the idea", "dismissed Sanders' accusations"), not before a person or an offer ("dismissed
// Walker as an ineffective leader", "rejected Trump's offer": no claim to answer).
bool denies_a_claim(const KnownStatement& s) {
    if (s.cue != "reject" && s.cue != "dismiss") return true;
    // clang-format off
    static const std::set<std::string, std::less<>> kClaims{
        "claim", "claims", "report", "reports", "allegation", "allegations", "accusation", "accusations",
        "charge", "charges", "suggestion", "suggestions", "idea", "notion", "assertion", "assertions",
        "speculation", "rumor", "rumors", "rumour", "rumours", "criticism", "criticisms", "critique",
        "concern", "concerns", "implication", "characterization", "story", "stories", "account", "accounts",
        "argument", "arguments", "theory", "talk", "premise", "contention", "view", "comparison"};
    // clang-format on
    // (the match key leaves out a leading "that", and punctuation)
    if (text::lower(s.text.substr(0, 5)) == "that ") return true;
    std::size_t n = 0;
    for (const std::string& w : key_words(s.match_key)) {
        if (kClaims.count(w)) return true;
        if (++n == 6) break;
    }
    return false;
}

}  // namespace

void Linker::find_disputes() {
    // (this document's statements are of its one event, placeless or not; others of it by
    // same_event)
    const auto of_event = [](const KnownStatement& a, const KnownStatement& b, bool this_document) {
        return this_document ? same_event_in_document(a, b) : same_event(a, b);
    };
    const std::vector<KnownStatement> mine = carried();
    // this document's statements with each measure, for the figure comparisons below
    std::map<std::string, std::vector<std::size_t>> with_measure;
    for (std::size_t i = 0; i < mine.size(); ++i)
        for (const Figure& f : mine[i].figures) {
            auto& list = with_measure[f.measure];
            if (list.empty() || list.back() != i) list.push_back(i);
        }
    for (std::size_t si = 0; si < mine.size(); ++si) {
        const KnownStatement& s = mine[si];
        if (s.source_id.empty()) continue;
        // figure: the same measure of the same event, another value, another source
        for (const Figure& f : s.figures) {
            const std::vector<KnownStatement>& stored_ones =
                stored(m_with_measure, f.measure, s, &Corpus::statements_with_measure);
            std::vector<const KnownStatement*> others;
            for (const KnownStatement& o : stored_ones) others.push_back(&o);
            const std::size_t stored_count = others.size();  // the rest are this document's
            // within the document, the kNearCompared statements with the measure on either
            // side in id order: all of them in any news article, linear time in a
            // pathological one
            const auto& group = with_measure[f.measure];
            const auto at = static_cast<std::size_t>(std::lower_bound(group.begin(), group.end(), si) - group.begin());
            for (std::size_t g = at > kNearCompared ? at - kNearCompared : 0;
                 g < group.size() && g <= at + kNearCompared; ++g)
                others.push_back(&mine[group[g]]);
            std::vector<const KnownStatement*> disputed;
            for (std::size_t k = 0; k < others.size(); ++k) {
                const KnownStatement* o = others[k];
                if (o->source_id.empty() || o->source_id == s.source_id || !of_event(s, *o, k >= stored_count))
                    continue;
                const auto fo = figure_set(o->figures);
                bool differs = false, same = false;
                for (const auto& [m, v] : fo)
                    if (m == f.measure) (v == f.value ? same : differs) = true;
                if (differs && !same) disputed.push_back(o);
            }
            for (const KnownStatement* o : nearest_disputes(s, disputed)) add_dispute(s, *o, "figure", f.measure);
        }
        // denial: the claim it answers, from another source
        if (is_denial(s.cue) && denies_a_claim(s)) {
            // the claim it answers is of its event: looked up by place and date, not by
            // its words over the whole corpus
            const auto words = content_words(s.match_key);
            std::vector<KnownStatement> others = stored(m_in_event, "", s, &Corpus::statements_in_event);
            const std::size_t stored_count = others.size();
            for (const KnownStatement& o : mine) others.push_back(o);
            // (half the shorter one's content words, two at least: "deny them mining permits
            // until the work was completed" had answered "praised the work of his
            // investigators", a quarter and one word)
            const KnownStatement* best = nullptr;
            double best_score = 0;
            for (std::size_t k = 0; k < others.size(); ++k) {
                const KnownStatement& o = others[k];
                if (o.id == s.id || o.source_id == s.source_id || is_denial(o.cue) ||
                    !of_event(s, o, k >= stored_count))
                    continue;
                const std::set<std::string> theirs = content_words(o.match_key);
                // (the words in common counted once for both tests)
                const std::size_t common = common_words(words, theirs);
                const double score = containment_of(common, words.size(), theirs.size());
                if (common < 2 || score < kDenialContainment) continue;
                if (!best || score > best_score || (score == best_score && o.id < best->id)) {
                    best_score = score;
                    best = &o;
                }
            }
            if (best) add_dispute(s, *best, "denial", "");
        }
        // accusation against counter-accusation between two countries' sources
        if (is_accusation(s.cue)) {
            const auto speaker = country_of_key(key_of_source(s));
            const auto target = country_named(s.match_key);
            if (!speaker || !target || *speaker == *target) continue;
            std::vector<KnownStatement> others = stored(m_with_cue, "accuse", s, &Corpus::statements_with_cue);
            for (const KnownStatement& o : stored(m_with_cue, "blame", s, &Corpus::statements_with_cue))
                others.push_back(o);
            const std::size_t stored_count = others.size();
            for (const KnownStatement& o : mine) others.push_back(o);
            for (std::size_t k = 0; k < others.size(); ++k) {
                const KnownStatement& o = others[k];
                if (o.id == s.id || !is_accusation(o.cue) || !of_event(s, o, k >= stored_count)) continue;
                if (country_of_key(key_of_source(o)) == target && country_named(o.match_key) == speaker)
                    add_dispute(s, o, "contradiction", "");
            }
        }
    }
}

}  // namespace claimgraph::resolve::linking
