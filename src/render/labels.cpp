#include "render/labels.h"

#include "model/verdict.h"
#include "util/text.h"
#include "util/utf8.h"

namespace claimgraph::render {

namespace {

// The statement's own quote marks (and the comma a quote ends with) give way to the
// label's, so that “…” is not doubled.
std::string strip_quote_marks(std::string_view s) {
    static const std::vector<std::string_view> marks = {"\u201C", "\u201D", "\"", "\u00AB", "\u00BB", "\u201E", ","};
    bool changed = true;
    while (changed && !s.empty()) {
        changed = false;
        for (std::string_view m : marks) {
            if (s.size() >= m.size() && s.substr(0, m.size()) == m && m != ",") {
                s.remove_prefix(m.size());
                changed = true;
            }
            if (s.size() >= m.size() && s.substr(s.size() - m.size()) == m) {
                s.remove_suffix(m.size());
                changed = true;
            }
        }
    }
    return std::string(s);
}

// A statement reads as its cue and its words: "accused: Kyiv of carrying out the attack",
// a direct quote in quotation marks ("said: “We will rebuild.”").
std::string statement_label(const Node& n, const std::string& cue) {
    const std::string words = literal(text::truncate(strip_quote_marks(n.label), 160));
    const bool quoted = attr_value(n.attrs, "form") != "indirect";
    std::string label = quoted ? "\u201C" + words + "\u201D" : words;
    if (!cue.empty()) {
        std::string c = literal(text::truncate(cue, 40));
        // a cue that opened its sentence ("According to") reads on inside the label
        if (c.size() > 1 && c[0] >= 'A' && c[0] <= 'Z' && c[1] >= 'a' && c[1] <= 'z')
            c[0] = static_cast<char>(c[0] - 'A' + 'a');
        label = c + ": " + label;
    }
    return wrap(label, 36);
}

}  // namespace

// Graphviz reads \n, \l, \N… inside labels as escapes: article text must not trigger them.
std::string literal(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '\n' || c == '\r' || c == '\t')
            out += ' ';
        else
            out += c;
    }
    return out;
}

// Wraps at word boundaries into lines of about `width` code points.
std::string wrap(const std::string& s, std::size_t width) {
    std::string out, line;
    std::size_t line_len = 0;
    std::size_t i = 0;
    std::string word;
    std::size_t word_len = 0;
    auto flush_word = [&] {
        if (word.empty()) return;
        if (line_len > 0 && line_len + 1 + word_len > width) {
            out += line + "\\n";
            line.clear();
            line_len = 0;
        }
        if (line_len > 0) {
            line += ' ';
            ++line_len;
        }
        line += word;
        line_len += word_len;
        word.clear();
        word_len = 0;
    };
    while (i < s.size()) {
        std::size_t n = 1;
        const char32_t cp = utf8::decode(s, i, n);
        if (utf8::is_space(cp))
            flush_word();
        else {
            word.append(s, i, n);
            ++word_len;
        }
        i += n;
    }
    flush_word();
    return out + line;
}

std::string node_label(const Node& n, const std::string& cue) {
    std::string label;
    switch (n.kind) {
    case NodeKind::document: {
        for (char c : literal(text::truncate(n.label, 120)))
            label += c == '\n' ? std::string("\\n") : std::string(1, c);
        break;
    }
    case NodeKind::statement: {
        label = statement_label(n, cue);
        if (auto f = n.attrs.find("figures"); f != n.attrs.end()) label += "\\n[" + literal(f->second) + "]";
        // a fact-checker's verdict, as a reader of the diagram should see it first
        if (const auto rating = rating_from_word(attr_value(n.attrs, "verdict")))
            label = "VERDICT: " + text::lower(rating->name) + "\\n" + label;
        break;
    }
    case NodeKind::source: {
        label = literal(text::truncate(n.label, 80));
        // a role that only repeats the name ("teacher", "teacher") is said once
        if (auto r = n.attrs.find("role");
            r != n.attrs.end() && !r->second.empty() && text::lower(r->second) != text::lower(n.label))
            label += "\\n" + literal(text::truncate(r->second, 60));
        label = wrap(label, 30);
        break;
    }
    }
    // an overview's counts ("12 claims")
    if (auto s = n.attrs.find("summary"); s != n.attrs.end()) label += "\\n" + literal(s->second);
    return label;
}

// The words that attribute each statement (the first mention's, "accused"), else the
// cue's lemma: a statement's label starts with them.
std::map<std::string, std::string> cues(const GraphData& g) {
    std::map<std::string, std::string> out;
    for (const Edge& e : g.edges)
        if (e.relation == Relation::attributes && !e.cue.empty()) out.emplace(e.from, e.cue);
    for (const Node& n : g.nodes)
        if (n.kind == NodeKind::statement)
            if (const std::string cue = attr_value(n.attrs, "cue"); !cue.empty()) out.emplace(n.id, cue);
    return out;
}

std::string tooltip(const Node& n) {
    std::string t = to_string(n.kind);
    t += " " + n.id + ": " + n.label;
    for (const auto& [k, v] : n.attrs)
        if (k != "text" && k != "name") t += "\n" + k + ": " + v;
    return literal(text::truncate(t, 2000));
}

}  // namespace claimgraph::render
