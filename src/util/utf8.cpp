#include "util/utf8.h"

#include <utf8proc.h>

namespace claimgraph::utf8 {

namespace {

utf8proc_ssize_t iterate(std::string_view text, std::size_t pos, utf8proc_int32_t& cp) {
    const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data() + pos);
    return utf8proc_iterate(bytes, static_cast<utf8proc_ssize_t>(text.size() - pos), &cp);
}

utf8proc_category_t category(char32_t cp) { return utf8proc_category(static_cast<utf8proc_int32_t>(cp)); }

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

namespace detail {

char32_t decode_multibyte(std::string_view text, std::size_t pos, std::size_t& len) {
    utf8proc_int32_t cp = 0;
    const utf8proc_ssize_t n = iterate(text, pos, cp);
    if (n <= 0) {
        len = 1;
        return 0xFFFD;
    }
    len = static_cast<std::size_t>(n);
    return static_cast<char32_t>(cp);
}

}  // namespace detail

char32_t decode_before(std::string_view text, std::size_t pos, std::size_t& len) {
    std::size_t start = pos - 1;
    while (start > 0 && pos - start < 4 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
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

namespace detail {

bool is_letter_nonascii(char32_t cp) {
    const auto c = category(cp);
    return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

bool is_upper_nonascii(char32_t cp) {
    const auto c = category(cp);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

bool is_digit_nonascii(char32_t cp) { return category(cp) == UTF8PROC_CATEGORY_ND; }

bool is_space_nonascii(char32_t cp) {
    const auto c = category(cp);
    return c == UTF8PROC_CATEGORY_ZS || c == UTF8PROC_CATEGORY_ZL || c == UTF8PROC_CATEGORY_ZP;
}

bool is_word_nonascii(char32_t cp) {
    if (is_letter_nonascii(cp) || is_digit_nonascii(cp)) return true;
    const auto c = category(cp);
    return c == UTF8PROC_CATEGORY_MN || c == UTF8PROC_CATEGORY_MC || c == UTF8PROC_CATEGORY_NL ||
           c == UTF8PROC_CATEGORY_NO;
}

}  // namespace detail

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
