#include "resolve/presumed.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>

#include "extract/first_names.h"
#include "extract/lexicon.h"
#include "resolve/linking.h"
#include "resolve/names.h"
#include "resolve/roles.h"
#include "resolve/surnames.h"
#include "util/text.h"

namespace claimgraph::resolve {

namespace {

bool capital(char c) { return c >= 'A' && c <= 'Z'; }

// The written words of a name.
std::vector<std::string_view> written_words(std::string_view name) {
    std::vector<std::string_view> words;
    for (std::size_t at = 0; at < name.size();) {
        const std::size_t space = std::min(name.find(' ', at), name.size());
        if (space > at) words.push_back(name.substr(at, space - at));
        at = space + 1;
    }
    return words;
}

// A word no person's name is made of: a place, a body's head noun, a title, a day.
bool not_a_name(std::string_view word) {
    const std::string w = text::lower(word);
    return extract::is_place_name(w) || country_of(w) || extract::is_org_head(w) || extract::is_role_noun(w) ||
           extract::is_time_word(w) || title_of(w);
}

// The suffixes a full name may end in, no name words ("Jr.", "III").
const std::set<std::string_view> kSuffixes{"Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV"};

// A person's full name as written: two to four words, each a name word ("Strauss-Kahn",
// "O'Brien"), an initial ("J.", "G.K."), a particle ("de", "van") or a suffix ("Jr.");
// the last name word, lower case, is its surname ("Mark Jay Heller" → heller). None for
// the names a mistyped body or a description gets ("Islamic State" aside, "Brennan Center
// for Justice", "POLITICO Florida", "R-Iowa", "close friend of the dead mum").
std::optional<std::string> full_name_surname(std::string_view name) {
    static const std::set<std::string_view> kParticles{"de", "van", "von", "der", "bin", "al",
                                                       "da", "del", "la",  "le",  "di",  "du"};
    const auto words = written_words(name);
    if (words.size() < 2 || words.size() > 4) return std::nullopt;
    std::optional<std::string> surname;
    std::size_t names = 0, initials_seen = 0;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string_view w = words[i];
        if (kParticles.count(w) && i > 0) continue;
        if (kSuffixes.count(w) && i > 0) continue;
        const bool initials = w.size() >= 2 && w.back() == '.' && capital(w[0]) &&
                              std::all_of(w.begin(), w.end(), [](char c) { return capital(c) || c == '.'; });
        if (initials) {
            ++initials_seen;
            continue;
        }
        if (!is_name_word(w) || not_a_name(w)) return std::nullopt;
        ++names;
        surname = text::lower(w);
    }
    if (names + initials_seen < 2 || names == 0) return std::nullopt;  // a given name or initials, and a surname
    return surname;
}

// The last two name words of a person's full name of three or more, lower case ("boone
// isaacs" of "Cheryl Boone Isaacs"; suffixes and initials aside), none for a shorter name.
std::optional<std::string> name_tail(std::string_view name) {
    std::vector<std::string_view> words;
    for (std::string_view w : written_words(name))
        if (is_name_word(w) && !not_a_name(w) && !kSuffixes.count(w)) words.push_back(w);
    if (words.size() < 3) return std::nullopt;
    return text::lower(std::string(words[words.size() - 2]) + " " + std::string(words.back()));
}

// Whether `text` writes `word` as the last of capitalised words that are a name other than
// `full` ("Wall Street Journal" where `full` is "Independent Journal").
bool names_another(std::string_view text, std::string_view word, std::string_view full) {
    const auto letter = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-'; };
    for (std::size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
        const std::size_t end = at + word.size();
        if ((at > 0 && letter(text[at - 1])) || (end < text.size() && letter(text[end]))) continue;
        // the capitalised words right before it, one space apart
        std::size_t start = at;
        for (int words = 0; words < 4; ++words) {
            if (start < 2 || text[start - 1] != ' ') break;
            std::size_t b = start - 1;
            while (b > 0 && letter(text[b - 1])) --b;
            if (b == start - 1 || !capital(text[b])) break;
            start = b;
        }
        if (text.substr(start, at - start).starts_with("The ")) start += 4;  // ("The Harbour Herald")
        if (start < at && text.substr(start, end - start) != full) return true;
    }
    return false;
}

// A body's full name written as one: two words or more, each capitalised but the small
// words that join a name ("Academy of Motion Picture Arts and Sciences", "Indian Navy").
std::vector<std::string_view> body_name_words(std::string_view name) {
    static const std::set<std::string_view> kJoining{"of", "for", "and", "the", "on", "de"};
    const auto words = written_words(name);
    if (words.size() < 2 || !capital(words.front()[0])) return {};
    for (std::string_view w : words)
        if (!capital(w[0]) && !kJoining.count(w)) return {};
    return words;
}

// An office one person holds in a place or an event's story, which an article may name by
// the title alone ("the coroner", "the President"); not an occupation ("the actor") nor a
// title many hold at once ("the senator" names one of a hundred: two in the archive leave
// it alone anyway).
bool office(const std::string& title) {
    static const std::set<std::string_view> kOffices{
        "president",         "vice president", "governor",       "mayor",      "coroner",
        "medical examiner",  "sheriff",        "judge",          "prosecutor", "district attorney",
        "attorney general",  "chancellor",     "prime minister", "premier",    "pope",
        "police chief",      "fire chief",     "superintendent", "warden",     "ombudsman",
        "secretary-general", "chief justice"};
    return kOffices.count(title) > 0;
}

// The title a person's role is when it is that title alone ("Coroner", "Gov.", "Vice
// President"), not one qualified ("AMA President", "the medical society's president",
// "Former Maryland Gov.") nor a title named in a description of someone else.
std::optional<std::string> bare_title(std::string_view role) {
    const std::string lower = text::lower(role);
    const auto title = title_of(lower);
    if (!title || (*title != lower && (lower.find(' ') != std::string::npos || !lower.ends_with('.'))))
        return std::nullopt;
    return title_class(*title);
}

// Written with "the" and never as someone new ("a prosecutor"): the one of its kind the
// article's reader knows.
bool definite(const SourceRecord& r) {
    return written_opening(r, {"the"}) && !written_opening(r, {"a", "an", "one", "another", "some", "any"});
}

std::string held_key(const HeldRole& h) { return h.title + " of " + h.possessor; }

// A person named by a title and whose it is, no name ("the Ohio governor", "Cameron's
// spokesman", "Clinton campaign spokesman"), written as someone the reader knows: that
// role. None for "a State Department spokesman" (someone new), "her spokesman" (whose is
// the article's to say) or a name.
std::optional<HeldRole> qualified_role(const SourceRecord& r) {
    if (r.type != SourceType::person || r.name.empty() || full_name_surname(r.name)) return std::nullopt;
    if (written_opening(r, {"a", "an", "one", "another", "some", "any", "his", "her", "their", "its"}))
        return std::nullopt;
    // a phrase of a title's words, not a clause's ("according to a senior Trump adviser",
    // "anything the Vermont senator"): no determiner inside, and a first word in lower case
    // only when it describes the title ("former Florida governor")
    const auto words = written_words(r.name);
    if (words.empty()) return std::nullopt;
    for (std::string_view w : words)
        if (extract::is_determiner(text::lower(w))) return std::nullopt;
    if (const std::string first = text::lower(words.front());
        !capital(words.front()[0]) && !extract::is_role_modifier(first) && !title_of(first))
        return std::nullopt;
    auto roles = roles_in(r.name);
    // "governor of Qeshm island": the title, then whose after "of" (its first capitalised word)
    if (const auto of = std::find(words.begin(), words.end(), "of");
        roles.size() == 1 && roles.front().possessor.empty() && of != words.end() && of != words.begin() &&
        of + 1 != words.end() && title_class(text::lower(*(of - 1))) == roles.front().title) {
        auto whose = of + 1;
        if (text::lower(*whose) == "the" && whose + 1 != words.end()) ++whose;
        if (!capital((*whose)[0])) return std::nullopt;
        roles.front().possessor = text::lower(*whose);
        return roles.front();
    }
    if (roles.size() != 1 || roles.front().possessor.empty()) return std::nullopt;
    // the phrase ends with the title: "Ohio governor", not "governor's office"
    if (title_class(text::lower(words.back())) != roles.front().title) return std::nullopt;
    return roles.front();
}

bool sexes_differ(extract::Gender a, extract::Gender b) {
    return a != extract::Gender::unknown && b != extract::Gender::unknown && a != b;
}

}  // namespace

