// The cross-document linker's parts (linker.h runs them): the Linker of one document's
// batch, its helpers and limits. Internal to src/resolve/; each step of the linker is in
// a file of its own: sources (link_sources.cpp, with link_roles.cpp), claims (link_claims.cpp), disputes
// (link_disputes.cpp), copies and citations (linker.cpp).
#pragma once

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "extract/lexicon.h"
#include "model/records.h"
#include "resolve/corpus.h"
#include "resolve/names.h"
#include "resolve/roles.h"
#include "resolve/matching.h"
#include "resolve/surnames.h"
#include "util/text.h"

namespace claimgraph::resolve::linking {

// How far apart in days two statements may be: of one event (same_event), and of one claim
// repeated by a later outlet (matching). Candidates outside are not asked for.
inline constexpr long kEventDays = 2;
inline constexpr long kMatchDays = 7;
// How many of a document's own statements a statement is compared with: its speaker's
// latest ones for a near match (exact matches are found among all of them), and those
// with the same measure on either side (in id order) for a figure dispute. More than any
// news article holds, and a bound that keeps a document of thousands of statements linear.
inline constexpr std::size_t kNearCompared = 64;
// The most figure disputes one statement gets for one measure (see nearest_disputes).
inline constexpr std::size_t kMaxDisputes = 32;

bool is_denial(const std::string& cue);
bool is_accusation(const std::string& cue);
/// The first country a text names or stands for ("Kyiv of …" → ukraine).
std::optional<std::string> country_named(const std::string& match_key);
/// Whether a and b differ by one inserted, deleted or replaced byte.
bool one_edit_apart(std::string_view a, std::string_view b);
/// Sampled hashes of the 8-word runs of a text outside quotation marks: what two
/// documents sharing wire copy have in common, and two outlets quoting one speaker do not.
std::vector<std::int64_t> shingles_of(std::string_view text);

// A source named by a description, not a name: "the company", "a retired neurosurgeon".
inline bool described(const SourceRecord& r) { return !r.name.empty() && r.name[0] >= 'a' && r.name[0] <= 'z'; }

// A name that is a personal pronoun ("He", "I", "they"): a speaker no one resolved.
inline bool is_pronoun_name(std::string_view name) { return extract::is_pronoun_subject(text::lower(name)); }

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

// One document's batch meeting the corpus (linker.h says what each step decides).
class Linker {
public:
    Linker(DocumentDelta& b, const Corpus& db) : m_b(b), m_db(db), m_doc(b.document.id()) {}

    void run();

private:
    // The source a statement of this batch is attributed to ("" when none), by an index
    // built once from the edges (a scan of the edges for each look-up made a document of
    // thousands of statements take minutes).
    std::string source_of(const std::string& statement) const {
        auto it = m_source_of.find(statement);
        return it == m_source_of.end() ? "" : it->second;
    }

    void index_sources();

    void link_sources();
    // A person this document names in a spelling the corpus does not hold ("Heidar
    // Alishvandi"): the stored people its spelling keys (`spelt`, surnames.h) find, joined under the
    // least of their ids and `own` (whichever spelling came first), the others merged into
    // it and kept in m_absorbed; `own` when none. A source a person's correction fixed is
    // joined when it is the one found, and never merged.
    std::string respelt(const SourceRecord& r, const std::vector<std::string>& spelt, const std::string& own,
                        std::string& how);
    // each person source of the batch with the roles it is given (roles_of)
    using PeopleRoles = std::vector<std::pair<const SourceRecord*, std::vector<HeldRole>>>;
    // each returns how it identified the source (identity.h), "" when it did not
    std::string resolve_role(const SourceRecord& r, const HeldRole& held, const PeopleRoles& roles,
                             std::map<std::string, std::string>& key_of);
    void resolve_companies(std::map<std::string, std::string>& key_of,
                           const std::map<std::string, std::string>& own_keys, std::map<std::string, std::string>& how);

    std::optional<std::string> headline_person();
    bool headline_label(const SourceRecord& r) const;
    // The document's headline: its title, or where the title is only a date or a file's
    // name ("18 September 2013 Last updated at 13:59 GMT"), the short line that opens the
    // text as a headline does; "" when there is none. Read once.
    const std::string& headline();

