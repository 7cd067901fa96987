// UTF-8 helpers. Offsets everywhere in claimgraph are byte offsets into the input.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace claimgraph::utf8 {

/// Byte offset of the first invalid UTF-8 sequence, or nullopt when all is valid.
std::optional<std::size_t> first_invalid(std::string_view text);

namespace detail {
char32_t decode_multibyte(std::string_view text, std::size_t pos, std::size_t& len);
bool is_letter_nonascii(char32_t cp);
bool is_upper_nonascii(char32_t cp);
bool is_digit_nonascii(char32_t cp);
bool is_space_nonascii(char32_t cp);
bool is_word_nonascii(char32_t cp);
}  // namespace detail

// ASCII, most of any English article, is decided inline; the rest asks utf8proc.

/// Decodes the code point at `pos`; sets `len` to its byte length (1 for invalid bytes,
/// which decode as U+FFFD).
inline char32_t decode(std::string_view text, std::size_t pos, std::size_t& len) {
    const auto c = static_cast<unsigned char>(text[pos]);
    if (c < 0x80) {
        len = 1;
        return c;
    }
    return detail::decode_multibyte(text, pos, len);
}

/// Decodes the code point that ends just before `pos`; sets `len` to its byte length.
char32_t decode_before(std::string_view text, std::size_t pos, std::size_t& len);

/// Appends the UTF-8 encoding of `cp`.
void append(std::string& out, char32_t cp);

inline bool is_letter(char32_t cp) {
    if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    return detail::is_letter_nonascii(cp);
}
inline bool is_upper(char32_t cp) { return cp < 0x80 ? cp >= 'A' && cp <= 'Z' : detail::is_upper_nonascii(cp); }
inline bool is_digit(char32_t cp) { return cp < 0x80 ? cp >= '0' && cp <= '9' : detail::is_digit_nonascii(cp); }
inline bool is_space(char32_t cp) {
    if (cp < 0x80) return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v';
    return detail::is_space_nonascii(cp);
}
/// Letters, digits and marks: what makes up a word.
inline bool is_word(char32_t cp) {
    if (cp < 0x80) return is_letter(cp) || is_digit(cp);
    return detail::is_word_nonascii(cp);
}

/// 1-based line and column (in code points) of byte offset `pos`.
struct LineCol {
    std::size_t line = 1;
    std::size_t column = 1;
};
LineCol line_col(std::string_view text, std::size_t pos);

}  // namespace claimgraph::utf8