std::vector<Presumption> presume(const std::vector<StoredSource>& sources, const DaysOf& days_of,
                                 const TextsOf& texts_of) {
    // the people named in full by surname, by the unqualified title their role is and by the
    // titles with whose they are that their mentions give; the bodies named in full by their
    // first word before "of", by their last and by their initials
    std::map<std::string, std::vector<const SourceRecord*>> by_surname, by_title, by_body_word, by_acronym, by_held,
        by_tail, by_outlet_word;
    for (const StoredSource& s : sources) {
        const SourceRecord& r = s.record;
        if (r.type == SourceType::person) {
            const auto surname = full_name_surname(r.name);
            if (!surname) continue;
            by_surname[*surname].push_back(&r);
            if (const auto tail = name_tail(r.name)) by_tail[*tail].push_back(&r);
            if (const auto title = bare_title(r.role)) by_title[*title].push_back(&r);
            // the titles its role and mentions give it with whose they are ("Ohio Gov. John
            // Kasich": governor of ohio)
            std::set<std::string> held;
            for (const HeldRole& h : roles_of(r))
                if (!h.possessor.empty()) held.insert(held_key(h));
            for (const std::string& k : held) by_held[k].push_back(&r);
        } else if (r.type == SourceType::organization || r.type == SourceType::agency) {
            const auto words = body_name_words(r.name);
            if (words.empty()) continue;
            by_body_word[std::string(words.back())].push_back(&r);
            if (words.size() > 2 && words[1] == "of" && words.front() != words.back())
                by_body_word[std::string(words.front())].push_back(&r);
            // the initials of its name and of the names it was written as ("cec" of "Central
            // Elections Commission of Turkmenistan")
            std::set<std::string> initials;
            for (const std::string& a : acronyms_of(r.name)) initials.insert(a);
            for (const std::string& alias : r.aliases)
                for (const std::string& a : acronyms_of(alias)) initials.insert(a);
            for (const std::string& a : initials) by_acronym[a].push_back(&r);
        } else if (r.type == SourceType::outlet) {
            if (const auto words = body_name_words(r.name); !words.empty())
                by_outlet_word[text::lower(words.back())].push_back(&r);
        }
    }
    std::map<std::string, std::vector<long>> days;  // asked once a source
    const auto days_for = [&](const std::string& id) -> const std::vector<long>& {
        auto it = days.find(id);
        if (it == days.end()) it = days.emplace(id, days_of(id)).first;
        return it->second;
    };
    // whether two sources are named within kPresumedDays of each other (both day lists ascending)
    const auto near = [&](const SourceRecord& a, const SourceRecord& b) {
        const std::vector<long>& x = days_for(a.id);
        const std::vector<long>& y = days_for(b.id);
        if (x.empty() || y.empty()) return true;  // of no known day
        for (std::size_t i = 0, j = 0; i < x.size() && j < y.size();) {
            if (std::labs(x[i] - y[j]) <= kPresumedDays) return true;
            x[i] < y[j] ? ++i : ++j;
        }
        return false;
    };
    const auto one = [&](const auto& index, const std::string& key, const SourceRecord& r,
                         auto&& fits) -> const SourceRecord* {
        const auto it = index.find(key);
        if (it == index.end()) return nullptr;
        const SourceRecord* found = nullptr;
        for (const SourceRecord* c : it->second) {
            if (c->id == r.id || !fits(*c) || !near(r, *c)) continue;
            if (found) return nullptr;  // two fit: no one is presumed
            found = c;
        }
        return found;
    };
    std::vector<Presumption> out;
    for (const StoredSource& s : sources) {
        const SourceRecord& r = s.record;
        if (s.pinned || s.named) continue;
        if (const auto acronym = as_acronym(r.name); acronym && r.type != SourceType::anonymous &&
                                                     r.type != SourceType::collective && r.type != SourceType::outlet) {
            // an acronym ("CEC", "HP"), whatever type its phrase gave it: the one body so initialled
            if (const SourceRecord* p = one(by_acronym, *acronym, r, [](const SourceRecord&) { return true; }))
                out.push_back({r.id, p->id, std::string(kPresumedAcronym)});
            continue;
        }
        if (r.type == SourceType::person) {
            if (const auto qualified = qualified_role(r)) {
                // a title with whose it is: "the Ohio governor", "Cameron's spokesman"
                if (const SourceRecord* p =
                        one(by_held, held_key(*qualified), r, [](const SourceRecord&) { return true; }))
                    out.push_back({r.id, p->id, std::string(kPresumedRole)});
                continue;
            }
            if (const auto held = role_only(r)) {
                // a bare title: "The coroner", "the President"
                const std::string name = text::lower(r.name);
                if (!held->definite || held->pronoun || !held->possessor.empty() || !definite(r) ||
                    title_of(name) != name || !office(title_class(name)))
                    continue;
                if (const SourceRecord* p = one(by_title, held->title, r, [](const SourceRecord&) { return true; }))
                    out.push_back({r.id, p->id, std::string(kPresumedTitle)});
                continue;
            }
            // a name of two words that ends a longer one: "Boone Isaacs" of Cheryl Boone Isaacs
            // (not a given name and a surname: "Paul Ryan" is no tail of "Speaker Paul Ryan")
            if (written_words(r.name).size() == 2 && full_name_surname(r.name)) {
                if (extract::first_name_gender(r.name) != extract::Gender::unknown) continue;
                const extract::Gender sex = gender_of(r);
                const SourceRecord* p = one(by_tail, text::lower(r.name), r,
                                            [&](const SourceRecord& c) { return !sexes_differ(sex, gender_of(c)); });
                if (p) out.push_back({r.id, p->id, std::string(kPresumedTail)});
                continue;
            }
            // a surname alone: "Obama", "Mr. White"
            if (!is_name_word(r.name) || linking::is_pronoun_name(r.name) || not_a_name(r.name)) continue;
            const std::string surname = text::lower(r.name);
            const extract::Gender sex = gender_of(r);
            // a title the surname was written with ("Chief Justice Roberts") is the person's too
            const auto title = title_of(text::lower(r.role));
            const SourceRecord* p = one(by_surname, surname, r, [&](const SourceRecord& c) {
                const auto theirs = title_of(text::lower(c.role));
                return !sexes_differ(sex, gender_of(c)) && !(title && theirs && *title != *theirs);
            });
            // the one so named must be a person by more than capitals: a role, or a sex ("Ms.",
            // "she") the text gave (not "Islamic State" typed as a speaker)
            if (p && (!p->role.empty() || gender_of(*p) != extract::Gender::unknown))
                out.push_back({r.id, p->id, std::string(kPresumedSurname)});
        } else if (r.type == SourceType::organization || r.type == SourceType::agency) {
            // a body's short name: "the Academy"
            if (!is_name_word(r.name) || !definite(r)) continue;
            if (const SourceRecord* p = one(by_body_word, r.name, r, [](const SourceRecord&) { return true; }))
                out.push_back({r.id, p->id, std::string(kPresumedBody)});
        } else if (r.type == SourceType::outlet) {
            // an outlet's short name, with "the" or without ("Herald:" over its story)
            if (!is_name_word(r.name)) continue;
            const SourceRecord* p =
                one(by_outlet_word, text::lower(r.name), r, [](const SourceRecord&) { return true; });
            if (!p) continue;
            bool other = false;
            if (texts_of)
                for (const std::string& text : texts_of(r.id)) other = other || names_another(text, r.name, p->name);
            if (!other) out.push_back({r.id, p->id, std::string(kPresumedOutlet)});
        }
    }
    std::sort(out.begin(), out.end(),
              [](const Presumption& a, const Presumption& b) { return a.source_id < b.source_id; });
    return out;
}

}  // namespace claimgraph::resolve
