#include "load/dot_lexer.h"

#include <fmt/format.h>

#include "util/text.h"

namespace claimgraph::load::dot {

Token Lexer::next() {
    skip_space_and_comments();
    Token t;
    t.at = m_pos;
    if (m_i >= m_text.size()) return t;
    const char c = m_text[m_i];
    if (c == '"') return quoted(t);
    if (c == '<') return html(t);
    if (c == '-' && m_i + 1 < m_text.size() && (m_text[m_i + 1] == '>' || m_text[m_i + 1] == '-')) {
        t.kind = Tok::edge_op;
        t.text = std::string(m_text.substr(m_i, 2));
        advance(2);
        return t;
    }
    if (is_id_start(c) || is_digit(c) || c == '-' || c == '.') return plain(t);
    if (c == '{' || c == '}' || c == '[' || c == ']' || c == ';' || c == ',' || c == '=' || c == ':' || c == '+') {
        t.kind = Tok::punct;
        t.text = std::string(1, c);
        advance(1);
        return t;
    }
    t.kind = Tok::bad;
    t.text = std::string(1, c);
    advance(1);
    return t;
}

void Lexer::advance(std::size_t n) {
    for (std::size_t k = 0; k < n && m_i < m_text.size(); ++k, ++m_i) {
        const auto b = static_cast<unsigned char>(m_text[m_i]);
        if (b == '\n') {
            ++m_pos.line;
            m_pos.col = 1;
        } else if ((b & 0xC0) != 0x80) {
            ++m_pos.col;  // a continuation byte is part of the code point before it
        }
    }
}

void Lexer::skip_space_and_comments() {
    while (m_i < m_text.size()) {
        const char c = m_text[m_i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            advance(1);
        } else if (c == '/' && m_i + 1 < m_text.size() && m_text[m_i + 1] == '/') {
            while (m_i < m_text.size() && m_text[m_i] != '\n') advance(1);
        } else if (c == '#' && m_pos.col == 1) {  // a C preprocessor line
            while (m_i < m_text.size() && m_text[m_i] != '\n') advance(1);
        } else if (c == '/' && m_i + 1 < m_text.size() && m_text[m_i + 1] == '*') {
            const Position at = m_pos;
            const std::size_t close = m_text.find("*/", m_i + 2);
            if (close == std::string_view::npos) {
                m_diags.push_back({at, true, "unterminated comment"});
                advance(m_text.size() - m_i);
            } else {
                advance(close + 2 - m_i);
            }
        } else {
            return;
        }
    }
}

Token Lexer::plain(Token t) {
    t.kind = Tok::id;
    const std::size_t from = m_i;
    if (is_id_start(m_text[m_i])) {
        t.keyword_ok = true;
        while (m_i < m_text.size() && (is_id_start(m_text[m_i]) || is_digit(m_text[m_i]))) advance(1);
    } else {  // a numeral: [-]?(.[0-9]+ | [0-9]+(.[0-9]*)?)
        if (m_text[m_i] == '-') advance(1);
        bool digits = false;
        while (m_i < m_text.size() && is_digit(m_text[m_i])) advance(1), digits = true;
        if (m_i < m_text.size() && m_text[m_i] == '.') {
            advance(1);
            while (m_i < m_text.size() && is_digit(m_text[m_i])) advance(1), digits = true;
        }
        if (!digits) {
            t.kind = Tok::bad;
            t.text = std::string(m_text.substr(from, m_i - from));
            return t;
        }
    }
    t.text = std::string(m_text.substr(from, m_i - from));
    return t;
}

// "…" with \" for a quote and backslash-newline as a line continuation; "a" + "b" joins.
Token Lexer::quoted(Token t) {
    t.kind = Tok::id;
    for (;;) {
        advance(1);  // the opening quote
        bool closed = false;
        while (m_i < m_text.size()) {
            const char c = m_text[m_i];
            if (c == '\\' && m_i + 1 < m_text.size() && m_text[m_i + 1] == '"') {
                t.text += '"';
                advance(2);
            } else if (c == '\\' && m_i + 1 < m_text.size() && m_text[m_i + 1] == '\n') {
                advance(2);
            } else if (c == '\\' && m_i + 2 < m_text.size() && m_text[m_i + 1] == '\r' && m_text[m_i + 2] == '\n') {
                advance(3);
            } else if (c == '"') {
                advance(1);
                closed = true;
                break;
            } else {
                t.text += c;
                advance(1);
            }
        }
        if (!closed) {
            m_diags.push_back({t.at, true, "unterminated string"});
            return t;
        }
        // concatenation: "a" + "b"
        const std::size_t save_i = m_i;
        const Position save_pos = m_pos;
        skip_space_and_comments();
        if (m_i < m_text.size() && m_text[m_i] == '+') {
            advance(1);
            skip_space_and_comments();
            if (m_i < m_text.size() && m_text[m_i] == '"') continue;
        }
        m_i = save_i;
        m_pos = save_pos;
        return t;
    }
}

// <…> with nested angle brackets: an HTML-like label, kept as written.
Token Lexer::html(Token t) {
    t.kind = Tok::id;
    std::size_t depth = 0;
    const std::size_t from = m_i;
    while (m_i < m_text.size()) {
        const char c = m_text[m_i];
        if (c == '<') ++depth;
        if (c == '>' && --depth == 0) {
            advance(1);
            t.text = std::string(m_text.substr(from + 1, m_i - from - 2));
            return t;
        }
        advance(1);
    }
    m_diags.push_back({t.at, true, "unterminated HTML string"});
    t.text = std::string(m_text.substr(from + 1));
    return t;
}

bool keyword(const Token& t, std::string_view word) {
    return t.kind == Tok::id && t.keyword_ok && text::equals_icase(t.text, word);
}

bool is_any_keyword(const Token& t) {
    return keyword(t, "graph") || keyword(t, "digraph") || keyword(t, "node") || keyword(t, "edge") ||
           keyword(t, "subgraph") || keyword(t, "strict");
}

std::string describe(const Token& t) {
    switch (t.kind) {
    case Tok::end: return "end of file";
    case Tok::edge_op: return fmt::format("'{}'", t.text);
    default: return fmt::format("'{}'", text::truncate(t.text, 40));
    }
}

}  // namespace claimgraph::load::dot
