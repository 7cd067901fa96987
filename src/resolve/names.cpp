#include "resolve/names.h"

#include <map>

#include "util/text.h"

namespace claimgraph::resolve {

namespace {

// One spelling per word: British and American forms, transliterations.
const std::map<std::string_view, std::string_view>& spellings() {
    static const std::map<std::string_view, std::string_view> m{{"defence", "defense"},
                                                                {"kiev", "kyiv"},
                                                                {"organisation", "organization"},
                                                                {"programme", "program"},
                                                                {"centre", "center"},
                                                                {"labour", "labor"},
                                                                {"odessa", "odesa"},
                                                                {"kharkov", "kharkiv"},
                                                                {"lvov", "lviv"},
                                                                {"nikolaev", "mykolaiv"},
                                                                {"zaporozhye", "zaporizhzhia"},
                                                                {"dnepr", "dnipro"},
                                                                {"artemovsk", "bakhmut"},
                                                                {"u.s.", "us"},
                                                                {"u.s", "us"},
                                                                {"usa", "us"},
                                                                {"u.k.", "uk"},
                                                                {"britain", "uk"},
                                                                {"british", "uk"},
                                                                {"cops", "police"},
                                                                {"affairs", ""}};
    return m;
}

// Demonyms and the country they stand for; the country names map to themselves.
const std::map<std::string_view, std::string_view>& demonyms() {
    static const std::map<std::string_view, std::string_view> m{
        {"russian", "russia"},     {"ukrainian", "ukraine"}, {"american", "us"},      {"chinese", "china"},
        {"french", "france"},      {"german", "germany"},    {"israeli", "israel"},   {"iranian", "iran"},
        {"polish", "poland"},      {"turkish", "turkey"},    {"indian", "india"},     {"canadian", "canada"},
        {"belarusian", "belarus"}, {"syrian", "syria"},      {"egyptian", "egypt"},   {"japanese", "japan"},
        {"italian", "italy"},      {"spanish", "spain"},     {"georgian", "georgia"}, {"palestinian", "palestine"}};
    return m;
}

// Capitals and seats of government that speak for their country in news copy.
const std::map<std::string_view, std::string_view>& seats() {
    static const std::map<std::string_view, std::string_view> m{
        {"moscow", "russia"},    {"kremlin", "russia"}, {"kyiv", "ukraine"},  {"washington", "us"},
        {"beijing", "china"},    {"london", "uk"},      {"paris", "france"},  {"berlin", "germany"},
        {"jerusalem", "israel"}, {"tehran", "iran"},    {"warsaw", "poland"}, {"ankara", "turkey"},
        {"minsk", "belarus"},    {"damascus", "syria"}, {"cairo", "egypt"},   {"tokyo", "japan"},
        {"ottawa", "canada"},    {"delhi", "india"},    {"rome", "italy"},    {"madrid", "spain"},
        {"tbilisi", "georgia"}};
    return m;
}

bool is_country(std::string_view w) {
    for (const auto& [d, c] : demonyms())
        if (c == w) return true;
    return w == "us" || w == "uk";
}

bool is_body_head(std::string_view w) {
    return w == "ministry" || w == "department" || w == "office" || w == "council" || w == "committee" ||
           w == "commission" || w == "bureau" || w == "agency" || w == "service" || w == "court";
}

}  // namespace

std::vector<std::string> key_words(const std::string& key) {
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < key.size()) {
        const std::size_t j = key.find(' ', i);
        const std::size_t e = j == std::string::npos ? key.size() : j;
        if (e > i) out.push_back(key.substr(i, e - i));
        i = e + 1;
    }
    return out;
}

