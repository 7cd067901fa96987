#include "resolve/graph_builder.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include <fmt/format.h>

#include "resolve/identity.h"
#include "resolve/linking.h"
#include "resolve/names.h"
#include "resolve/roles.h"
#include "util/hash.h"
#include "util/text.h"

namespace claimgraph::resolve {

namespace {

// The runs of letters and digits (and any non-ASCII bytes) of a text.
std::vector<std::string_view> words_of(std::string_view text) {
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t j = i;
        while (j < text.size() &&
               (std::isalnum(static_cast<unsigned char>(text[j])) || static_cast<unsigned char>(text[j]) >= 0x80))
            ++j;
        if (j > i) out.push_back(text.substr(i, j - i));
        i = j > i ? j : i + 1;
    }
    return out;
}

// Capitalised words that name no place or event: function words that open a sentence,
// days, months, honorifics; and a place name's words that say no place on their own ("New
// York", "Lower Manhattan", "Bay County", "Los Angeles", "the United States"), continents,
// and a place's buildings, which as keys joined unrelated events ("new" of New York and New
// Jersey, "europe").
bool is_common_capital(std::string_view w) {
    // clang-format off
    static const std::set<std::string_view> words{
        "a", "an", "the", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you",
        "his", "her", "their", "our", "my", "in", "on", "at", "of", "for", "and", "but", "or", "as", "by", "to",
        "from", "with", "after", "before", "when", "while", "if", "mr", "mrs", "ms", "dr", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
        "june", "july", "august", "september", "october", "november", "december", "many", "some", "least",
        "new", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
        "upper", "lower", "united", "states", "state", "city", "county", "bay", "st", "saint", "san", "santa",
        "los", "las", "la", "el", "fort", "port", "mount", "lake", "river", "valley", "island", "islands",
        "beach", "park", "gardens", "heights", "springs", "falls", "hills", "great", "little", "old", "golden",
        "airport", "school", "elementary", "hospital", "europe", "africa", "america", "asia", "americas",
        "u", "s"};
    // clang-format on
    return words.count(w) > 0;
}

}  // namespace

std::vector<std::string> proper_names(std::string_view text, bool skip_first) {
    std::vector<std::string> out;
    bool first = true;
    for (const std::string_view w : words_of(text)) {
        const bool candidate = !(first && skip_first) && std::isupper(static_cast<unsigned char>(w[0]));
        first = false;
        if (!candidate) continue;  // the key is made for capitalised words only
        std::string key = source_key(w);
        if (!key.empty() && !is_common_capital(key) && !country_of(key)) out.push_back(std::move(key));
    }
    return out;
}

namespace {

// Words after which a capitalised name is a place: "in Sosnovka", "near Kharkiv".
bool is_locative(std::string_view w) {
    // clang-format off
    static const std::set<std::string_view> words{"in", "near", "outside", "around", "across", "over", "into",
                                                  "at", "towards", "toward"};
    // clang-format on
    return words.count(w) > 0;
}

// Nouns before "of" that make the name after it a place ("the town of Sosnovka"), and
// after a name that make it one ("the Belgorod region", "the Sosnovka market").
bool is_place_noun(std::string_view w) {
    // clang-format off
    static const std::set<std::string_view> words{
        "town", "city", "village", "region", "province", "oblast", "district", "county", "state", "port",
        "suburb", "suburbs", "outskirts", "area", "island", "islands", "valley", "coast", "border", "capital",
        "settlement", "municipality", "prefecture", "governorate", "territory", "republic", "peninsula",
        // places within a town: "the Sosnovka market", "the Kakhovka dam"
        "market", "square", "street", "bridge", "station", "airport", "harbour", "harbor", "dam", "plant",
        "refinery", "mine", "base", "camp", "hospital"};
    // clang-format on
    return words.count(w) > 0;
}

// Nouns after which "on" names the place struck: "the strike on Odesa".
bool is_attack(std::string_view w) {
    // clang-format off
    static const std::set<std::string_view> words{"strike", "strikes", "attack", "attacks", "raid", "raids",
                                                  "assault", "shelling", "bombing", "offensive", "advance"};
    // clang-format on
    return words.count(w) > 0;
}

}  // namespace

