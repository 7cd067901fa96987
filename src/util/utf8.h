// UTF-8 helpers. Offsets everywhere in claimgraph are byte offsets into the input.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace claimgraph::utf8 {

/// Byte offset of the first invalid UTF-8 sequence, or nullopt when all is valid.
std::optional<std::size_t> first_invalid(std::string_view text);

/// Decodes the code point at `pos`; sets `len` to its byte length (1 for invalid bytes,
/// which decode as U+FFFD).
char32_t decode(std::string_view text, std::size_t pos, std::size_t& len);

/// Decodes the code point that ends just before `pos`; sets `len` to its byte length.
char32_t decode_before(std::string_view text, std::size_t pos, std::size_t& len);

/// Appends the UTF-8 encoding of `cp`.
void append(std::string& out, char32_t cp);

bool is_letter(char32_t cp);
bool is_upper(char32_t cp);
bool is_digit(char32_t cp);
bool is_space(char32_t cp);
/// Letters, digits and marks: what makes up a word.
bool is_word(char32_t cp);

/// 1-based line and column (in code points) of byte offset `pos`.
struct LineCol {
    std::size_t line = 1;
    std::size_t column = 1;
};
LineCol line_col(std::string_view text, std::size_t pos);

}  // namespace claimgraph::utf8
