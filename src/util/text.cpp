#include "util/text.h"

#include <algorithm>

#include "util/utf8.h"

namespace claimgraph::text {

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string_view trim(std::string_view s) {
    const auto is_ws = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!s.empty() && is_ws(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_ws(s.back())) s.remove_suffix(1);
    return s;
}

bool equals_icase(std::string_view a, std::string_view b) {
    return a.size() == b.size() && lower(a) == lower(b);
}

std::string normalize_name(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    bool pending_space = false;
    const auto put = [&](std::string_view bytes) {
        if (pending_space) out += ' ';
        pending_space = false;
        out += bytes;
    };
    std::size_t i = 0;
    while (i < s.size()) {
        std::size_t n = 1;
        const char32_t cp = utf8::decode(s, i, n);  // one byte for ASCII
        if (utf8::is_space(cp))
            pending_space = !out.empty();
        else if (cp == U'\u2019' || cp == U'\u2018' || cp == U'\u02BC')
            put("'");
        else if (cp == U'\uFFFD' && n == 1)
            put("\uFFFD");  // an invalid byte
        else
            put(s.substr(i, n));  // valid UTF-8: copied as it is
        i += n;
    }
    return out;
}

std::string name_key(std::string_view s) { return lower(normalize_name(s)); }

std::string truncate(std::string_view s, std::size_t max_bytes) {
    if (s.size() <= max_bytes) return std::string(s);
    const std::string_view ellipsis = "\u2026";
    std::size_t cut = max_bytes > ellipsis.size() ? max_bytes - ellipsis.size() : 0;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
    std::string out(s.substr(0, cut));
    out += ellipsis;
    return out;
}

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i) out += sep;
        out += parts[i];
    }
    return out;
}

namespace {

// A proper name: every word opens with a capital (or a digit), small joining words aside.
bool is_proper(std::string_view name) {
    bool any = false;
    std::size_t i = 0;
    while (i < name.size()) {
        while (i < name.size() && name[i] == ' ') ++i;
        std::size_t j = i;
        while (j < name.size() && name[j] != ' ') ++j;
        const std::string_view w = name.substr(i, j - i);
        if (!w.empty()) {
            const bool small = w == "of" || w == "and" || w == "the" || w == "for" || w == "de" || w == "al" ||
                               w == "van" || w == "von" || w == "on";
            if (w[0] >= 'a' && w[0] <= 'z' && !small) return false;
            any = true;
        }
        i = j;
    }
    return any;
}

}  // namespace

bool better_name(std::string_view a, std::string_view b) {
    const bool pa = is_proper(a), pb = is_proper(b);
    if (pa != pb) return pa;
    if (a.size() != b.size()) return a.size() > b.size();
    return a < b;
}

bool better_role(std::string_view a, std::string_view b) {
    if (a.empty() != b.empty()) return b.empty();
    const auto words = [](std::string_view s) { return std::count(s.begin(), s.end(), ' '); };
    if (words(a) != words(b)) return words(a) < words(b);
    return a < b;
}

}  // namespace claimgraph::text