    // The people a document's text names after a title (roles.h), read once when first needed.
    const std::map<std::string, std::set<std::string>>& titled() {
        if (!m_titled) m_titled.emplace(titled_names(m_b.document.text));
        return *m_titled;
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

    // The same within its own document, where the text may also title the surname
    // elsewhere: "Clinton said" where the one title the text writes before "Clinton" is
    // "Secretary". (Across articles such a reading would join "Clinton" to whichever
    // Clinton was titled so first: it is kept to the document, which names both.)
    std::optional<std::string> lone_key_here(const SourceRecord& r, const std::vector<std::string>& words) {
        if (r.type != SourceType::person || words.size() != 1) return std::nullopt;
        if (auto own = lone_key(r, words)) return own;
        if (!m_surname_titles) m_surname_titles.emplace(surname_titles(m_b.document.text));
        const auto it = m_surname_titles->find(words.front());
        if (it == m_surname_titles->end() || it->second.size() != 1) return std::nullopt;
        return titled_key(*it->second.begin(), words.front());
    }

    // "Hewlett-Packard", not "R-Tex": each part of a hyphenated name a word of three
    // letters or more.
    static bool long_parts(std::string_view name) {
        std::size_t start = 0;
        for (std::size_t i = 0; i <= name.size(); ++i)
            if (i == name.size() || name[i] == '-') {
                if (i - start < 3) return false;
                start = i + 1;
            }
        return true;
    }

    // A source that is a body: an organisation, outlet or agency.
    static bool is_body(const SourceRecord& r) {
        return r.type == SourceType::organization || r.type == SourceType::outlet || r.type == SourceType::agency;
    }

    // A source named by an acronym ("HP", "CEC"): a body, whatever type the phrase gave it.
    static std::optional<std::string> acronym_name(const SourceRecord& r) {
        if (r.type == SourceType::anonymous || r.type == SourceType::collective) return std::nullopt;
        return as_acronym(r.name);
    }

    // The acronyms a body may be written as, from its name and the mentions of it
    // ("The Hollywood Reporter" → "thr").
    // A lone hyphenated name ("Hewlett-Packard") counts: no first name says it is a person.
    static std::vector<std::string> body_acronyms(const SourceRecord& r) {
        std::vector<std::string> out;
        const bool hyphenated = r.type == SourceType::person && r.name.find(' ') == std::string::npos &&
                                r.name.find('-') != std::string::npos && long_parts(r.name);
        if (!is_body(r) && !hyphenated) return out;
        for (const std::string& a : acronyms_of(r.name)) out.push_back(a);
        for (const std::string& alias : r.aliases)
            for (const std::string& a : acronyms_of(alias)) out.push_back(a);
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
        return out;
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
    void link_statements();

    // The stored statements of a speaker within a window, asked of the store once per
    // document: its statements mostly share speakers and dates.
    const std::vector<KnownStatement>& by_source(const std::string& source_id, const DateWindow& w) {
        auto it = m_by_source.find({source_id, w.from, w.to});
        if (it == m_by_source.end())
            it =
                m_by_source.emplace(std::tuple{source_id, w.from, w.to}, m_db.statements_by_source(source_id, w)).first;
        return it->second;
    }

    // A statement's figure disputes, at most kMaxDisputes of them: those nearest it in
    // time, then by id. A toll that a hundred reports give differently is a hundred
    // disputes, not the ten thousand pairs among them.
    static std::vector<const KnownStatement*> nearest_disputes(const KnownStatement& s,
                                                               const std::vector<const KnownStatement*>& disputed);

    // Figure disputes run from the later statement to the earlier one (then by id), so a
    // pair found again by a later document is the same edge.
    void add_dispute(const KnownStatement& a, const KnownStatement& b, const std::string& basis,
                     const std::string& measure);

    // The statements this document carries, as the corpus will see them.
    std::vector<KnownStatement> carried() const;

    std::string key_of_source(const KnownStatement& k) const;

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

    void find_disputes();

    void find_copies();

    // An outlet citing another outlet: the document's outlet —reports→ the cited one.
    void outlet_citations();

    DocumentDelta& m_b;
    const Corpus& m_db;
    const std::string m_doc;
    std::optional<std::map<std::string, std::set<std::string>>> m_titled;
    std::optional<std::map<std::string, std::set<std::string>>> m_surname_titles;  ///< surname_titles, read once
    std::map<std::string, SourceType> m_types;  ///< the batch's sources after linking
    mutable Cache m_with_measure, m_with_cue, m_in_event;
    std::map<std::tuple<std::string, std::string, std::string>, std::vector<KnownStatement>> m_by_source;
    std::unordered_map<std::string, std::string> m_source_of;  ///< statement → source, in this batch
    std::optional<FullNames> m_full_names;
    std::optional<std::string> m_headline;
    std::map<std::string, std::string> m_scoped_statements;  ///< batch statement id → what decided its source
    std::set<std::string> m_absorbed;  ///< stored people this document shows to be one of its own (respelt)
};

}  // namespace claimgraph::resolve::linking
