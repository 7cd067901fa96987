#include "resolve/roles.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "extract/lexicon.h"
#include "resolve/names.h"
#include "resolve/surnames.h"
#include "util/text.h"

namespace claimgraph::resolve {

namespace {

// The phrase's words without the punctuation around them; `possessive` marks "Lohan's",
// "Williams'" (the mark removed).
struct Word {
    std::string text;  ///< as written, without punctuation and possessive mark
    bool possessive = false;
    bool cap = false;
};

std::vector<Word> words_of(std::string_view phrase) {
    std::vector<Word> out;
    std::size_t i = 0;
    while (i < phrase.size()) {
        std::size_t e = i;
        while (e < phrase.size() && !std::isspace(static_cast<unsigned char>(phrase[e]))) ++e;
        std::string w(phrase.substr(i, e - i));
        i = e + 1;
        while (!w.empty() && (w.back() == ',' || w.back() == '.' || w.back() == ':' || w.back() == ';')) w.pop_back();
        while (!w.empty() && (w.front() == '"' || w.front() == '(')) w.erase(0, 1);
        Word word;
        for (std::string_view mark : {"'s", "\u2019s", "'", "\u2019"})
            if (w.size() > mark.size() && w.ends_with(mark)) {
                w.resize(w.size() - mark.size());
                word.possessive = true;
                break;
            }
        if (w.empty()) continue;
        word.cap = w[0] >= 'A' && w[0] <= 'Z';
        word.text = std::move(w);
        out.push_back(std::move(word));
    }
    return out;
}

// The title the word `i` is, with the word before when they make one ("Vice President",
// "inspector general").
std::optional<std::string> title_word(const std::vector<Word>& words, std::size_t i) {
    const auto t = title_at(i > 0 ? std::string_view(words[i - 1].text) : std::string_view(), words[i].text);
    if (!t) return std::nullopt;
    return title_class(*t);
}

// A word that describes a title rather than naming whose it is: "longtime", "Deputy".
bool describes_title(const Word& w) {
    const std::string lower = text::lower(w.text);
    return !w.cap || extract::is_role_modifier(lower) || extract::is_role_noun(lower) || extract::is_honorific(lower);
}

// A capitalised word that says what kind rather than whose: a party ("Republican",
// "GOP"), a nationality ("Russian", "British", "Chinese"), "U.S.".
bool kind_word(std::string_view w) {
    const std::string lower = text::lower(w);
    // clang-format off
    static const std::set<std::string_view> kKinds{"gop", "u.s", "u.s.", "us", "democrat", "independent",
                                                   "federal", "national", "state", "foreign", "local"};
    // clang-format on
    if (kKinds.count(lower)) return true;
    for (std::string_view suffix : {"an", "ic", "ish", "ese", "i"})
        if (lower.size() > suffix.size() + 3 && lower.ends_with(suffix)) return true;
    return false;
}

}  // namespace

std::string title_class(std::string_view title) {
    // clang-format off
    static const std::map<std::string_view, std::string_view> kClass{
        {"attorney", "lawyer"}, {"counsel", "lawyer"}, {"solicitor", "lawyer"}, {"barrister", "lawyer"},
        {"spokeswoman", "spokesman"}, {"spokesperson", "spokesman"}, {"publicist", "spokesman"}};
    // clang-format on
    const std::string lower = text::lower(title);
    auto it = kClass.find(lower);
    return it == kClass.end() ? lower : std::string(it->second);
}

std::vector<HeldRole> roles_in(std::string_view phrase) {
    const std::vector<Word> words = words_of(phrase);
    std::vector<HeldRole> out;
    for (std::size_t i = 0; i < words.size(); ++i) {
        // "King's news conference", "the governor's spokesman": whose, not a role held
        if (words[i].possessive) continue;
        const auto title = title_word(words, i);
        if (!title) continue;
        HeldRole role{*title, ""};
        // whose: the name just before the title and its describing words
        std::size_t k = i;
        while (k > 0 && describes_title(words[k - 1]) && !words[k - 1].possessive) --k;
        if (k > 0 && (words[k - 1].cap || words[k - 1].possessive) && !describes_title(words[k - 1]))
            role.possessor = text::lower(words[k - 1].text);
        if (std::find(out.begin(), out.end(), role) == out.end()) out.push_back(role);
    }
    return out;
}

std::optional<HeldRole> role_only(const SourceRecord& r) {
    if (r.type != SourceType::person) return std::nullopt;
    const std::vector<Word> words = words_of(r.name);
    if (words.empty() || words.size() > 5) return std::nullopt;
    const auto title = title_word(words, words.size() - 1);
    if (!title) return std::nullopt;
    // "Republican strategists": a group, not one person in a role
    if (const std::string t = text::lower(words.back().text);
        t.size() > 3 && t.ends_with('s') && extract::is_role_noun(std::string_view(t).substr(0, t.size() - 1)))
        return std::nullopt;
    for (const Word& w : words)
        if (extract::is_honorific(text::lower(w.text))) return std::nullopt;  // "Mr. King": a surname
    // a capitalised title after other words is a name's ("Deputy Chief Ruiz"), unless only
    // an article opens it ("The President")
    if (words.back().cap && words.size() > 1 && !(words.size() == 2 && text::lower(words[0].text) == "the"))
        return std::nullopt;
    HeldRole held{*title, ""};
    // clang-format off
    static const std::initializer_list<std::string_view> kIndefinite{"a", "an", "one", "another", "some", "any"};
    static const std::set<std::string_view> kKin{
        "friend", "brother", "sister", "mother", "father", "son", "daughter", "wife", "husband", "cousin", "uncle",
        "aunt", "relative", "neighbour", "neighbor", "partner", "girlfriend", "boyfriend", "widow", "nephew",
        "niece", "grandmother", "grandfather", "parent"};
    // clang-format on
    // the name is the mention without its determiner: "a top aide" is named "top aide"
    const std::string front = text::lower(words.front().text);
    held.definite = std::find(kIndefinite.begin(), kIndefinite.end(), front) == kIndefinite.end() &&
                    !kKin.count(held.title) && !written_opening(r, kIndefinite);
    held.pronoun = written_opening(r, {"his", "her", "their", "its"});
    // before the title: describing words, after a possessor ("Lindsay Lohan's") if any
    std::size_t k = words.size() - 1;
    while (k > 0 && describes_title(words[k - 1]) && !words[k - 1].possessive) --k;
    if (k == 0) return held;
    if (!words[k - 1].possessive) {
        // "The coroner" in a headline: a capital that opens the name only
        if (k == 1 && text::lower(words[0].text) == "the") return held;
        // "the Republican candidate", "a senior U.S. official": a party or a nationality says
        // what kind, not whose; the article's candidate, never one across articles. (A body's
        // name, "the Kremlin spokesman", would make a key across articles that two holders can
        // share, which makes sources depend on the order of ingest: a name, as before.)
        const std::size_t from = text::lower(words[0].text) == "the" ? 1 : 0;
        if (from == k) return std::nullopt;
        for (std::size_t j = from; j < k; ++j)
            if (!words[j].cap || !kind_word(words[j].text)) return std::nullopt;
        return held;
    }
    // the possessor a name of capitalised words
    for (std::size_t j = 0; j < k; ++j)
        if (!words[j].cap) return std::nullopt;
    held.possessor = text::lower(words[k - 1].text);
    return held;
}

bool written_opening(const SourceRecord& r, std::initializer_list<std::string_view> words) {
    for (const std::string& a : r.aliases) {
        const std::string first = text::lower(a.substr(0, a.find(' ')));
        if (std::find(words.begin(), words.end(), first) != words.end()) return true;
    }
    return false;
}

namespace {

// Whether a phrase's words give a woman and a man.
void read_sex(std::string_view phrase, bool& female, bool& male) {
    for (std::string w : text::split(text::lower(phrase), " ")) {
        std::erase_if(w, [](char c) { return std::ispunct(static_cast<unsigned char>(c)) != 0; });
        female = female || extract::is_female_role(w) || w == "she" || w == "her";
        male = male || extract::is_male_role(w) || w == "he" || w == "him" || w == "his";
    }
}

extract::Gender sex_of(bool female, bool male) {
    if (female == male) return extract::Gender::unknown;
    return female ? extract::Gender::female : extract::Gender::male;
}

}  // namespace

extract::Gender gender_of(const SourceRecord& r) {
    bool female = false, male = false;
    read_sex(r.role, female, male);
    for (const std::string& a : r.aliases) read_sex(a, female, male);
    return sex_of(female, male);
}

extract::Gender gender_of(std::string_view phrase) {
    bool female = false, male = false;
    read_sex(phrase, female, male);
    return sex_of(female, male);
}

std::vector<HeldRole> roles_of(const SourceRecord& r) {
    std::vector<HeldRole> out;
    const auto add = [&](std::string_view phrase) {
        for (HeldRole& h : roles_in(phrase))
            if (std::find(out.begin(), out.end(), h) == out.end()) out.push_back(std::move(h));
    };
    add(r.role);
    for (const std::string& a : r.aliases) add(a);
    return out;
}

namespace {

// Each title the text writes before a name (up to three name words), with that name's
// words: ("president", {"Barack", "Obama"}), ("president", {"Obama's"}).
template <typename Found>
void for_each_titled(std::string_view text, Found&& found) {
    // a word of a name: capitalised letters (hyphens and apostrophes inside)
    const auto name_word = [](std::string_view w) {
        if (w.size() < 2 || !(w[0] >= 'A' && w[0] <= 'Z')) return false;
        for (char c : w)
            if (!std::isalpha(static_cast<unsigned char>(c)) && c != '-' && c != '\'') return false;
        return !title_of(text::lower(w));
    };
    std::size_t i = 0;
    std::vector<std::string_view> words;  // the text's words, each with what ends it
    while (i < text.size()) {
        while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
        std::size_t e = i;
        while (e < text.size() && !std::isspace(static_cast<unsigned char>(text[e]))) ++e;
        if (e > i) words.push_back(text.substr(i, e - i));
        i = e;
    }
    std::optional<std::set<std::string>> common;  // read when a title is first found
    for (std::size_t k = 0; k + 2 < words.size(); ++k) {
        std::string_view t = words[k];
        if (t.empty() || !std::isalpha(static_cast<unsigned char>(t.back()))) continue;  // "lawyer," names no one
        // (with the word before: "Vice President Joseph Biden" is no president)
        const auto title = title_at(k > 0 ? words[k - 1] : std::string_view(), t);
        if (!title) continue;
        if (!common) common = nouns_after_articles(text);
        const std::set<std::string>& nouns = *common;
        std::vector<std::string_view> name;
        for (std::size_t j = k + 1; j < words.size() && name.size() < 3; ++j) {
            std::string_view w = words[j];
            bool ends = false;
            while (!w.empty() && std::ispunct(static_cast<unsigned char>(w.back()))) {
                w.remove_suffix(1);
                ends = true;
            }
            // an honorific before the name is no part of it ("diplomat Sir Peter Westmacott")
            if (name.empty() && !ends && extract::is_honorific(text::lower(w))) continue;
            // an initial ("Mark J. Heller") goes on
            if (w.size() == 1 && w[0] >= 'A' && w[0] <= 'Z' && words[j].size() == 2 && words[j][1] == '.') {
                name.push_back(w);
                continue;
            }
            // "President Obama Speech at …" in a caption, where the text says "the speech"
            if (!name_word(w) || (!name.empty() && nouns.count(text::lower(w)))) break;
            name.push_back(w);
            if (ends) break;
        }
        if (!name.empty()) found(*title, name);
    }
}

}  // namespace

std::map<std::string, std::set<std::string>> titled_names(std::string_view text) {
    std::map<std::string, std::set<std::string>> out;
    for_each_titled(text, [&](const std::string& title, const std::vector<std::string_view>& name) {
        if (name.size() < 2) return;
        std::string joined;
        for (std::string_view w : name) (joined += joined.empty() ? "" : " ") += w;
        const std::string key = source_key(joined);
        // a middle name aside, as a speaker of that name is keyed
        out[title_class(title)].insert(first_and_last(key_words(key)).value_or(key));
    });
    return out;
}

std::map<std::string, std::set<std::string>> surname_titles(std::string_view text) {
    std::map<std::string, std::set<std::string>> out;
    for_each_titled(text, [&](const std::string& title, const std::vector<std::string_view>& name) {
        if (name.size() != 1) return;
        std::string_view w = name.front();
        if (w.ends_with("'s")) w.remove_suffix(2);  // "President Obama's choices"
        if (w.size() < 2 || w.find('.') != std::string_view::npos) return;  // an initial is no surname
        out[source_key(w)].insert(title);
    });
    return out;
}

std::string role_key(const HeldRole& role) { return "role:" + role.title + " of " + role.possessor; }

}  // namespace claimgraph::resolve
