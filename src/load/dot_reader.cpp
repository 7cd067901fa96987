#include "load/dot_reader.h"

#include <optional>

#include <fmt/format.h>

#include "util/text.h"

namespace claimgraph::load {

namespace {

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

    Token next() {
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

private:
    static bool is_digit(char c) { return c >= '0' && c <= '9'; }
    static bool is_id_start(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || static_cast<unsigned char>(c) >= 0x80;
    }

    void advance(std::size_t n) {
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

    void skip_space_and_comments() {
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

    Token plain(Token t) {
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
    Token quoted(Token t) {
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
    Token html(Token t) {
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

    std::string_view m_text;
    std::vector<Diagnostic>& m_diags;
    std::size_t m_i = 0;
    Position m_pos{1, 1};
};

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

struct SyntaxError {
    Position at;
    std::string message;
};

class Parser {
public:
    Parser(std::string_view text, std::vector<Diagnostic>& diags) : m_lex(text, diags), m_diags(diags) {
        m_tok = m_lex.next();
    }

    DotGraph run() {
        try {
            header();
        } catch (const SyntaxError& e) {
            m_diags.push_back({e.at, true, e.message});
            return m_graph;
        }
        statements(0, true);
        if (m_tok.kind != Tok::end)
            m_diags.push_back(
                {m_tok.at, true, fmt::format("unexpected {} after the graph's closing brace", describe(m_tok))});
        return m_graph;
    }

private:
    void shift() { m_tok = m_lex.next(); }

    [[noreturn]] void fail(const std::string& expected) const {
        throw SyntaxError{m_tok.at, fmt::format("expected {}, found {}", expected, describe(m_tok))};
    }

    bool punct(char c) const { return m_tok.kind == Tok::punct && m_tok.text.size() == 1 && m_tok.text[0] == c; }

    void expect(char c) {
        if (!punct(c)) fail(fmt::format("'{}'", c));
        shift();
    }

    void header() {
        if (keyword(m_tok, "strict")) shift();
        if (keyword(m_tok, "digraph"))
            m_graph.directed = true;
        else if (keyword(m_tok, "graph"))
            m_graph.directed = false;
        else
            fail("'digraph' or 'graph'");
        shift();
        if (m_tok.kind == Tok::id && !is_any_keyword(m_tok)) shift();  // the graph's name
        expect('{');
    }

    // Statements up to the closing brace; an error skips to the next statement.
    void statements(std::size_t depth, bool top) {
        for (;;) {
            if (punct('}')) {
                shift();
                return;
            }
            if (m_tok.kind == Tok::end) {
                m_diags.push_back({m_tok.at, true, "expected '}' before the end of file"});
                return;
            }
            try {
                statement(depth);
                if (punct(';')) shift();
            } catch (const SyntaxError& e) {
                m_diags.push_back({e.at, true, e.message});
                recover();
                if (m_tok.kind == Tok::end && !top) return;
            }
        }
    }

    // Skips to a statement boundary: past a ';', before a '}', or to the next line.
    void recover() {
        const std::size_t line = m_tok.at.line;
        std::size_t brackets = 0;
        while (m_tok.kind != Tok::end) {
            if (punct('[')) ++brackets;
            if (punct(']') && brackets > 0) --brackets;
            if (brackets == 0) {
                if (punct(';')) {
                    shift();
                    return;
                }
                if (punct('}') || (m_tok.at.line > line && m_tok.kind == Tok::id)) return;
            }
            shift();
        }
    }

    std::map<std::string, DotAttr> attr_lists() {
        std::map<std::string, DotAttr> attrs;
        while (punct('[')) {
            shift();
            while (!punct(']')) {
                if (m_tok.kind != Tok::id) fail("an attribute name or ']'");
                const Token name = m_tok;
                shift();
                expect('=');
                if (m_tok.kind != Tok::id) fail(fmt::format("a value for '{}'", name.text));
                attrs[name.text] = DotAttr{m_tok.text, name.at};
                shift();
                if (punct(',') || punct(';')) shift();
            }
            shift();
        }
        return attrs;
    }

    // An endpoint: a node id (with a port, which graph files do not use) or a subgraph.
    struct Endpoint {
        std::string id;
        Position at;
        bool subgraph = false;
    };

    Endpoint endpoint(std::size_t depth) {
        if (keyword(m_tok, "subgraph") || punct('{')) {
            const Position at = m_tok.at;
            subgraph(depth);
            return {"", at, true};
        }
        if (m_tok.kind != Tok::id || is_any_keyword(m_tok)) fail("a node id");
        Endpoint e{m_tok.text, m_tok.at, false};
        shift();
        if (punct(':')) {
            m_diags.push_back({m_tok.at, false, fmt::format("port on node '{}' ignored", e.id)});
            shift();
            if (m_tok.kind == Tok::id) shift();
            if (punct(':')) {
                shift();
                if (m_tok.kind == Tok::id) shift();
            }
        }
        return e;
    }

    void subgraph(std::size_t depth) {
        if (depth + 1 > kMaxNesting)
            throw SyntaxError{m_tok.at, fmt::format("subgraphs nested deeper than {}", kMaxNesting)};
        if (keyword(m_tok, "subgraph")) {
            shift();
            if (m_tok.kind == Tok::id && !is_any_keyword(m_tok)) shift();
        }
        expect('{');
        statements(depth + 1, false);
    }

    void statement(std::size_t depth) {
        if (keyword(m_tok, "graph") || keyword(m_tok, "node") || keyword(m_tok, "edge")) {
            const Token what = m_tok;
            shift();
            const auto attrs = attr_lists();
            if (!attrs.empty() && !keyword(what, "graph"))
                m_diags.push_back({what.at, false,
                                   fmt::format("default {} attributes ignored: graph files give each {} its own",
                                               text::lower(what.text), text::lower(what.text))});
            return;
        }
        if (m_tok.kind == Tok::id && !is_any_keyword(m_tok)) {
            // ID '=' ID: a graph attribute
            const Token first = m_tok;
            shift();
            if (punct('=')) {
                shift();
                if (m_tok.kind != Tok::id) fail(fmt::format("a value for '{}'", first.text));
                shift();
                return;
            }
            Endpoint from{first.text, first.at, false};
            if (punct(':')) {  // a port: re-read as an endpoint would
                m_diags.push_back({m_tok.at, false, fmt::format("port on node '{}' ignored", from.id)});
                shift();
                if (m_tok.kind == Tok::id) shift();
            }
            edges_or_node(from, depth);
            return;
        }
        if (keyword(m_tok, "subgraph") || punct('{')) {
            const Endpoint sub = endpoint(depth);
            edges_or_node(sub, depth);
            return;
        }
        fail("a statement");
    }

    void edges_or_node(Endpoint from, std::size_t depth) {
        if (m_tok.kind != Tok::edge_op) {
            if (from.subgraph) return;
            auto attrs = attr_lists();
            m_graph.nodes.push_back({from.id, from.at, std::move(attrs)});
            return;
        }
        std::vector<DotEdge> chain;
        while (m_tok.kind == Tok::edge_op) {
            const Token op = m_tok;
            if ((op.text == "->") != m_graph.directed)
                m_diags.push_back(
                    {op.at, true,
                     fmt::format("'{}' in a {}", op.text, m_graph.directed ? "digraph" : "undirected graph")});
            shift();
            const Endpoint to = endpoint(depth);
            if (from.subgraph || to.subgraph)
                throw SyntaxError{op.at, "an edge to or from a subgraph: graph files name both ends"};
            chain.push_back({from.id, to.id, op.at, from.at, to.at, {}});
            from = to;
        }
        const auto attrs = attr_lists();
        for (DotEdge& e : chain) {
            e.attrs = attrs;
            m_graph.edges.push_back(std::move(e));
        }
    }

    Lexer m_lex;
    std::vector<Diagnostic>& m_diags;
    Token m_tok;
    DotGraph m_graph;
};

}  // namespace

DotGraph parse_dot(std::string_view text, std::vector<Diagnostic>& diagnostics) {
    return Parser(text, diagnostics).run();
}

}  // namespace claimgraph::load
