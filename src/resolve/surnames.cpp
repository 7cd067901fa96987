#include "resolve/surnames.h"

#include <cctype>

#include "extract/lexicon.h"
#include "resolve/names.h"
#include "util/text.h"

namespace claimgraph::resolve {

namespace {

// Abbreviated titles written before names, as the role noun they stand for.
std::string_view expand_title(std::string_view w) {
    static const std::map<std::string_view, std::string_view> abbreviations{
        {"sen", "senator"},    {"rep", "representative"}, {"gov", "governor"}, {"gen", "general"},
        {"col", "colonel"},    {"lt", "lieutenant"},      {"capt", "captain"}, {"sgt", "sergeant"},
        {"prof", "professor"}, {"pres", "president"}};
    auto it = abbreviations.find(w);
    return it == abbreviations.end() ? w : it->second;
}

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

// Words written before a name that are not part of it: titles, honorifics, party labels.
bool before_name(std::string_view w) {
    const std::string lower = text::lower(w.ends_with('.') ? w.substr(0, w.size() - 1) : w);
    // clang-format off
    static const std::set<std::string_view> labels{"democrat", "democratic", "republican", "gop", "independent",
                                                   "former", "the", "a", "an", "but", "and", "as", "when",
                                                   "while", "if", "in", "on", "at", "by", "for", "with",
                                                   // a sentence's first word: "All Seacom traffic"
                                                   "all", "every", "each", "some", "many", "most", "both", "no",
                                                   "any", "this", "that", "these", "those", "his", "her", "their",
                                                   "its", "our", "my", "your", "after", "before", "since", "so",
                                                   "or", "then", "there", "here", "other", "another", "why", "how",
                                                   "once", "until", "because", "although", "though", "whether",
                                                   "unless", "where", "what", "who", "however", "meanwhile",
                                                   "also", "still", "now", "even", "only", "just", "yet", "not",
                                                   "should", "would", "could", "might",
                                                   "did", "does", "do", "is", "was", "are", "were", "has", "had",
                                                   "have", "from", "to", "of", "about", "over", "under", "into",
                                                   "like", "unlike", "despite", "during", "without", "within"};
    // clang-format on
    return extract::is_role_noun(expand_title(lower)) || extract::is_role_modifier(lower) ||
           extract::is_honorific(lower) || labels.count(lower) > 0 || extract::is_time_word(lower);
}

// The key without one-letter words (initials).
std::string without_initials(const std::string& key) {
    std::string out;
    for (const std::string& w : key_words(key)) {
        if (w.size() == 1) continue;
        if (!out.empty()) out += ' ';
        out += w;
    }
    return out;
}

}  // namespace

bool is_name_word(std::string_view w) {
    if (w.size() == 2 && is_upper(w[0]) && w[1] == '.') return true;
    if (w.size() < 2 || !is_upper(w[0])) return false;
    for (char c : w.substr(1))
        if (!std::isalpha(static_cast<unsigned char>(c)) && c != '-' && c != '\'') return false;
    // an all-capital word is an acronym or a shout, not a name
    for (char c : w.substr(1))
        if (std::islower(static_cast<unsigned char>(c))) return true;
    return false;
}

std::optional<std::string> surname_of(const SourceRecord& r, const std::vector<std::string>& words) {
    if (r.type != SourceType::person || words.size() < 2) return std::nullopt;
    // a description that names someone else ("spokeswoman for Janney", "spokesman for Mayor
    // Ivo Brel") has no surname of its own
    if (const auto c = static_cast<unsigned char>(r.name.empty() ? 'A' : r.name[0]); c >= 'a' && c <= 'z')
        return std::nullopt;
    const std::size_t last = r.name.find_last_of(' ');
    const auto first = static_cast<unsigned char>(r.name[last == std::string::npos ? 0 : last + 1]);
    if (!(first >= 'A' && first <= 'Z') && first < 0x80) return std::nullopt;
    return words.back();
}

namespace {

bool vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// A word as outlets' spellings of it meet: "y" as "i", a doubled letter as one, no "h"
// after a vowel but before one ("zelenskyy" → "zelenski", "heydar" → "heidar", "john" →
// "jon", "sarah" → "sara"; "mohammed" keeps its "h").
std::string folded(std::string_view word) {
    std::string out;
    for (std::size_t i = 0; i < word.size(); ++i) {
        char c = word[i] == 'y' ? 'i' : word[i];
        const char next = i + 1 < word.size() ? (word[i + 1] == 'y' ? 'i' : word[i + 1]) : '\0';
        if (c == 'h' && i > 0 && vowel(out.back()) && !vowel(next)) continue;
        if (out.empty() || out.back() != c) out += c;
    }
    return out;
}

}  // namespace

std::vector<std::string> spelling_keys(const SourceRecord& r, const std::vector<std::string>& words) {
    if (words.size() != 2 || words.front().size() < 2 || !surname_of(r, words)) return {};
    for (const std::string& w : words)
        for (char c : w)
            if (!(c >= 'a' && c <= 'z')) return {};  // an initial, a number: not a name to respell
    const std::string given = "spelt:" + folded(words.front()) + ' ';
    const std::string surname = folded(words.back());
    std::vector<std::string> out{given + surname};
    if (words.back().size() >= 7)
        for (std::size_t i = 1; i < surname.size(); ++i) out.push_back(given + surname.substr(0, i) + surname.substr(i + 1));
    return out;
}

std::optional<std::string> pair_surnames(const SourceRecord& r) {
    if (r.type != SourceType::person && r.type != SourceType::collective) return std::nullopt;
    const std::size_t at = r.name.find(" and ");
    if (at == std::string::npos || r.name.find(" and ", at + 1) != std::string::npos) return std::nullopt;
    // each side's last word a capitalised name word
    const auto last = [](std::string_view side) -> std::optional<std::string> {
        const std::size_t sp = side.rfind(' ');
        const std::string_view w = sp == std::string_view::npos ? side : side.substr(sp + 1);
        if (!is_name_word(w) || before_name(w)) return std::nullopt;
        return source_key(w);
    };
    const auto a = last(std::string_view(r.name).substr(0, at));
    const auto b = last(std::string_view(r.name).substr(at + 5));
    if (!a || !b || a->empty() || b->empty()) return std::nullopt;
    return *a + " and " + *b;
}

std::optional<std::string> title_of(std::string_view role) {
    std::optional<std::string> title;
    std::string prev;  // the word before
    std::size_t i = 0;
    while (i < role.size()) {
        std::size_t e = role.find(' ', i);
        if (e == std::string_view::npos) e = role.size();
        std::string w = text::lower(role.substr(i, e - i));
        while (!w.empty() && (w.back() == '.' || w.back() == ',')) w.pop_back();
        i = e + 1;
        if (w.empty() || extract::is_honorific(w) || w == "dr") continue;
        const std::string_view full = expand_title(w);
        if (w == "of" && title) break;  // "secretary of state": the head comes first
        if (extract::is_role_noun(full)) {
            // a vice president is no president; an attorney, inspector or surgeon general
            // no general
            if (prev == "vice")
                title = "vice " + std::string(full);
            else if (full == "general" && prev.size() > 2 && prev != "the" && prev != "and" &&
                     !extract::is_role_modifier(prev))
                title = std::string(expand_title(prev)) + " general";
            else
                title = std::string(full);
        }
        prev = w;
    }
    return title;
}

std::optional<std::string> title_at(std::string_view before, std::string_view word) {
    const std::string lower = text::lower(word);
    if (lower == "vice" || !title_of(lower)) return std::nullopt;
    return title_of(before.empty() ? lower : text::lower(before) + " " + lower);
}

std::string titled_key(const std::string& title, const std::string& surname) {
    return "titled:" + title + " " + surname;
}

std::optional<std::string> first_and_last(const SourceRecord& r, const std::vector<std::string>& words) {
    if (!surname_of(r, words) || words.size() != 3) return std::nullopt;
    // every word written as a name ("Mark Jay Heller"), not a description with a name in it
    std::size_t i = 0;
    while (i < r.name.size()) {
        const auto c = static_cast<unsigned char>(r.name[i]);
        if (c < 0x80 && !(c >= 'A' && c <= 'Z')) return std::nullopt;
        const std::size_t e = r.name.find(' ', i);
        if (e == std::string::npos) break;
        i = e + 1;
    }
    return first_and_last(words);
}

std::optional<std::string> first_and_last(const std::vector<std::string>& words) {
    if (words.size() != 3 || words.front().size() < 2) return std::nullopt;  // "J. Mark Heller": no first name
    return words.front() + " " + words.back();
}

std::set<std::string> nouns_after_articles(std::string_view text) {
    std::set<std::string> out;
    for (std::string_view article : {"the ", "a ", "an ", "The ", "A ", "An "})
        for (std::size_t at = text.find(article); at != std::string_view::npos; at = text.find(article, at + 1)) {
            const std::size_t from = at + article.size();
            if ((at > 0 && std::isalpha(static_cast<unsigned char>(text[at - 1]))) || from >= text.size() ||
                !std::islower(static_cast<unsigned char>(text[from])))
                continue;
            std::size_t to = from;
            while (to < text.size() && std::isalpha(static_cast<unsigned char>(text[to]))) ++to;
            out.emplace(text.substr(from, to - from));
        }
    return out;
}

FullNames::FullNames(std::string_view text) {
    const std::set<std::string> common_nouns = nouns_after_articles(text);
    std::vector<std::string_view> run;  // consecutive name words
    bool run_opens_sentence = false;  // the run's first word is a sentence's first
    const auto flush = [&] {
        std::size_t from = 0;
        while (from < run.size() && before_name(run[from])) ++from;
        // "Choosing DeGeneres signals …": a sentence opened by a verb's -ing form, no first
        // name; "Comedian Ellen DeGeneres picked …" where the text says "the comedian": a noun
        if (from == 0 && run_opens_sentence && run.size() >= 2 &&
            ((run[0].size() >= 6 && run[0].ends_with("ing")) ||
             (run.size() >= 3 && common_nouns.count(text::lower(run[0])))))
            from = 1;
        // a title inside the run ends what came before it: "Maybe President Obama"
        for (std::size_t k = from; k + 1 < run.size(); ++k)
            if (before_name(run[k])) from = k + 1;
        if (run.size() - from >= 2 && run.size() - from <= 4 && run.back().size() > 2) {
            std::string name;
            for (std::size_t k = from; k < run.size(); ++k) (name += name.empty() ? "" : " ") += run[k];
            const std::string key = source_key(name);
            const auto words = key_words(key);
            // "Mark Jay Heller" under the key a speaker of that name has (first_and_last)
            if (words.size() >= 2) {
                const std::string folded = first_and_last(words).value_or(key);
                m_keys[words.back()].insert(folded);
                m_written.try_emplace(folded, key);
            }
        }
        run.clear();
    };
    std::size_t i = 0;
    while (i < text.size()) {
        // a word: up to a space or punctuation that ends a name
        std::size_t j = i;
        while (j < text.size() && !std::isspace(static_cast<unsigned char>(text[j])) && text[j] != ',' &&
               text[j] != '(' && text[j] != ')' && text[j] != ';' && text[j] != ':' && text[j] != '"')
            ++j;
        std::string_view w = text.substr(i, j - i);
        bool ends = j < text.size() && text[j] != ' ';  // punctuation or a line break ends the run
        // curly quotation marks around a word
        for (std::string_view q : {"\u201C", "\u2018"})
            if (w.starts_with(q)) {
                w.remove_prefix(q.size());
                flush();
            }
        for (std::string_view q : {"\u201D", "\u2019"})
            if (w.ends_with(q)) {
                w.remove_suffix(q.size());
                ends = true;
            }
        if (w.ends_with("'s") || w.ends_with("\u2019s")) {
            w = w.substr(0, w.size() - (w.ends_with("'s") ? 2 : 4));
            ends = true;
        }
        // a full stop ends a sentence, but not an initial or an abbreviated title
        if (w.size() > 2 && w.back() == '.') {
            const std::string bare = text::lower(w.substr(0, w.size() - 1));
            if (!extract::is_honorific(bare) && expand_title(bare) == std::string_view(bare)) {
                w = w.substr(0, w.size() - 1);
                ends = true;
            }
        }
        if (!w.empty() && is_name_word(w)) {
            if (run.empty()) {
                auto k = static_cast<std::size_t>(w.data() - text.data());  // before the word, spaces aside
                while (k > 0 && text[k - 1] == ' ') --k;
                run_opens_sentence = k == 0 || text[k - 1] == '\n' || text[k - 1] == '.' || text[k - 1] == '"' ||
                                     text[k - 1] == '!' || text[k - 1] == '?' || text.substr(0, k).ends_with("\u201C");
            }
            run.push_back(w);
        } else if (!w.empty()) {
            flush();
        }
        if (ends) flush();
        i = j < text.size() ? j + 1 : j;
    }
    flush();
}

std::optional<std::string> FullNames::key_for(const std::string& surname) const {
    auto it = m_keys.find(surname);
    if (it == m_keys.end() || it->second.empty()) return std::nullopt;
    if (it->second.size() == 1) return *it->second.begin();
    // "Donald J. Trump" and "Donald Trump": one person, under the key without initials;
    // "Asked Donald Trump" at a sentence's start is Donald Trump, and "Comedian Ellen
    // DeGeneres" in a headline Ellen DeGeneres (a name whose words as written end in
    // another's is that one)
    std::map<std::string, std::string> bare;  // key without initials → as written
    for (const std::string& k : it->second) {
        const auto w = m_written.find(k);
        bare.try_emplace(without_initials(k), without_initials(w == m_written.end() ? k : w->second));
    }
    std::set<std::string> people;
    for (const auto& [k, written] : bare) {
        bool longer = false;
        for (const auto& [other, other_written] : bare)
            if (other != k && written.ends_with(" " + other_written)) longer = true;
        if (!longer) people.insert(k);
    }
    if (people.size() == 1) return *people.begin();
    return std::nullopt;
}

}  // namespace claimgraph::resolve
