#include "util/text.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>

#include "util/utf8.h"

namespace claimgraph::text {

namespace {

void lower_in_place(std::string& s) {
    for (char& c : s) c = fold_ascii(c);
}

}  // namespace

std::string lower(std::string_view s) {
    std::string out(s);
    lower_in_place(out);
    return out;
}

std::string_view trim(std::string_view s) {
    const auto is_ws = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!s.empty() && is_ws(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_ws(s.back())) s.remove_suffix(1);
    return s;
}

bool equals_icase(std::string_view a, std::string_view b) { return a.size() == b.size() && lower(a) == lower(b); }

std::string normalize_name(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    normalized_pieces(s, [&](std::string_view piece) { out += piece; });
    return out;
}

std::string name_key(std::string_view s) {
    // lower(normalize_name(s)) in one string: lower() changes ASCII letters alone, which
    // normalize_name copies as they are
    std::string out = normalize_name(s);
    lower_in_place(out);
    return out;
}

std::string printable(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            if (c == '\n')
                out += "\\n";
            else if (c == '\t')
                out += "\\t";
            else if (c == '\r')
                out += "\\r";
            else if (c < 0x20 || c == 0x7f)
                out += fmt::format("\\x{:02x}", c);
            else
                out += static_cast<char>(c);
            ++i;
            continue;
        }
        // a whole UTF-8 sequence, or one byte that is not part of one
        const std::size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        bool valid = len > 1 && i + len <= s.size() && c >= 0xC2 && c <= 0xF4;
        for (std::size_t k = 1; valid && k < len; ++k) valid = (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
        if (!valid) {
            out += fmt::format("\\x{:02x}", c);
            ++i;
            continue;
        }
        char32_t cp = len == 2 ? c & 0x1F : len == 3 ? c & 0x0F : c & 0x07;
        for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        const bool control = (cp >= 0x80 && cp <= 0x9F) || (cp >= 0x202A && cp <= 0x202E) ||
                             (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F || cp == 0x061C;
        if (control)
            out += fmt::format("\\u{:04x}", static_cast<std::uint32_t>(cp));
        else
            out.append(s.substr(i, len));
        i += len;
    }
    return out;
}

std::string markdown_text(std::string_view s) {
    std::string flat(s);
    for (char& c : flat)
        if (c == '\n' || c == '\r') c = ' ';
    const std::string shown = printable(flat);
    std::string out;
    out.reserve(shown.size() + shown.size() / 8);
    for (std::size_t i = 0; i < shown.size(); ++i) {
        const char c = shown[i];
        // what GitHub would make a link of: "https://", "www.", an address with "@"
        const bool www = c == '.' && i >= 3 && lower(std::string_view(shown).substr(i - 3, 3)) == "www";
        const bool scheme = c == ':' && std::string_view(shown).substr(i + 1, 2) == "//";
        if (std::string_view("\\`*_[]<>!|~&@").find(c) != std::string_view::npos || www || scheme) out += '\\';
        out += c;
    }
    return out;
}

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

std::vector<std::string> split(std::string_view s, std::string_view sep) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t end = std::min(s.find(sep, i), s.size());
        out.emplace_back(s.substr(i, end - i));
        i = end + sep.size();
    }
    return out;
}

std::string counted(std::size_t n, std::string_view noun, std::string_view plural) {
    std::string out = std::to_string(n) + " ";
    if (n == 1) return out.append(noun);
    return plural.empty() ? out.append(noun).append("s") : out.append(plural);
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

namespace {

// A role that is a form of address alone ("Mr.", "Ms", "Dr."): it says less than any other.
bool address_only(std::string_view role) {
    std::string w = lower(role);
    if (!w.empty() && w.back() == '.') w.pop_back();
    return w == "mr" || w == "mrs" || w == "ms" || w == "miss" || w == "dr" || w == "sir" || w == "madam" ||
           w == "mx";
}

}  // namespace

bool better_role(std::string_view a, std::string_view b) {
    if (a.empty() != b.empty()) return b.empty();
    if (address_only(a) != address_only(b)) return address_only(b);
    const auto words = [](std::string_view s) { return std::count(s.begin(), s.end(), ' '); };
    if (words(a) != words(b)) return words(a) < words(b);
    return a < b;
}

double percent(std::size_t part, std::size_t whole) {
    return whole ? 100.0 * static_cast<double>(part) / static_cast<double>(whole) : 0.0;
}

}  // namespace claimgraph::text
