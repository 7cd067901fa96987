#include "resolve/linker.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <deque>
#include <map>
#include <set>
#include <string_view>
#include <tuple>
#include <unordered_map>

#include <fmt/format.h>

#include "extract/lexicon.h"
#include "resolve/graph_builder.h"
#include "resolve/matching.h"
#include "resolve/names.h"
#include "resolve/surnames.h"
#include "util/hash.h"
#include "util/text.h"

namespace claimgraph::resolve {

namespace {

// How far apart in days two statements may be: of one event (same_event), and of one claim
// repeated by a later outlet (matching). Candidates outside are not asked for.
constexpr long kEventDays = 2;
constexpr long kMatchDays = 7;
// How many of a document's own statements a statement is compared with: its speaker's
// latest ones for a near match (exact matches are found among all of them), and those
// with the same measure on either side (in id order) for a figure dispute. More than any
// news article holds, and a bound that keeps a document of thousands of statements linear.
constexpr std::size_t kNearCompared = 64;
// The most figure disputes one statement gets for one measure (see nearest_disputes).
constexpr std::size_t kMaxDisputes = 32;

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

int type_strength(SourceType t) {
    switch (t) {
        case SourceType::agency: return 5;
        case SourceType::outlet: return 4;
        case SourceType::organization: return 3;
        case SourceType::person: return 2;
        case SourceType::collective: return 1;
        case SourceType::anonymous: return 0;
    }
    return 0;
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
        if (text[i] == '\n' && i + 1 < text.size() && text[i + 1] == '\n') in_quote = false;  // a paragraph ends a quote
        std::size_t j = i;
        while (j < text.size() && (std::isalnum(static_cast<unsigned char>(text[j])) ||
                                   static_cast<unsigned char>(text[j]) >= 0x80) &&
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

// Disjoint sets of statement ids (union by the least id, so the roots are deterministic).
class UnionFind {
public:
    void add(const std::string& id) { m_parent.try_emplace(id, id); }
    std::string find(const std::string& id) {
        std::string root = id;
        while (m_parent.at(root) != root) root = m_parent.at(root);
        for (std::string at = id; at != root;) {  // path compression
            std::string next = m_parent.at(at);
            m_parent[at] = root;
            at = std::move(next);
        }
        return root;
    }
    void unite(const std::string& a, const std::string& b) {
        const std::string ra = find(a), rb = find(b);
        if (ra != rb) m_parent[std::max(ra, rb)] = std::min(ra, rb);
    }

private:
    std::unordered_map<std::string, std::string> m_parent;
};

class Linker {
public:
    Linker(Batch& b, const Corpus& db) : m_b(b), m_db(db), m_doc(b.document.id()) {}

    void run() {
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

private:
    // The source a statement of this batch is attributed to ("" when none), by an index
    // built once from the edges (a scan of the edges for each look-up made a document of
    // thousands of statements take minutes).
    std::string source_of(const std::string& statement) const {
        auto it = m_source_of.find(statement);
        return it == m_source_of.end() ? "" : it->second;
    }

    void index_sources() {
        m_source_of.clear();
        for (const Edge& e : m_b.edges)
            if (e.relation == Relation::attributes && m_types.count(e.to)) m_source_of.try_emplace(e.from, e.to);
    }

    void link_sources() {
        // within the document first: a surname alone, an unqualified body
        std::map<std::string, std::string> key_of;  // batch id → key
        std::map<std::string, std::string> by_surname;
        for (const SourceRecord& r : m_b.sources) {
            const std::string key = source_key(r.name);
            key_of[r.id] = key;
            if (const auto surname = surname_of(r, key_words(key))) {
                auto [it, fresh] = by_surname.try_emplace(*surname, key);
                if (!fresh && it->second != key) it->second.clear();  // two people share it
            }
        }
        std::set<std::string> now_person;  // batch ids that turned out to name a person
        for (const SourceRecord& r : m_b.sources) {
            std::string& key = key_of[r.id];
            const auto words = key_words(key);
            if ((r.type == SourceType::person || r.type == SourceType::organization) && words.size() == 1) {
                // "Paris claims …" after "Valeska Paris": the surname, not the city
                if (auto it = by_surname.find(key); it != by_surname.end() && !it->second.empty()) {
                    key = it->second;
                    now_person.insert(r.id);
                } else if (auto named = r.type == SourceType::person ? full_names().key_for(key) : std::nullopt) {
                    // "Murphy said" where the article names Sen. Chris Murphy, though not as
                    // a speaker: the one full name in the text with that surname
                    key = *named;
                } else if (r.type == SourceType::person && key.size() >= 5) {
                    // a misspelt surname ("Water said" after "Kathryn Waters"): one letter off
                    // the surname of exactly one person in the document
                    std::string found;
                    int n = 0;
                    for (const auto& [surname, full] : by_surname)
                        if (!full.empty() && one_edit_apart(key, surname) && full != found) {
                            found = full;
                            ++n;
                        }
                    if (n == 1) key = found;
                }
            } else if (r.type == SourceType::person && words.size() <= 3) {
                // "Australian woman claims …" beside "Valeska Paris, an Australian woman and former
                // Scientologist": a description that one named person's role begins with
                const std::string desc = text::lower(r.name);
                bool described = false;  // a word in lower case: a description, not a name
                for (std::size_t i = 0; i < r.name.size(); ++i)
                    if ((i == 0 || r.name[i - 1] == ' ') && r.name[i] >= 'a' && r.name[i] <= 'z') described = true;
                if (!described || desc.find(' ') == std::string::npos) continue;
                std::string found;
                int n = 0;
                for (const SourceRecord& p : m_b.sources) {
                    if (p.type != SourceType::person || key_words(key_of[p.id]).size() < 2 || p.role.empty()) continue;
                    const std::string role = text::lower(p.role);
                    const bool fits = role == desc || role.starts_with(desc + " ") || role.starts_with("an " + desc + " ") ||
                                      role.starts_with("a " + desc + " ");
                    if (fits && key_of[p.id] != found) {
                        found = key_of[p.id];
                        ++n;
                    }
                }
                if (n == 1) key = found;
            } else if (r.type != SourceType::person && r.type != SourceType::anonymous && !country_of_key(key)) {
                // "Health Ministry" beside "Russia's Health Ministry"
                std::string found;
                int n = 0;
                for (const auto& [id, other] : key_of)
                    if (other.size() > key.size() && other.ends_with(" " + key) && country_of_key(other) &&
                        key_words(other).size() == words.size() + 1 && other != found) {
                        found = other;
                        ++n;
                    }
                if (n == 1) key = found;
            }
        }
        const std::string outlet_key = m_b.document.outlet ? source_key(outlet_name(*m_b.document.outlet)) : "";
        std::map<std::string, SourceRecord> merged;
        std::map<std::string, std::string> rename;
        std::map<std::string, std::string> surname_merges;  // a stored surname alone → its person ("" when two)
        // sources this document decides (an anonymous one, a surname or body it resolved):
        // batch id → what decided it (the document's own source id, the key)
        std::map<std::string, std::string> scoped;
        for (SourceRecord& r : m_b.sources) {
            const std::string& key = key_of[r.id];
            const auto words = key_words(key);
            std::string id;
            if (r.type == SourceType::anonymous) {
                id = stable_id({"source", key, m_doc});  // "officials" here are not "officials" there
            } else if (const auto lone = lone_key(r, words)) {
                // "Governor Gladkov" where the article names no Gladkov in full: the one
                // person in the corpus of that surname given that title, else a source of
                // its own that such a person absorbs when one comes. A surname with no
                // title stays apart: across articles, it is anyone's.
                const auto held = m_db.source_for_key(*lone);
                id = held && !held->empty() ? *held : stable_id({"source", *lone});
            } else if (auto known = m_db.source_for_key(key); known && !known->empty()) {
                id = *known;
            } else {
                id = stable_id({"source", key});
            }
            SourceType type = now_person.count(r.id) ? SourceType::person : r.type;
            if (!key.empty() && key == outlet_key && type_strength(type) < type_strength(SourceType::outlet))
                type = SourceType::outlet;
            if (extract::known_agency(key)) type = SourceType::agency;
            if (auto stored = m_db.source_type(id); stored && type_strength(*stored) > type_strength(type) &&
                                                    type_strength(*stored) >= type_strength(SourceType::outlet))
                type = *stored;
            // a lone surname is found by its name key only as itself (a titled one that
            // joined a person must not make the untitled "Gladkov" that person)
            if (r.type != SourceType::anonymous && !key.empty() && (words.size() > 1 || id == stable_id({"source", key})))
                m_b.source_keys.push_back({key, id, "name"});
            if (const auto surname = surname_of(r, words); surname && r.type != SourceType::anonymous) {
                // the title this person is given, for lone titled mentions of the surname
                if (const auto title = title_of(r.role)) {
                    const std::string k = titled_key(*title, *surname);
                    m_b.source_keys.push_back({k, id, "lone"});
                    // such a mention stored before this person came: the same person, when
                    // no one else of that surname has that title (here or in the corpus)
                    const std::string alone = stable_id({"source", k});
                    const auto holder = m_db.source_for_key(k);
                    if (alone != id && m_db.source_type(alone) && (!holder || *holder == id)) {
                        auto [it, fresh] = surname_merges.try_emplace(alone, id);
                        if (!fresh && it->second != id) it->second.clear();  // two people here share it
                    }
                }
            }
            rename[r.id] = id;
            // a source this document alone decides (an anonymous one, a surname it resolved,
            // a body it qualified): its statements' ids say which source they are, so that
            // the same words by "officials" or "Murphy" elsewhere are another claim's
            if (r.type == SourceType::anonymous) scoped[r.id] = id;
            else if (const auto lone = lone_key(r, words)) scoped[r.id] = *lone;
            else if (key != source_key(r.name)) scoped[r.id] = key;
            auto [it, fresh] = merged.try_emplace(id);
            SourceRecord& m = it->second;
            if (fresh) {
                m = r;
                m.id = id;
                m.type = type;
                m.aliases.clear();
            } else {
                if (type_strength(type) > type_strength(m.type) && !now_person.count(r.id)) m.type = type;
                if (text::better_role(r.role, m.role)) m.role = r.role;
                if (text::better_name(r.name, m.name)) {
                    m.aliases.push_back(m.name);
                    m.name = r.name;
                } else if (r.name != m.name) {
                    m.aliases.push_back(r.name);
                }
            }
            for (const std::string& a : r.aliases) m.aliases.push_back(a);
            if (r.name != m.name) m.aliases.push_back(r.name);
        }
        for (const auto& [alone, into] : surname_merges)
            if (!into.empty()) m_b.merges.emplace_back(alone, into);
        for (const Edge& e : m_b.edges)
            if (auto it = scoped.find(e.to); e.relation == Relation::attributes && it != scoped.end())
                m_scoped_statements.try_emplace(e.from, it->second);
        m_b.sources.clear();
        for (auto& [id, s] : merged) {
            if (s.type == SourceType::outlet || s.type == SourceType::agency) s.role.clear();  // publishers have no role
            std::sort(s.aliases.begin(), s.aliases.end());
            s.aliases.erase(std::unique(s.aliases.begin(), s.aliases.end()), s.aliases.end());
            std::erase(s.aliases, s.name);
            m_types[id] = s.type;
            m_b.sources.push_back(std::move(s));
        }
        for (Edge& e : m_b.edges) {
            if (auto it = rename.find(e.from); it != rename.end()) e.from = it->second;
            if (auto it = rename.find(e.to); it != rename.end()) e.to = it->second;
        }
        std::erase_if(m_b.edges, [](const Edge& e) { return e.from == e.to; });
    }

    // The full names the document's text gives people, read once when first needed.
    const FullNames& full_names() {
        if (!m_full_names) m_full_names.emplace(m_b.document.text);
        return *m_full_names;
    }

    // What a person named by a surname alone can be known by across articles: the title
    // given ("Governor Gladkov": titled_key); none without one.
    static std::optional<std::string> lone_key(const SourceRecord& r, const std::vector<std::string>& words) {
        if (r.type != SourceType::person || words.size() != 1) return std::nullopt;
        if (const auto title = title_of(r.role)) return titled_key(*title, words.front());
        return std::nullopt;
    }

    KnownStatement known(const StatementRecord& s) const {
        return {s.id, s.text, s.match_key, source_of(s.id), "", s.cue, s.places, s.date, s.figures};
    }


    // Each statement of the document becomes a claim: the claims it matches are found among
    // every stored mention of its speaker (exact words at any date; near and figure
    // matches within kMatchDays) and among the document's statements before it; whatever
    // it matches, and whatever those match, is one claim (a union), filed under its earliest
    // mention. So a corpus gives the same claims whatever the order in which its articles
    // came: A ~ B and B ~ C make one claim of A, B and C even when A and C differ and B came
    // last. A claim a person separated (pinned) is never merged with another.
    void link_statements() {
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
                if (!m_db.has_statement(s.id)) continue;
                const auto stored = m_db.known_statements({s.id});
                if (stored.empty() || stored.front().source_id == source) continue;
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
                for (const KnownStatement& c : m_db.known_statements({exact.begin(), exact.end()}))
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
        for (const KnownStatement& k : m_db.known_statements({stored_met.begin(), stored_met.end()})) date_of(k.id, k.date);
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
                    e.attrs["match"] = rank ? kind : "exact";
                }
                e.to = r->second;
            } else if (e.relation == Relation::reports && e.from == m_doc && stored_met.count(e.to)) {
                e.attrs["match"] = "exact";  // the same words by the same speaker, stored before
            }
        }
        m_b.statements = std::move(kept);
    }

    // The stored statements of a speaker within a window, asked of the store once per
    // document: its statements mostly share speakers and dates.
    const std::vector<KnownStatement>& by_source(const std::string& source_id, const DateWindow& w) {
        auto it = m_by_source.find({source_id, w.from, w.to});
        if (it == m_by_source.end())
            it = m_by_source.emplace(std::tuple{source_id, w.from, w.to}, m_db.statements_by_source(source_id, w)).first;
        return it->second;
    }

    // A statement's figure disputes, at most kMaxDisputes of them: those nearest it in
    // time, then by id. A toll that a hundred reports give differently is a hundred
    // disputes, not the ten thousand pairs among them.
    static std::vector<const KnownStatement*> nearest_disputes(const KnownStatement& s,
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
    void add_dispute(const KnownStatement& a, const KnownStatement& b, const std::string& basis,
                     const std::string& measure) {
        if (a.id == b.id) return;
        const bool a_first = basis == "figure" && (a.date.value_or("") < b.date.value_or("") ||
                                                   (a.date.value_or("") == b.date.value_or("") && a.id < b.id));
        const std::string& from = a_first ? b.id : a.id;
        const std::string& to = a_first ? a.id : b.id;
        std::map<std::string, std::string> attrs{{"basis", basis}};
        if (!measure.empty()) attrs["measure"] = measure;
        m_b.edges.push_back({from, to, Relation::disputes, std::move(attrs)});
    }

    // The statements this document carries, as the corpus will see them.
    std::vector<KnownStatement> carried() const {
        std::set<std::string> ids;
        for (const Edge& e : m_b.edges)
            if (e.relation == Relation::reports && e.from == m_doc) ids.insert(e.to);
        std::vector<KnownStatement> out;
        std::vector<std::string> stored;  // asked of the store in one go
        std::unordered_map<std::string_view, const StatementRecord*> in_batch;
        for (const StatementRecord& s : m_b.statements) in_batch.try_emplace(s.id, &s);
        for (const std::string& id : ids) {
            if (auto it = in_batch.find(id); it != in_batch.end()) out.push_back(known(*it->second));
            else stored.push_back(id);
        }
        for (KnownStatement& k : m_db.known_statements(stored)) out.push_back(std::move(k));
        std::sort(out.begin(), out.end(), [](const KnownStatement& a, const KnownStatement& b) { return a.id < b.id; });
        return out;
    }

    std::string key_of_source(const KnownStatement& k) const {
        if (!k.source_name.empty()) return source_key(k.source_name);
        for (const SourceRecord& s : m_b.sources)
            if (s.id == k.source_id) return source_key(s.name);
        return "";
    }

    // The stored statements with a measure or a cue, asked of the store once per document
    // however many of its statements need them.
    using Lookup = std::vector<KnownStatement> (Corpus::*)(const std::string&, const std::string&,
                                                                 const DateWindow&) const;
    using Cache = std::map<std::tuple<std::string, std::string, std::string, std::string>, std::vector<KnownStatement>>;
    const std::vector<KnownStatement>& stored(Cache& cache, const std::string& key, const KnownStatement& s,
                                              Lookup lookup) const {
        const DateWindow w = around(s.date, kEventDays);
        auto it = cache.find({key, s.places, w.from, w.to});
        if (it == cache.end())
            it = cache.emplace(std::tuple{key, s.places, w.from, w.to}, (m_db.*lookup)(key, s.places, w)).first;
        return it->second;
    }

    void find_disputes() {
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
                // within the document, the kNearCompared statements with the measure on either
                // side in id order: all of them in any news article, linear time in a
                // pathological one
                const auto& group = with_measure[f.measure];
                const auto at = static_cast<std::size_t>(std::lower_bound(group.begin(), group.end(), si) - group.begin());
                for (std::size_t g = at > kNearCompared ? at - kNearCompared : 0; g < group.size() && g <= at + kNearCompared; ++g)
                    others.push_back(&mine[group[g]]);
                std::vector<const KnownStatement*> disputed;
                for (const KnownStatement* o : others) {
                    if (o->source_id.empty() || o->source_id == s.source_id || !same_event(s, *o)) continue;
                    const auto fo = figure_set(o->figures);
                    bool differs = false, same = false;
                    for (const auto& [m, v] : fo)
                        if (m == f.measure) (v == f.value ? same : differs) = true;
                    if (differs && !same) disputed.push_back(o);
                }
                for (const KnownStatement* o : nearest_disputes(s, disputed)) add_dispute(s, *o, "figure", f.measure);
            }
            // denial: the claim it answers, from another source
            if (is_denial(s.cue)) {
                // the claim it answers is of its event: looked up by place and date, not by
                // its words over the whole corpus
                const auto words = content_words(s.match_key);
                std::vector<KnownStatement> others = stored(m_in_event, "", s, &Corpus::statements_in_event);
                for (const KnownStatement& o : mine) others.push_back(o);
                const KnownStatement* best = nullptr;
                double best_score = 0.25;
                for (const KnownStatement& o : others) {
                    if (o.id == s.id || o.source_id == s.source_id || is_denial(o.cue) || !same_event(s, o)) continue;
                    const double score = containment(words, content_words(o.match_key));
                    if (score > best_score || (best && score == best_score && o.id < best->id)) {
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
                for (const KnownStatement& o : mine) others.push_back(o);
                for (const KnownStatement& o : others) {
                    if (o.id == s.id || !is_accusation(o.cue) || !same_event(s, o)) continue;
                    if (country_of_key(key_of_source(o)) == target && country_named(o.match_key) == speaker)
                        add_dispute(s, o, "contradiction", "");
                }
            }
        }
    }

    void find_copies() {
        m_b.shingles = shingles_of(std::string_view(m_b.document.text).substr(m_b.document.body_start));
        for (const auto& [doc, shared] : m_db.documents_sharing(m_b.shingles))
            if (doc != m_doc && shared >= 3) m_b.copies.emplace_back(doc, shared);
    }

    // An outlet citing another outlet: the document's outlet —reports→ the cited one.
    void outlet_citations() {
        std::string own;
        for (const Edge& e : m_b.edges)
            if (e.relation == Relation::attributes && e.from == m_doc) own = e.to;
        if (own.empty()) return;
        std::vector<Edge> add;
        for (const Edge& e : m_b.edges) {
            if (e.relation != Relation::attributes || e.to == own) continue;
            auto t = m_types.find(e.to);
            if (t == m_types.end() || (t->second != SourceType::outlet && t->second != SourceType::agency)) continue;
            auto attrs = e.attrs;
            attrs["kind"] = "cites";
            add.push_back({own, e.to, Relation::reports, std::move(attrs)});
        }
        for (Edge& e : add) m_b.edges.push_back(std::move(e));
    }

    Batch& m_b;
    const Corpus& m_db;
    const std::string m_doc;
    std::map<std::string, SourceType> m_types;  ///< the batch's sources after linking
    mutable Cache m_with_measure, m_with_cue, m_in_event;
    std::map<std::tuple<std::string, std::string, std::string>, std::vector<KnownStatement>> m_by_source;
    std::unordered_map<std::string, std::string> m_source_of;  ///< statement → source, in this batch
    std::optional<FullNames> m_full_names;
    std::map<std::string, std::string> m_scoped_statements;  ///< batch statement id → what decided its source
};

}  // namespace

void link(Batch& batch, const Corpus& corpus) { Linker(batch, corpus).run(); }

}  // namespace claimgraph::resolve
