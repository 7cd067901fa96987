// The linker's resolution of a person named by a role alone ("her spokesman", "Lindsay
// Lohan's attorney") and of a business named by a description ("the company"), each to the
// one the article or the corpus gives (link_sources.cpp asks).
#include <cctype>
#include <map>
#include <set>
#include <string>

#include "resolve/identity.h"
#include "resolve/linking.h"
#include "resolve/names.h"
#include "resolve/roles.h"
#include "resolve/salience.h"
#include "resolve/surnames.h"
#include "util/text.h"

namespace claimgraph::resolve::linking {

// A person named by a role alone ("her spokesman", "Lindsay Lohan's attorney"): the one
// person of the document given that role ("spokesman Harlan Boll", "Attorney Mark Jay
// Heller"); else, for a role whose holder it names, the role's key across articles, which
// a bare "Lawyer" of the same document shares; else, for "her publicist" or a headline's
// "Lawyer:", the role of the person the headline names. `key_of` is updated for `r`;
// returns how (identity.h), "" when the role stays unresolved.
std::string Linker::resolve_role(const SourceRecord& r, const HeldRole& held, const PeopleRoles& roles,
                                 std::map<std::string, std::string>& key_of) {
    std::string& key = key_of[r.id];
    if (!held.definite) return "";
    std::string found;
    int n = 0;
    for (const auto& [p, given] : roles) {
        const std::string& id = p->id;
        if (id == r.id || !surname_of(*p, key_words(key_of[id]))) continue;  // a named person
        for (const HeldRole& h : given)
            if (h.title == held.title &&
                (held.possessor.empty() || h.possessor.empty() || h.possessor == held.possessor) &&
                key_of[id] != found) {
                found = key_of[id];
                ++n;
                break;
            }
    }
    if (n == 1) {
        key = found;
        for (const auto& [p, given] : roles)
            if (p->id != r.id && key_of[p->id] == found) return identity::step(identity::kRoleHolder, p->name);
        return identity::step(identity::kRoleHolder, found);
    }
    if (n > 1) return "";
    if (held.possessor.empty() && !held.pronoun) {
        // "…, lawyer says" where the text quotes "her lawyer Mark Heller" without his words
        const auto& named = titled();
        if (auto it = named.find(held.title); it != named.end() && it->second.size() == 1) {
            key = *it->second.begin();
            return identity::step(identity::kRoleHolder, key);
        }
    }
    if (!held.possessor.empty()) {
        key = role_key(held);
        return identity::step(identity::kRoleAcross, held.title + " of " + held.possessor);
    }
    // "Lawyer: …" above "Lindsay Lohan's attorney said": the one such role here
    for (const SourceRecord& q : m_b.sources) {
        const auto other = q.id == r.id ? std::nullopt : role_only(q);
        if (!other || other->title != held.title || other->possessor.empty()) continue;
        const std::string& k = key_of[q.id];  // resolved already: a person or the role's key
        if (k != found) {
            found = k;
            ++n;
        }
    }
    // clang-format off
    // titles that are someone's: a person's lawyer, spokesman, agent
    static const std::set<std::string_view> kSomeones{"lawyer", "spokesman", "agent", "manager", "aide",
                                                      "adviser", "advisor", "representative", "rep"};
    // clang-format on
    if (n == 0 && (held.pronoun || kSomeones.count(held.title))) {
        // "her publicist", a headline's "Lawyer:" where the headline names Esther Williams,
        // Lindsay Lohan, whom the article is about: her publicist, her lawyer, the role's key
        // across articles
        if (const auto whose = headline_person()) {
            HeldRole theirs = held;
            theirs.possessor = key_words(*whose).back();
            key = role_key(theirs);
            return identity::step(identity::kRoleAcross, held.title + " of " + theirs.possessor);
        }
    }
    if (n == 0 && !held.pronoun && !kSomeones.count(held.title) && headline_label(r)) {
        // "Filmmaker says he cannot commit …" under "Gary Ross Will Not Direct …", where no one
        // else is given that title: a headline's bare title is the person the headline names
        if (const auto whose = headline_person()) {
            key = *whose;
            return identity::step(identity::kRoleHolder, key);
        }
    }
    if (n != 1) return "";
    key = found;
    // the role the other mention is, or the person it was found to be
    if (found.starts_with("role:")) return identity::step(identity::kRoleAcross, found.substr(5));
    return identity::step(identity::kRoleHolder, found);
}

// "the company", "the software giant" that no speaker of the article resolves: the body
// the article is about, when one name stands out and the headline names it.
void Linker::resolve_companies(std::map<std::string, std::string>& key_of,
                               const std::map<std::string, std::string>& own_keys,
                               std::map<std::string, std::string>& how) {
    std::set<std::string> people;
    for (const SourceRecord& r : m_b.sources)
        if (const auto words = key_words(key_of[r.id]); r.type == SourceType::person && words.size() > 1)
            people.insert(words.begin(), words.end());  // ("Microsoft says" alone may be the body)
    std::optional<std::optional<std::string>> salient;  // read once, when first needed
    for (const SourceRecord& r : m_b.sources) {
        const std::size_t sp = r.name.rfind(' ');
        const std::string head = text::lower(sp == std::string::npos ? r.name : r.name.substr(sp + 1));
        // clang-format off
        static const std::set<std::string_view> kCompany{"company", "firm", "giant", "corporation", "maker",
                                                         "manufacturer", "retailer", "carrier", "operator",
                                                         "insurer", "lender", "studio", "chain", "conglomerate"};
        // clang-format on
        // ("a consulting firm" is another one)
        if (r.type != SourceType::organization || !described(r) || !kCompany.count(head) ||
            key_of[r.id] != own_keys.at(r.id) || headline().empty() ||
            written_opening(r, {"a", "an", "one", "another"}))
            continue;
        if (!salient)
            salient =
                salient_body(std::string_view(m_b.document.text).substr(m_b.document.body_start), people, headline());
        // the body the headline names
        if (const auto& body = *salient;
            body && text::lower(headline()).find(text::lower(*body)) != std::string::npos) {
            key_of[r.id] = source_key(*body);
            how[r.id] = identity::step(identity::kSubject, *body);
        }
    }
}

namespace {

// A line that says when, not what: "18 September 2013 Last updated at 13:59 GMT", "9:53 AM,
// MON 22 JUL 2013", "Thursday, December 11, 2008", or a file's name ("10_2ecbplus")
bool says_only_when(std::string_view line) {
    // clang-format off
    static const std::set<std::string_view> kStamp{"last", "updated", "update", "at", "published", "posted",
        "first", "on", "am", "pm", "a.m.", "p.m.", "gmt", "utc", "edt", "est", "bst", "cet", "pdt", "pst",
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    // clang-format on
    int words = 0;
    std::size_t i = 0;
    while (i < line.size()) {
        std::size_t e = i;
        while (e < line.size() && line[e] != ' ' && line[e] != ',') ++e;
        std::string w = text::lower(line.substr(i, e - i));
        while (!w.empty() && (w.back() == ':' || w.back() == '.')) w.pop_back();
        i = e + 1;
        if (w.empty() || std::isdigit(static_cast<unsigned char>(w[0])) || kStamp.count(w) || extract::is_time_word(w))
            continue;
        ++words;
    }
    const bool file_name = line.find(' ') == std::string_view::npos && line.find('_') != std::string_view::npos;
    return !line.empty() && (words == 0 || file_name);
}

}  // namespace

const std::string& Linker::headline() {
    if (m_headline) return *m_headline;
    const std::string title = m_b.document.title.value_or("");
    if (title.empty() || !says_only_when(title)) return m_headline.emplace(title);
    // the first of the text's opening paragraphs that reads as a headline: short, with no
    // full stop at its end
    const std::string_view body = std::string_view(m_b.document.text).substr(m_b.document.body_start);
    std::size_t i = 0;
    for (int paragraph = 0; paragraph < 3 && i < body.size(); ++paragraph) {
        while (i < body.size() && std::isspace(static_cast<unsigned char>(body[i]))) ++i;
        std::size_t e = body.find('\n', i);
        if (e == std::string_view::npos) e = body.size();
        const std::string_view line = body.substr(i, e - i);
        i = e;
        if (line.empty() || line == title || says_only_when(line)) continue;
        if (line.size() <= 160 && line.back() != '.') return m_headline.emplace(line);
        break;
    }
    return m_headline.emplace(title);
}

// The identity key of the person the headline names first, as the text names them in full
// ("Esther Williams, Swimming Champion, … Dies" → "esther williams"); nullopt when it names
// no one.
std::optional<std::string> Linker::headline_person() {
    const std::string& title = headline();
    std::size_t i = 0;
    while (i < title.size()) {
        std::size_t e = i;
        while (e < title.size() && (std::isalpha(static_cast<unsigned char>(title[e])) || title[e] == '-')) ++e;
        if (e - i > 2 && title[i] >= 'A' && title[i] <= 'Z')
            if (const auto full = full_names().key_for(text::lower(title.substr(i, e - i)))) return full;
        i = e + 1;
    }
    return std::nullopt;
}

// Whether every mention of `r` is a title written bare and capitalised ("Filmmaker", not
// "the filmmaker") in one of the short lines without a full stop that open the text: a
// headline's or a subheading's label.
bool Linker::headline_label(const SourceRecord& r) const {
    const std::string_view text = m_b.document.text;
    bool any = false;
    for (const Edge& e : m_b.edges) {
        if (e.relation != Relation::attributes || e.to != r.id || !e.start) continue;
        if (e.text.empty() || !(e.text[0] >= 'A' && e.text[0] <= 'Z') || e.text.find(' ') != std::string::npos)
            return false;
        // the line it is written in, among the first three of the body
        const std::size_t from = text.rfind('\n', *e.start);
        const std::size_t line_start = from == std::string_view::npos ? 0 : from + 1;
        std::size_t line_end = text.find('\n', *e.start);
        if (line_end == std::string_view::npos) line_end = text.size();
        const std::string_view line = text.substr(line_start, line_end - line_start);
        if (line_start < m_b.document.body_start || line.size() > 160 || line.ends_with('.')) return false;
        int lines = 0;  // (counted no further than a third line: the text may be long)
        for (std::size_t i = m_b.document.body_start; i < line_start && lines <= 2; ++i)
            if (text[i] == '\n' && i + 1 < text.size() && text[i + 1] != '\n') ++lines;
        if (lines > 2) return false;
        any = true;
    }
    return any;
}

}  // namespace claimgraph::resolve::linking