std::string source_key(std::string_view name) {
    std::string s = text::lower(text::normalize_name(name));
    for (char& c : s)
        if (c == '-' || c == ',' || c == '(' || c == ')') c = ' ';
    std::vector<std::string> words;
    for (std::string w : key_words(s)) {
        if (w.ends_with("'s"))
            w.resize(w.size() - 2);
        else if (w.ends_with("'"))
            w.pop_back();
        if (auto it = spellings().find(w); it != spellings().end()) w = std::string(it->second);
        if (auto it = demonyms().find(w); it != demonyms().end()) w = std::string(it->second);
        if (!w.empty()) words.push_back(std::move(w));
    }
    while (!words.empty() && (words.front() == "the" || words.front() == "a" || words.front() == "an"))
        words.erase(words.begin());
    // "Elections Commission" and "Election Commission", "Emergencies Ministry" and "Emergency
    // Ministry": the noun before a body's head in one number
    for (std::size_t i = 0; i + 1 < words.size(); ++i) {
        std::string& w = words[i];
        if (!is_body_head(words[i + 1]) || w.size() < 5 || w.back() != 's' || w.ends_with("ss") || w.ends_with("us") ||
            w.ends_with("is"))
            continue;
        if (w.ends_with("ies"))
            w.replace(w.size() - 3, 3, "y");
        else
            w.pop_back();
    }
    // "ministry of defense" → "defense ministry"; "department of state" → "state department"
    for (std::size_t i = 0; i + 2 < words.size(); ++i) {
        if (!is_body_head(words[i]) || words[i + 1] != "of") continue;
        std::vector<std::string> out(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(i));
        for (std::size_t j = i + 2; j < words.size(); ++j)
            if (words[j] != "the") out.push_back(words[j]);
        out.push_back(words[i]);
        words = std::move(out);
        break;
    }
    std::string key;
    for (const std::string& w : words) {
        if (w.empty()) continue;
        if (!key.empty()) key += ' ';
        key += w;
    }
    return key;
}

std::optional<std::string_view> country_of(std::string_view w) {
    if (auto it = seats().find(w); it != seats().end()) return it->second;
    if (auto it = demonyms().find(w); it != demonyms().end()) return it->second;
    if (is_country(w)) return w;
    return std::nullopt;
}

std::optional<std::string> country_of_key(const std::string& key) {
    for (const std::string& w : key_words(key))
        if (auto c = country_of(w)) return std::string(*c);
    return std::nullopt;
}

std::vector<std::string> acronyms_of(std::string_view name) {
    std::vector<std::string> out;
    std::string initials, before_of;
    bool leading_the = false, of_seen = false;
    std::size_t words = 0;
    for (std::size_t i = 0; i < name.size();) {
        while (i < name.size() && (name[i] == ' ' || name[i] == '-')) ++i;
        std::size_t end = i;
        while (end < name.size() && name[end] != ' ' && name[end] != '-') ++end;
        const std::string_view w = name.substr(i, end - i);
        i = end;
        if (w.empty()) continue;
        if (w == "The" && words == 0 && initials.empty()) {
            leading_the = true;
            continue;
        }
        if (w == "of" && !of_seen) {
            of_seen = true;
            before_of = initials;
        }
        if (w[0] < 'A' || w[0] > 'Z') continue;  // "of", "and", "for": not in acronyms
        initials += static_cast<char>(w[0] - 'A' + 'a');
        ++words;
    }
    if (words < 2) return out;
    out.push_back(initials);
    if (leading_the) out.push_back("t" + initials);
    if (before_of.size() >= 2) out.push_back(before_of);
    return out;
}

std::optional<std::string> as_acronym(std::string_view name) {
    if (name.size() < 2 || name.size() > 6) return std::nullopt;
    std::string out;
    for (char c : name) {
        if (c < 'A' || c > 'Z') return std::nullopt;
        out += static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

std::string outlet_name(std::string_view metadata) {
    std::size_t cut = metadata.size();
    for (std::string_view mark : {" (", ", ", " | ", " - ", " \u2014 ", " \u2013 "})
        if (auto at = metadata.find(mark); at != std::string_view::npos && at < cut) cut = at;
    const std::string name = text::normalize_name(metadata.substr(0, cut));
    return name.empty() ? text::normalize_name(metadata) : name;
}

}  // namespace claimgraph::resolve
