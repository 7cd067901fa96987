#include "load/dot_reader.h"

#include <optional>

#include <fmt/format.h>

#include "load/dot_lexer.h"
#include "util/text.h"

namespace claimgraph::load {

namespace {

using dot::describe;
using dot::is_any_keyword;
using dot::keyword;
using dot::Lexer;
using dot::Tok;
using dot::Token;

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
