#include "util/utf8.h"

#include <utf8proc.h>

namespace claimgraph::utf8 {

namespace {

utf8proc_ssize_t iterate(std::string_view text, std::size_t pos, utf8proc_int32_t& cp) {
    const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data() + pos);
    return utf8proc_iterate(bytes, static_cast<utf8proc_ssize_t>(text.size() - pos), &cp);
}

utf8proc_category_t category(char32_t cp) {
    return utf8proc_category(static_cast<utf8proc_int32_t>(cp));
}

}  // namespace

std::optional<std::size_t> first_invalid(std::string_view text) {
    std::size_t pos = 0;
    while (pos < text.size()) {
        if (static_cast<unsigned char>(text[pos]) < 0x80) {
            ++pos;
            continue;
        }
        utf8proc_int32_t cp = 0;
        const utf8proc_ssize_t n = iterate(text, pos, cp);
        if (n <= 0) return pos;
        pos += static_cast<std::size_t>(n);
    }
    return std::nullopt;
}

char32_t decode(std::string_view text, std::size_t pos, std::size_t& len) {
    const auto c = static_cast<unsigned char>(text[pos]);
    if (c < 0x80) {
        len = 1;
        return c;
    }
    utf8proc_int32_t cp = 0;
    const utf8proc_ssize_t n = iterate(text, pos, cp);
    if (n <= 0) {
        len = 1;
        return 0xFFFD;
    }
    len = static_cast<std::size_t>(n);
    return static_cast<char32_t>(cp);
}

char32_t decode_before(std::string_view text, std::size_t pos, std::size_t& len) {
    std::size_t start = pos - 1;
    while (start > 0 && pos - start < 4 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80)
        --start;
    std::size_t n = 0;
    const char32_t cp = decode(text, start, n);
    if (start + n != pos) {
        len = 1;
        return 0xFFFD;
    }
    len = n;
    return cp;
}

void append(std::string& out, char32_t cp) {
    utf8proc_uint8_t buf[4];
    const utf8proc_ssize_t n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(cp), buf);
    out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
}

bool is_letter(char32_t cp) {
    if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    const auto c = category(cp);
    return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

bool is_upper(char32_t cp) {
    if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
    const auto c = category(cp);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

bool is_digit(char32_t cp) {
    if (cp < 0x80) return cp >= '0' && cp <= '9';
    return category(cp) == UTF8PROC_CATEGORY_ND;
}

bool is_space(char32_t cp) {
    if (cp < 0x80) return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v';
    const auto c = category(cp);
    return c == UTF8PROC_CATEGORY_ZS || c == UTF8PROC_CATEGORY_ZL || c == UTF8PROC_CATEGORY_ZP;
}

bool is_word(char32_t cp) {
    if (is_letter(cp) || is_digit(cp)) return true;
    if (cp < 0x80) return false;
    const auto c = category(cp);
    return c == UTF8PROC_CATEGORY_MN || c == UTF8PROC_CATEGORY_MC || c == UTF8PROC_CATEGORY_NL ||
           c == UTF8PROC_CATEGORY_NO;
}

LineCol line_col(std::string_view text, std::size_t pos) {
    LineCol lc;
    std::size_t i = 0;
    while (i < pos && i < text.size()) {
        if (text[i] == '\n') {
            ++lc.line;
            lc.column = 1;
            ++i;
            continue;
        }
        std::size_t n = 1;
        decode(text, i, n);
        i += n;
        ++lc.column;
    }
    return lc;
}

}  // namespace claimgraph::utf8
