// The linker's first step: the document's sources meet the corpus's (identity keys,
// surnames, descriptions, unqualified bodies; merges and keys recorded).
#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "extract/lexicon.h"
#include "resolve/identity.h"
#include "resolve/linking.h"
#include "resolve/names.h"
#include "resolve/roles.h"
#include "resolve/salience.h"
#include "resolve/surnames.h"
#include "util/hash.h"
#include "util/text.h"

namespace claimgraph::resolve::linking {

namespace {

// The key of a source's own name, before the document says more: "Mark Jay Heller" and
// "Mark Heller", "Donald J. Trump" and "Donald Trump" have one.
std::string own_key(const SourceRecord& r) {
    const std::string key = source_key(r.name);
    if (const auto pair = pair_surnames(r)) return *pair;
    const auto fl = first_and_last(r, key_words(key));
    return fl ? *fl : key;
}

}  // namespace

std::string Linker::respelt(const SourceRecord& r, const std::vector<std::string>& spelt, const std::string& own,
                            std::string& how) {
    std::set<std::string> holders;
    for (const std::string& k : spelt)
        if (const auto h = m_db.source_for_key(k); h && !h->empty() && m_db.source_type(*h) == SourceType::person)
            holders.insert(*h);
    if (holders.empty()) return own;
    // a source a person's correction fixed takes the new spelling, but is merged with no other
    const bool fixed = std::any_of(holders.begin(), holders.end(), [&](const std::string& h) { return m_db.source_pinned(h); });
    if (fixed && holders.size() > 1) return own;
    const std::string keep = fixed ? *holders.begin() : std::min(own, *holders.begin());
    for (const std::string& h : holders)
        if (h != keep && m_absorbed.insert(h).second)
            m_b.merges.push_back({h, keep, identity::step(identity::kMerged, "spelling of " + r.name)});
    how = identity::append(how, identity::step(identity::kRespelt, m_db.source_name(*holders.begin()).value_or("")));
    return keep;
}

void Linker::link_sources() {
    // within the document first: a surname alone, an unqualified body
    std::map<std::string, std::string> key_of;  // batch id → key
    std::map<std::string, std::string> by_surname;
    for (const SourceRecord& r : m_b.sources) key_of[r.id] = own_key(r);
    const std::map<std::string, std::string> own_keys = key_of;  // each source's key before the document says more
    // how the document identified each source (identity.h), for its mentions' edges
    std::map<std::string, std::string> how;
    // the name of the source of the document whose own key `key` is (else the key)
    const auto name_of = [&](const std::string& key) {
        for (const SourceRecord& r : m_b.sources)
            if (own_keys.at(r.id) == key) return r.name;
        return key;
    };
    for (const SourceRecord& r : m_b.sources)
        if (own_keys.at(r.id) != source_key(r.name))
            how[r.id] = identity::step(identity::kMiddleName, own_keys.at(r.id));
    PeopleRoles roles;  // the roles each person is given, read once
    for (const SourceRecord& r : m_b.sources)
        if (r.type == SourceType::person)
            if (auto held = roles_of(r); !held.empty()) roles.emplace_back(&r, std::move(held));
    for (const SourceRecord& r : m_b.sources) {
        const std::string& key = key_of[r.id];
        if (const auto surname = surname_of(r, key_words(key))) {
            auto [it, fresh] = by_surname.try_emplace(*surname, key);
            if (!fresh && it->second != key) it->second.clear();  // two people share it
        }
    }
    // "Secretary Clinton" where the article names Hillary and Bill Clinton in full: the one
    // of them given that title here (titled_key → key, "" when two)
    std::map<std::string, std::string> titled_here;
    for (const SourceRecord& r : m_b.sources) {
        const std::string& key = key_of[r.id];
        const auto surname = surname_of(r, key_words(key));
        const auto title = title_of(r.role);
        if (!surname || !title || r.type == SourceType::anonymous) continue;
        auto [it, fresh] = titled_here.try_emplace(titled_key(*title, *surname), key);
        if (!fresh && it->second != key) it->second.clear();
    }
    const auto titled_holder = [&](const SourceRecord& r, const std::vector<std::string>& words) {
        const auto lone = lone_key_here(r, words);
        const auto it = lone ? titled_here.find(*lone) : titled_here.end();
        return it != titled_here.end() ? it->second : std::string();
    };
    // "HP" beside "Hewlett-Packard": the one body here whose initials the acronym is
    std::map<std::string, std::set<std::string>> bodies_by_acronym;  // initials → keys
    for (const SourceRecord& r : m_b.sources)
        for (const std::string& a : body_acronyms(r)) bodies_by_acronym[a].insert(key_of[r.id]);
    std::set<std::string> by_acronym;  // batch ids resolved so
    for (const SourceRecord& r : m_b.sources) {
        const auto acronym = acronym_name(r);
        if (!acronym) continue;
        auto it = bodies_by_acronym.find(*acronym);
        if (it == bodies_by_acronym.end() || it->second.size() != 1 || *it->second.begin() == key_of[r.id]) continue;
        key_of[r.id] = *it->second.begin();
        how[r.id] = identity::step(identity::kAcronym, name_of(key_of[r.id]));
        by_acronym.insert(r.id);
    }
    std::set<std::string> now_person;  // batch ids that turned out to name a person
    // batch ids of a role or description no one here holds: this article's own source
    std::set<std::string> own_role;
    // "Mrs. Clinton" and "Mr. Clinton", "Ms. Khan" and "Mr. Khan" in one article: two
    // people share the surname, each this article's own unless the one it names in full
    // is known to be of that sex (batch id → the sex its mention gives)
    std::map<std::string, std::set<extract::Gender>> lone_sexes;  // surname → the sexes its mentions give
    for (const SourceRecord& r : m_b.sources)
        if (const auto g = gender_of(r);
            r.type == SourceType::person && g != extract::Gender::unknown && key_words(key_of[r.id]).size() == 1)
            lone_sexes[key_of[r.id]].insert(g);
    std::map<std::string, extract::Gender> by_sex;
    for (const SourceRecord& r : m_b.sources) {
        std::string& key = key_of[r.id];
        auto held = role_only(r);
        // "King said" where the article names Billy King: a surname that is also a title
        // (the article's full names read only for a title alone)
        if (held && key.find(' ') == std::string::npos && !r.name.empty() && r.name[0] >= 'A' && r.name[0] <= 'Z' &&
            ((by_surname.count(key) && !by_surname.at(key).empty()) || full_names().key_for(key)))
            held.reset();
        if (held) {
            if (!held->possessor.empty())
                how[r.id] = resolve_role(r, *held, roles, key_of);  // the bare ones after these
            continue;
        }
        const auto words = key_words(key);
        if (const auto sex = gender_of(r); r.type == SourceType::person && words.size() == 1 &&
                                           sex != extract::Gender::unknown && lone_sexes[key].size() == 2) {
            const auto it = by_surname.find(key);
            const SourceRecord* named = nullptr;
            for (const SourceRecord& p : m_b.sources)
                if (it != by_surname.end() && !it->second.empty() && own_keys.at(p.id) == it->second) named = &p;
            if (named && gender_of(*named) == sex) {
                key = it->second;
                how[r.id] = identity::step(identity::kSurname, named->name);
                now_person.insert(r.id);
            } else {
                by_sex[r.id] = sex;
                own_role.insert(r.id);
            }
            continue;
        }
        if ((r.type == SourceType::person || r.type == SourceType::organization) && words.size() == 1) {
            // "Paris claims …" after "Valeska Paris": the surname, not the city
            if (auto it = by_surname.find(key); it != by_surname.end() && !it->second.empty()) {
                key = it->second;
                how[r.id] = identity::step(identity::kSurname, name_of(key));
                now_person.insert(r.id);
            } else if (auto named = r.type == SourceType::person ? full_names().key_for(key) : std::nullopt) {
                // "Murphy said" where the article names Sen. Chris Murphy, though not as
                // a speaker: the one full name in the text with that surname
                key = *named;
                how[r.id] = identity::step(identity::kSurname, *named);
            } else if (const std::string holder = titled_holder(r, words); !holder.empty()) {
                // "Secretary Clinton" (or "Clinton" where the text writes "Secretary Clinton")
                // beside Hillary and Bill Clinton: the one of them with that title here
                key = holder;
                how[r.id] = identity::step(identity::kSurname, name_of(key));
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
                if (n == 1) {
                    key = found;
                    how[r.id] = identity::step(identity::kMisspelt, name_of(found));
                }
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
                const bool fits = role == desc || role.starts_with(desc + " ") ||
                                  role.starts_with("an " + desc + " ") || role.starts_with("a " + desc + " ");
                if (fits && key_of[p.id] != found) {
                    found = key_of[p.id];
                    ++n;
                }
            }
            if (n == 1) {
                key = found;
                how[r.id] = identity::step(identity::kDescription, name_of(found));
            }
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
            if (n == 1) {
                key = found;
                how[r.id] = identity::step(identity::kQualified, name_of(found));
            }
        }
    }
    for (const SourceRecord& r : m_b.sources)
        // (a bare title read above as a surname is not asked again)
        if (const auto held = role_only(r); held && held->possessor.empty() && key_of[r.id] == own_keys.at(r.id)) {
            how[r.id] = resolve_role(r, *held, roles, key_of);
            if (key_of[r.id] == own_keys.at(r.id)) own_role.insert(r.id);
        }
    resolve_companies(key_of, own_keys, how);
    // a description the article resolved to no one ("the company", "a retired
    // neurosurgeon", "the man"): whoever it is here, not the same words in another article
    for (const SourceRecord& r : m_b.sources)
        if (described(r) && key_of[r.id] == own_keys.at(r.id) &&
            (r.type == SourceType::person || r.type == SourceType::organization || r.type == SourceType::agency))
            own_role.insert(r.id);
    // a pronoun the article resolved to no one ("He said", "I", "They"): this article's only
    // (one "I" across 36 PolNeAR articles was one source)
    for (const SourceRecord& r : m_b.sources)
        if (key_of[r.id] == own_keys.at(r.id) && is_pronoun_name(r.name)) own_role.insert(r.id);
    // what an article's own sources are scoped to: its text, not its id (a copy published
    // elsewhere has the same "officials")
    const std::string own_scope =
        stable_id({"text", std::string_view(m_b.document.text).substr(m_b.document.body_start)});
    const std::string outlet_key = m_b.document.outlet ? source_key(outlet_name(*m_b.document.outlet)) : "";
    std::map<std::string, SourceRecord> merged;
    std::map<std::string, std::string> rename;
    // a stored surname alone or role → its person ("" when two)
    std::map<std::string, std::string> surname_merges;
    std::map<std::string, std::string> merged_why;  // stored source → the key a named person now holds
    // sources this document decides (an anonymous one, a surname or body it resolved):
    // batch id → what decided it (the document's own source id, the key)
    std::map<std::string, std::string> scoped;
    for (SourceRecord& r : m_b.sources) {
        const std::string& key = key_of[r.id];
        const auto words = key_words(key);
        const std::vector<std::string> spelt = spelling_keys(r, words);
        std::string id;
        if (const auto sex = by_sex.find(r.id); sex != by_sex.end()) {
            // "Mrs. Clinton" beside "Mr. Clinton": each this article's own
            id = stable_id({"source", key, own_scope, sex->second == extract::Gender::female ? "female" : "male"});
            how[r.id] = identity::append(how[r.id], identity::step(identity::kOwn));
        } else if (r.type == SourceType::anonymous || own_role.count(r.id)) {
            // "officials" here are not "officials" there; nor is "her spokesman"
            id = stable_id({"source", key, own_scope});
            how[r.id] = identity::append(how[r.id], identity::step(identity::kOwn));
        } else if (key.starts_with("role:")) {
            // "Lindsay Lohan's attorney": the one person the corpus knows in that role, else
            // a source of its own that such a person absorbs when one comes
            const auto held = m_db.source_for_key(key);
            id = held && !held->empty() ? *held : stable_id({"source", key});
        } else if (const auto lone = lone_key(r, words)) {
            // "Governor Gladkov" where the article names no Gladkov in full: the one
            // person in the corpus of that surname given that title, else a source of
            // its own that such a person absorbs when one comes. A surname with no
            // title stays apart: across articles, it is anyone's.
            const auto held = m_db.source_for_key(*lone);
            id = held && !held->empty() ? *held : stable_id({"source", *lone});
            how[r.id] = identity::append(how[r.id], identity::step(identity::kTitled, r.role + " " + r.name));
        } else if (auto known = m_db.source_for_key(key); known && !known->empty()) {
            id = *known;
        } else {
            id = stable_id({"source", key});
            if (!known && !spelt.empty()) id = respelt(r, spelt, id, how[r.id]);
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
        if (r.type != SourceType::anonymous && !own_role.count(r.id) && !key.empty() && !key.starts_with("role:") &&
            (words.size() > 1 || id == stable_id({"source", key})))
            m_b.source_keys.push_back({key, id, "name"});
        // the spellings other outlets may give this name ("Heidar Alishvandi"), unless the
        // source this one absorbs holds them (the merge moves its keys)
        for (const std::string& k : spelt)
            if (const auto holder = m_absorbed.empty() ? std::nullopt : m_db.source_for_key(k);
                !holder || !m_absorbed.count(*holder))
                m_b.source_keys.push_back({k, id, "lone"});
        if (surname_of(r, words))
            for (const HeldRole& h : roles_of(r)) {
                if (h.possessor.empty()) continue;
                // "Lohan's lawyer Mark Heller": where "Lindsay Lohan's attorney" finds him
                const std::string k = role_key(h);
                m_b.source_keys.push_back({k, id, "lone"});
                const std::string alone = stable_id({"source", k});
                const auto holder = m_db.source_for_key(k);
                if (alone != id && m_db.source_type(alone) && (!holder || *holder == id)) {
                    auto [it, fresh] = surname_merges.try_emplace(alone, id);
                    if (!fresh && it->second != id) it->second.clear();
                    merged_why.try_emplace(alone, k + " is " + r.name);
                }
            }
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
                    merged_why.try_emplace(alone, k + " is " + r.name);
                }
            }
        }
        // an acronym this document showed to be a body ("HP" beside "Hewlett-Packard"):
        // later documents find the body under the acronym too, and a source stored under
        // it before is that body (in whatever order the articles come)
        if (const auto own = source_key(r.name); by_acronym.count(r.id) && own != key) {
            m_b.source_keys.push_back({own, id, "name"});
            if (const auto stored = m_db.source_for_key(own); stored && !stored->empty() && *stored != id)
                m_b.merges.push_back({*stored, id, identity::step(identity::kMerged, "initials of " + r.name)});
        }
        rename[r.id] = id;
        // a source this document alone decides (an anonymous one, a surname it resolved,
        // a body it qualified): its statements' ids say which source they are, so that
        // the same words by "officials" or "Murphy" elsewhere are another claim's
        if (r.type == SourceType::anonymous || own_role.count(r.id))
            scoped[r.id] = id;
        else if (key.starts_with("role:"))
            scoped[r.id] = key;
        else if (const auto lone = lone_key(r, words))
            scoped[r.id] = *lone;
        else if (key != own_keys.at(r.id))
            scoped[r.id] = key;
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
            // (a title alone is never shown before a name: "Gary Ross", not "Filmmaker")
            const bool r_title = role_only(r).has_value(), m_title = role_only(m).has_value();
            if (r_title != m_title ? m_title : text::better_name(r.name, m.name)) {
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
        if (!into.empty()) m_b.merges.push_back({alone, into, identity::step(identity::kMerged, merged_why.at(alone))});
    for (const Edge& e : m_b.edges)
        if (auto it = scoped.find(e.to); e.relation == Relation::attributes && it != scoped.end())
            m_scoped_statements.try_emplace(e.from, it->second);
    // each mention of a statement's speaker says how the document identified it
    for (Edge& e : m_b.edges)
        if (auto it = how.find(e.to); e.relation == Relation::attributes && !rename.count(e.from) && it != how.end())
            e.match = identity::append(e.match, it->second);
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

}  // namespace claimgraph::resolve::linking