std::vector<std::string> place_names(std::string_view text) {
    const std::vector<std::string_view> words = words_of(text);
    std::vector<std::string> out;
    const auto capital = [](std::string_view w) { return std::isupper(static_cast<unsigned char>(w[0])) != 0; };
    std::size_t i = 0;
    while (i < words.size()) {
        if (!capital(words[i])) {
            ++i;
            continue;
        }
        // a run of capitalised words with only spaces between: one name ("Kryvyi Rih", not
        // "Marwald. About")
        const auto joined = [&](std::size_t k) {
            const char* gap = words[k - 1].data() + words[k - 1].size();
            return std::all_of(gap, words[k].data(), [](char c) { return c == ' '; });
        };
        std::size_t j = i + 1;
        while (j < words.size() && capital(words[j]) && joined(j)) ++j;
        std::string before = i > 0 ? text::lower(words[i - 1]) : "";
        const std::string before2 = i > 1 ? text::lower(words[i - 2]) : "";
        std::size_t from = i;
        if (j > i + 1 && is_locative(text::lower(words[i]))) before = text::lower(words[from++]);  // "In Sosnovka, …"
        const std::string after = j < words.size() ? text::lower(words[j]) : "";
        if (is_locative(before) || (before == "of" && is_place_noun(before2)) ||
            (before == "on" && is_attack(before2)) || is_place_noun(after))
            for (std::size_t k = from; k < j; ++k) {
                std::string key = source_key(words[k]);
                if (!key.empty() && !is_common_capital(key) && !country_of(key)) out.push_back(std::move(key));
            }
        i = j;
    }
    return out;
}

std::set<std::string> document_places(const Document& d) {
    std::set<std::string> out;
    if (d.title)
        for (const std::string& p : place_names(*d.title)) out.insert(p);
    const std::string_view body = std::string_view(d.text).substr(d.body_start);
    for (const std::string& p : place_names(body)) out.insert(p);
    // the dateline: "BELGOROD, Russia (Reuters) —" opens the body in capitals
    std::size_t e = 0;
    while (e < body.size() && e < 40 &&
           (std::isupper(static_cast<unsigned char>(body[e])) || body[e] == ' ' ||
            static_cast<unsigned char>(body[e]) >= 0x80))
        ++e;
    if (e > 2 && e < body.size() && (body[e] == ',' || body[e] == '('))
        for (const std::string& p : proper_names(body.substr(0, e), false)) out.insert(p);
    return out;
}

std::string match_key(std::string_view content) {
    std::string key;
    bool first = true;
    for (const std::string_view word : words_of(content)) {
        const std::string w = text::lower(word);
        if (!(first && w == "that")) {
            if (!key.empty()) key += ' ';
            key += w;
        }
        first = false;
    }
    return key;
}

namespace {

class Builder {
public:
    explicit Builder(const Extraction& ex)
        : m_ex(ex), m_doc_id(ex.document.id()), m_doc_places(document_places(ex.document)) {
        m_batch.document = ex.document;
        // who speaks or publishes is no place: "Example Wire" in a dateline, a governor's
        // name, "Reuters" would join every event those speakers talk about
        std::set<std::string> names;
        const auto add_words = [&](std::string_view name) {
            for (const std::string_view w : words_of(name)) names.insert(text::lower(w));
        };
        if (ex.document.outlet) add_words(*ex.document.outlet);
        for (const Attribution& a : ex.statements) {
            if (a.source) {
                add_words(a.source->name);
                add_words(a.source->organization);
            }
            for (const Via& v : a.via) add_words(v.name);
        }
        for (auto it = m_doc_places.begin(); it != m_doc_places.end();)
            it = names.count(*it) ? m_doc_places.erase(it) : std::next(it);
    }

    DocumentDelta build() {
        const std::string& doc = m_doc_id;
        if (m_ex.document.outlet) {
            const std::string outlet = add_source(outlet_name(*m_ex.document.outlet), SourceType::outlet, "", "");
            add_edge(doc, outlet, Relation::attributes);
        }
        for (const ProvenanceMark& p : m_ex.provenance) add_provenance(doc, p);
        // "Ms. Khan" and "Mr. Khan" in one article are two people: the mentions of a name
        // that some give as a woman's and some as a man's are kept apart by sex
        std::map<std::string, std::set<extract::Gender>> sexes;
        for (const Attribution& a : m_ex.statements)
            if (a.source && a.source->type == SourceType::person)
                if (const auto g = gender_of(a.source->role); g != extract::Gender::unknown)
                    sexes[source_id(a.source->name)].insert(g);
        for (const auto& [id, both] : sexes)
            if (both.size() == 2) m_two_sexes.insert(id);
        for (const Attribution& a : m_ex.statements) add_statement(doc, a);
        finish();
        return std::move(m_batch);
    }

private:
    std::string add_source(const std::string& name, SourceType type, const std::string& role, const std::string& alias,
                           std::optional<std::string> id = std::nullopt) {
        const std::string sid = id ? *id : source_id(name);
        auto [it, fresh] = m_sources.try_emplace(sid);
        SourceRecord& s = it->second;
        if (fresh) {
            s.id = sid;
            s.name = text::normalize_name(name);
            s.type = type;
        }
        if (s.role.empty()) s.role = role;
        const std::string a = text::normalize_name(alias);
        if (!a.empty() && a != s.name && std::find(s.aliases.begin(), s.aliases.end(), a) == s.aliases.end())
            s.aliases.push_back(a);
        return sid;
    }

