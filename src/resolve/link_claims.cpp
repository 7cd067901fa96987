// The linker's second step: each statement becomes a claim, one with the stored claims
// and the document's statements it matches (a union filed under its earliest mention).
#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "resolve/linking.h"
#include "resolve/names.h"
#include "util/hash.h"
#include "util/text.h"
#include <deque>

namespace claimgraph::resolve::linking {

// Each statement of the document becomes a claim: the claims it matches are found among
// every stored mention of its speaker (exact words at any date; near and figure
// matches within kMatchDays) and among the document's statements before it; whatever
// it matches, and whatever those match, is one claim (a union), filed under its earliest
// mention. So a corpus gives the same claims whatever the order in which its articles
// came: A ~ B and B ~ C make one claim of A, B and C even when A and C differ and B came
// last. A claim a person separated (pinned) is never merged with another.
void Linker::link_statements() {
    index_sources();
    // the statements of a source this document decided are named by what decided it
    // ("officials" here, "Murphy" resolved to Chris Murphy: the same words by "officials"
    // or "Murphy" elsewhere are another claim), and one whose id a stored claim of another
    // speaker holds (a graph file's) by its source
    std::unordered_map<std::string, std::string> renames;  // batch id → final id
    for (StatementRecord& s : m_b.statements) {
        const std::string source = source_of(s.id);
        std::string own;
        if (auto scope = m_scoped_statements.find(s.id); scope != m_scoped_statements.end()) {
            own = stable_id({"statement", s.id, scope->second});
        } else {
            const auto stored = m_db.statement_source(s.id);
            if (!stored || *stored == source) continue;
            own = stable_id({"statement", s.id, source});
        }
        renames.try_emplace(s.id, own);
        m_source_of.try_emplace(own, source);
        s.id = own;
    }
    for (Edge& e : m_b.edges) {
        if (auto r = renames.find(e.from); r != renames.end()) e.from = r->second;
        if (auto r = renames.find(e.to); r != renames.end()) e.to = r->second;
    }
    renames.clear();

    UnionFind claims;
    std::set<std::string> stored_met, pinned;
    std::map<std::pair<std::string, std::string>, std::string> how_of;  // (a, b), a < b → match kind
    std::unordered_map<std::string, std::pair<int, std::string>> best;  // batch id → (rank, kind)
    const auto note = [&](const std::string& a, const std::string& b, const std::string& kind) {
        auto& h = how_of[std::minmax(a, b)];
        if (match_rank(kind) > match_rank(h)) h = kind;
        for (const std::string* x : {&a, &b}) {
            auto& [rank, k] = best[*x];
            if (match_rank(kind) > rank) {
                rank = match_rank(kind);
                k = kind;
            }
        }
    };
    // the document's own statements by speaker: by words, and the latest kNearCompared
    std::unordered_map<std::string, std::unordered_map<std::string, std::string>> exact_here;
    std::unordered_map<std::string, std::deque<std::size_t>> recent_here;
    for (std::size_t i = 0; i < m_b.statements.size(); ++i) {
        const StatementRecord& s = m_b.statements[i];
        const KnownStatement me = known(s);
        claims.add(s.id);
        // matches with stored claims: (claim, kind, pinned)
        std::vector<std::tuple<std::string, std::string, bool>> stored;
        std::set<std::string> exact;
        if (me.source_id.empty()) {
            for (const KnownStatement& c : m_db.unattributed_by_match_key(s.match_key, around(s.date, kMatchDays)))
                stored.emplace_back(c.id, "exact", c.pinned);
        } else {
            for (const std::string& id : m_db.ids_by_match_key(s.match_key, me.source_id)) exact.insert(id);
            for (const KnownStatement& c : by_source(me.source_id, around(s.date, kMatchDays))) {
                const std::string kind = exact.count(c.id) ? "exact" : match_kind(me, c);
                if (!kind.empty()) stored.emplace_back(c.id, kind, c.pinned);
                exact.erase(c.id);
            }
            // exact matches dated outside the window: their claims' pinned state
            for (const ClaimState& c : m_db.claim_states({exact.begin(), exact.end()}))
                stored.emplace_back(c.id, "exact", c.pinned);
        }
        const bool any_free = std::any_of(stored.begin(), stored.end(), [](const auto& m) { return !std::get<2>(m); });
        if (!any_free && !stored.empty()) {
            // only claims a person separated: the best of them alone
            std::sort(stored.begin(), stored.end(), [](const auto& a, const auto& b) {
                return std::pair(-match_rank(std::get<1>(a)), std::get<0>(a)) <
                       std::pair(-match_rank(std::get<1>(b)), std::get<0>(b));
            });
            stored.resize(1);
        }
        for (const auto& [id, kind, is_pinned] : stored) {
            if (is_pinned && any_free) continue;  // never merged with another claim
            if (is_pinned) pinned.insert(id);
            stored_met.insert(id);
            claims.add(id);
            claims.unite(s.id, id);
            note(s.id, id, kind);
        }
        // matches with the document's statements before it
        auto& words = exact_here[me.source_id];
        if (auto e = words.find(s.match_key); e != words.end()) {
            claims.unite(s.id, e->second);
            note(s.id, e->second, "exact");
        } else if (!me.source_id.empty()) {
            for (std::size_t k : recent_here[me.source_id]) {
                const StatementRecord& t = m_b.statements[k];
                if (const std::string kind = match_kind(me, known(t)); !kind.empty()) {
                    claims.unite(s.id, t.id);
                    note(s.id, t.id, kind);
                }
            }
        }
        words.try_emplace(s.match_key, s.id);
        if (!me.source_id.empty()) {
            auto& recent = recent_here[me.source_id];
            recent.push_back(i);
            if (recent.size() > kNearCompared) recent.pop_front();
        }
    }

    // each claim: its earliest mention's (by date, undated last, then id) are its id and
    // words, whatever the order its mentions came in; a pinned claim keeps its own
    std::map<std::string, std::string> first_date;  // id → the earliest date it has ("~": none)
    const auto date_of = [&](const std::string& id, const std::optional<std::string>& date) {
        auto [it, fresh] = first_date.try_emplace(id, date.value_or("~"));
        if (!fresh && date.value_or("~") < it->second) it->second = *date;
    };
    for (const StatementRecord& s : m_b.statements) date_of(s.id, s.date);
    for (const ClaimState& k : m_db.claim_states({stored_met.begin(), stored_met.end()})) date_of(k.id, k.date);
    std::map<std::string, std::vector<std::string>> members;  // root → ids, earliest first
    for (const StatementRecord& s : m_b.statements) members[claims.find(s.id)].push_back(s.id);
    for (const std::string& id : stored_met) members[claims.find(id)].push_back(id);
    std::set<std::string> keep_ids, batch_ids;
    for (const StatementRecord& s : m_b.statements) batch_ids.insert(s.id);
    for (auto& [root, ids] : members) {
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        std::sort(ids.begin(), ids.end(), [&](const std::string& a, const std::string& b) {
            return std::tie(first_date[a], a) < std::tie(first_date[b], b);
        });
        std::string claim = ids.front();
        for (const std::string& id : ids)
            if (pinned.count(id)) claim = id;
        for (const std::string& id : ids) {
            if (id == claim) continue;
            if (stored_met.count(id) && !pinned.count(claim) && !pinned.count(id)) {  // a pinned one stays
                auto h = how_of.find(std::minmax(id, claim));
                m_b.statement_merges.push_back({id, claim, h != how_of.end() ? h->second : "near"});
            }
            // a statement of this document (its id may be a stored claim's too: the same
            // words said again) goes to the claim
            if (batch_ids.count(id)) renames.try_emplace(id, claim);
        }
        if (!stored_met.count(claim)) keep_ids.insert(claim);
    }
    std::vector<StatementRecord> kept;
    std::set<std::string> written;
    for (StatementRecord& s : m_b.statements) {
        const std::string claim = renames.count(s.id) ? renames.at(s.id) : s.id;
        m_b.variants.push_back({claim, s.id, m_doc, s.match_key, s.date, s.places, s.figures});
        if (keep_ids.count(s.id) && written.insert(s.id).second) kept.push_back(s);
    }
    // the stored claims this document only repeats keep their own words
    for (Edge& e : m_b.edges) {
        if (auto r = renames.find(e.from); r != renames.end()) e.from = r->second;
        if (auto r = renames.find(e.to); r != renames.end()) {
            if (e.relation == Relation::reports && e.from == m_doc) {
                const auto& [rank, kind] = best[e.to];
                e.match = rank ? kind : "exact";
            }
            e.to = r->second;
        } else if (e.relation == Relation::reports && e.from == m_doc && stored_met.count(e.to)) {
            e.match = "exact";  // the same words by the same speaker, stored before
        }
    }
    m_b.statements = std::move(kept);
}

}  // namespace claimgraph::resolve::linking
