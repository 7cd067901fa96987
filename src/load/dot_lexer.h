// The DOT lexer of graph files (dot_reader.h): IDs, quoted and HTML strings, punctuation
// and edge operators, each with the line and column where it starts. Comments, C
// preprocessor lines and space are skipped; an unterminated string or comment is an error
// in the diagnostics and ends the token at the end of the input.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "load/dot_reader.h"

namespace claimgraph::load::dot {

enum class Tok { id, punct, edge_op, end, bad };

struct Token {
    Tok kind = Tok::end;
    std::string text;  ///< an ID's value (quotes removed), the punctuation, or "->"/"--"
    Position at;
    bool keyword_ok = false;  ///< an unquoted ID, which may be a keyword
};

class Lexer {
public:
    Lexer(std::string_view text, std::vector<Diagnostic>& diags) : m_text(text), m_diags(diags) {}

    /// The next token; a Tok::end one at the end of the input.
    Token next();

private:
    static bool is_digit(char c) { return c >= '0' && c <= '9'; }
    static bool is_id_start(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || static_cast<unsigned char>(c) >= 0x80;
    }

    void advance(std::size_t n);
    void skip_space_and_comments();
    Token plain(Token t);
    Token quoted(Token t);
    Token html(Token t);

    std::string_view m_text;
    std::vector<Diagnostic>& m_diags;
    std::size_t m_i = 0;
    Position m_pos{1, 1};
};

/// Whether `t` is the keyword `word` (an unquoted ID, any case).
bool keyword(const Token& t, std::string_view word);
/// Whether `t` is one of DOT's keywords.
bool is_any_keyword(const Token& t);
/// `t` as an error message names it ("end of file", "'->'", "'name'").
std::string describe(const Token& t);

}  // namespace claimgraph::load::dot