    Edge& add_edge(const std::string& from, const std::string& to, Relation r) {
        Edge& e = m_batch.edges.emplace_back(Edge{from, to, r});
        e.document = m_doc_id;  // hashed once: per edge, a long article took minutes
        return e;
    }

    // An edge that points at the words of `s`.
    Edge& add_edge(const std::string& from, const std::string& to, Relation r, Span s) {
        Edge& e = add_edge(from, to, r);
        e.start = s.start;
        e.end = s.end;
        e.text = m_ex.document.text.substr(s.start, s.end - s.start);
        return e;
    }

    void add_provenance(const std::string& doc, const ProvenanceMark& p) {
        // an unnamed agency is one per document: two articles "with inputs from agency"
        // need not share one
        const std::string name = p.agency ? *p.agency : "unnamed agency";
        const auto id = p.agency ? std::nullopt : std::optional(stable_id({"source", "unnamed agency", doc}));
        const std::string agency = add_source(name, SourceType::agency, "", "", id);
        add_edge(doc, agency, Relation::reports, p.span).kind = p.kind;
    }

    void add_statement(const std::string& doc, const Attribution& a) {
        const std::string sid = statement_id(a);
        auto [it, fresh] = m_statements.try_emplace(sid);
        if (fresh) {
            it->second = StatementRecord{sid,
                                         a.content_text,
                                         a.kind,
                                         a.cue ? a.cue->lemma : "",
                                         m_ex.document.date,
                                         a.figures,
                                         match_key(a.content_text),
                                         places(a.content_text)};
        }
        Edge& reports = add_edge(doc, sid, Relation::reports, a.covering());
        if (a.content.size() > 1) reports.spans = a.content;
        if (a.confidence >= 0) reports.confidence = two_decimals(a.confidence);
        if (a.source) add_speaker(sid, a);
        for (const Via& v : a.via) {
            const std::string agency = add_source(
                v.name, v.type, "", std::string(m_ex.document.text.substr(v.span.start, v.span.end - v.span.start)));
            add_edge(agency, sid, Relation::reports, v.span);
        }
    }

    void add_speaker(const std::string& sid, const Attribution& a) {
        const SourceMention& m = *a.source;
        std::optional<std::string> id;
        if (m_two_sexes.count(source_id(m.name)) && m.type == SourceType::person)
            if (const auto g = gender_of(m.role); g != extract::Gender::unknown)
                id = stable_id({"source", m.name, g == extract::Gender::female ? "female" : "male"});
        const std::string speaker = add_source(m.name, m.type, m.role, m.alias, id);
        Edge& attributes = m.span ? add_edge(sid, speaker, Relation::attributes, *m.span)
                                  : add_edge(sid, speaker, Relation::attributes);
        // "she", "the company": the name the extractor read them as (resolve/identity.h)
        if (m.resolved_from) attributes.match = identity::step(identity::kCoreference, text::normalize_name(m.name));
        if (a.cue) {
            attributes.cue = a.cue->text;
            attributes.cue_start = a.cue->span.start;
            attributes.cue_end = a.cue->span.end;
        }
        if (!m.organization.empty() && m.type == SourceType::person) {
            const std::string body = add_source(m.organization, m.organization_type, "", "");
            if (m.span)
                add_edge(speaker, body, Relation::attributes, *m.span);
            else
                add_edge(speaker, body, Relation::attributes);
        }
    }

    void finish() {
        for (auto& [id, s] : m_sources) {
            std::sort(s.aliases.begin(), s.aliases.end());
            m_batch.sources.push_back(std::move(s));
        }
        for (auto& [id, s] : m_statements) m_batch.statements.push_back(std::move(s));
        GraphData g;
        g.edges = std::move(m_batch.edges);
        g.normalize();
        m_batch.edges = std::move(g.edges);
    }

    // The places a statement is about: the places its words name ("injured in Mykolaiv"
    // is about Mykolaiv, whatever else the article covers), else the document's.
    std::string places(std::string_view content) const {
        std::set<std::string> out;
        for (const std::string& p : place_names(content)) out.insert(p);
        if (out.empty()) out = m_doc_places;
        return text::join(std::vector<std::string>(out.begin(), out.end()), " ");
    }

    const Extraction& m_ex;
    const std::string m_doc_id;  ///< the document's id (a hash of its whole text)
    std::set<std::string> m_doc_places;
    DocumentDelta m_batch;
    std::map<std::string, SourceRecord> m_sources;
    std::set<std::string> m_two_sexes;  ///< ids of names a woman and a man are mentioned by here
    std::map<std::string, StatementRecord> m_statements;
};

}  // namespace

DocumentDelta build_delta(const Extraction& ex) {
    DocumentDelta delta = Builder(ex).build();
    // copy detection's hashes: work on the document alone, done where the document is (on
    // ingest's reading thread, not its writer)
    delta.shingles = linking::shingles_of(std::string_view(delta.document.text).substr(delta.document.body_start));
    return delta;
}

}  // namespace claimgraph::resolve
