#include "render/renderer.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <set>
#include <tuple>

#include <fmt/format.h>

#include "model/verdict.h"
#include "render/cgraph_handle.h"
#include "render/labels.h"
#include "util/error.h"
#include "util/text.h"

namespace claimgraph::render {

namespace {

// Okabe–Ito, the colour-blind-safe palette, with light tints for fills.
constexpr const char* kBlue = "#0072B2";
constexpr const char* kVermillion = "#D55E00";
constexpr const char* kGrey = "#8C8C8C";

struct Style {
    const char* shape;
    const char* style;
    const char* fill;
    const char* pen;
    const char* font = "#000000";
};

// The dark theme keeps each kind's hue and pen (Okabe–Ito) on dark fills.
struct Palette {
    const char* background;
    const char* text;
    const char* frame;
    const char* reports;
    const char* attributes;
    const char* disputes;
};

constexpr Palette kLight{"#FFFFFF", "#000000", "#BBBBBB", kGrey, kBlue, kVermillion};
constexpr Palette kDark{"#1E1E1E", "#E8E8E8", "#555555", "#9A9A9A", "#56B4E9", "#E69F00"};

const Palette& palette(Theme t) { return t == Theme::dark ? kDark : kLight; }

Style dark(Style s) {
    static const std::map<std::string, const char*> fills{
        {"#E8E8E8", "#3A3A3A"}, {"#FBE3B5", "#5A4410"}, {"#FDF1DA", "#4A3A18"},
        {"#F7F7F7", "#333333"}, {"#C7EADC", "#123F31"}, {"#F6F0B0", "#4A4510"},
        {"#E6E6E6", "#3A3A3A"}, {"#F2F2F2", "#333333"}, {"#CDE6F5", "#0F3A55"}};
    auto it = fills.find(s.fill);
    if (it != fills.end()) s.fill = it->second;
    s.font = "#E8E8E8";
    return s;
}

Style node_style(const Node& n) {
    const auto attr = [&](const char* k) {
        auto it = n.attrs.find(k);
        return it == n.attrs.end() ? std::string() : it->second;
    };
    switch (n.kind) {
    case NodeKind::document: return {"tab", "filled", "#E8E8E8", "#555555"};
    case NodeKind::statement: {
        const std::string kind = attr("form");
        if (kind == "direct") return {"box", "rounded,filled,bold", "#FBE3B5", "#E69F00"};
        if (kind == "mixed") return {"box", "rounded,filled", "#FDF1DA", "#E69F00"};
        return {"box", "rounded,filled,dashed", "#F7F7F7", "#777777"};
    }
    case NodeKind::source: {
        const std::string type = attr("type");
        if (type == "organization") return {"box", "filled", "#C7EADC", "#009E73"};
        if (type == "agency" || type == "outlet") return {"cds", "filled", "#F6F0B0", "#8A7F00"};
        if (type == "collective") return {"ellipse", "filled,dashed", "#E6E6E6", "#666666"};
        if (type == "anonymous") return {"ellipse", "filled,dashed", "#F2F2F2", "#9A9A9A", "#666666"};
        return {"ellipse", "filled", "#CDE6F5", kBlue};
    }
    }
    return {"box", "", "#FFFFFF", "#000000"};
}

// `diff` drawings: added green and thick, removed vermillion and dashed, changed orange.
void mark_change(void* obj, const std::string& change, Theme theme) {
    const bool dark_theme = theme == Theme::dark;
    const char* colour = change == "added" ? "#009E73" : change == "removed" ? "#D55E00" : "#E69F00";
    set(obj, "color", colour);
    set(obj, "penwidth", "3");
    if (change == "removed") {
        set(obj, "style", agobjkind(obj) == AGNODE ? "dashed,filled" : "dashed");
        set(obj, "fontcolor", dark_theme ? "#9A9A9A" : "#777777");
    }
}

void style_graph(Agraph_t* g, const RenderOptions& o) {
    const Palette& p = palette(o.theme);
    set(g, "bgcolor", p.background);
    set(g, "fontcolor", p.text);
    set(g, "rankdir", "LR");
    set(g, "label", literal(o.title));
    set(g, "labelloc", "t");
    set(g, "fontname", "Helvetica");
    set(g, "nodesep", "0.25");
    set(g, "ranksep", "0.6");
    agattr(g, AGNODE, cstr(std::string("fontname")), cstr(std::string("Helvetica")));
    agattr(g, AGNODE, cstr(std::string("fontsize")), cstr(std::string("10")));
    agattr(g, AGEDGE, cstr(std::string("fontname")), cstr(std::string("Helvetica")));
    agattr(g, AGEDGE, cstr(std::string("fontsize")), cstr(std::string("9")));
}

void add_legend(Agraph_t* g, Theme theme) {
    const Palette& p = palette(theme);
    Agraph_t* legend = agsubg(g, cstr(std::string("cluster_legend")), 1);
    set(legend, "label", "Legend");
    set(legend, "style", "rounded");
    set(legend, "color", p.frame);
    set(legend, "fontcolor", p.text);
    const std::vector<std::pair<std::string, Node>> samples = {
        {"document", {"", NodeKind::document, "document", {}}},
        {"direct quote", {"", NodeKind::statement, "direct quote", {{"form", "direct"}}}},
        {"reported speech", {"", NodeKind::statement, "reported", {{"form", "indirect"}}}},
        {"person", {"", NodeKind::source, "person", {{"type", "person"}}}},
        {"organization", {"", NodeKind::source, "organization", {{"type", "organization"}}}},
        {"agency / outlet", {"", NodeKind::source, "agency", {{"type", "agency"}}}},
        {"anonymous / collective", {"", NodeKind::source, "anonymous", {{"type", "anonymous"}}}},
    };
    Agnode_t* prev = nullptr;
    for (const auto& [label, sample] : samples) {
        Agnode_t* n = agnode(legend, cstr("legend: " + label), 1);
        const Style s = theme == Theme::dark ? dark(node_style(sample)) : node_style(sample);
        set(n, "label", label);
        set(n, "shape", s.shape);
        set(n, "style", s.style);
        set(n, "fillcolor", s.fill);
        set(n, "color", s.pen);
        set(n, "fontcolor", s.font);
        if (prev) {
            Agedge_t* e = agedge(legend, prev, n, nullptr, 1);
            set(e, "style", "invis");
        }
        prev = n;
    }
    const std::vector<std::tuple<std::string, const char*, const char*>> relations = {
        {"reports", p.reports, "solid"}, {"attributes", p.attributes, "solid"}, {"disputes", p.disputes, "bold"}};
    for (const auto& [label, color, style] : relations) {
        Agnode_t* a = agnode(legend, cstr("legend: " + label + " from"), 1);
        Agnode_t* b = agnode(legend, cstr("legend: " + label + " to"), 1);
        for (Agnode_t* n : {a, b}) {
            set(n, "shape", "point");
            set(n, "width", "0.05");
            set(n, "color", p.text);
        }
        Agedge_t* e = agedge(legend, a, b, nullptr, 1);
        set(e, "label", label);
        set(e, "color", color);
        set(e, "fontcolor", color);
        set(e, "style", style);
    }
}

}  // namespace

Format format_from_string(const std::string& s) {
    if (s == "dot") return Format::dot;
    if (s == "svg") return Format::svg;
    if (s == "png") return Format::png;
    if (s == "pdf") return Format::pdf;
    throw_usage(fmt::format("unknown format '{}' (expected dot, svg, png or pdf)", s));
}

std::string render(const GraphData& input, const RenderOptions& o) {
    GraphData g = input;
    g.normalize();
    GraphPtr graph = open_graph("claimgraph");
    style_graph(graph.get(), o);
    const Palette& p = palette(o.theme);
    // a spokesperson in one frame with the body she speaks for (each source in one frame)
    std::map<std::string, std::string> frame_of;  // source → body
    for (const Edge& e : g.edges) {
        if (e.relation != Relation::attributes) continue;
        const Node* from = g.find(e.from);
        const Node* to = g.find(e.to);
        if (from && to && from->kind == NodeKind::source && to->kind == NodeKind::source && !frame_of.count(e.from) &&
            !frame_of.count(e.to))
            frame_of.emplace(e.from, e.to);
    }
    std::map<std::string, Agraph_t*> frames;
    for (const auto& [member, body] : frame_of) {
        if (frames.count(body)) continue;
        Agraph_t* c = agsubg(graph.get(), cstr("cluster_" + body), 1);
        set(c, "label", literal(text::truncate(g.find(body)->label, 80)));
        set(c, "style", "rounded,dashed");
        set(c, "color", p.frame);
        set(c, "fontcolor", p.text);
        frames.emplace(body, c);
    }
    const std::map<std::string, std::string> cue_of = cues(g);
    std::map<std::string, Agnode_t*> nodes;
    for (const Node& n : g.nodes) {
        Agraph_t* home = graph.get();
        if (auto f = frames.find(n.id); f != frames.end())
            home = f->second;
        else if (auto m = frame_of.find(n.id); m != frame_of.end())
            home = frames.at(m->second);
        Agnode_t* node = agnode(home, cstr(n.id), 1);
        Style s = node_style(n);
        if (o.theme == Theme::dark) s = dark(s);
        auto cue = cue_of.find(n.id);
        const std::string label = node_label(n, cue == cue_of.end() ? std::string() : cue->second);
        if (n.attrs.count("copies")) s.style = "filled,bold";  // a stack of copies of one story
        set(node, "label", label);
        set(node, "shape", s.shape);
        set(node, "style", s.style);
        set(node, "fillcolor", s.fill);
        set(node, "color", s.pen);
        set(node, "fontcolor", s.font);
        set(node, "tooltip", tooltip(n));
        if (auto d = n.attrs.find("diff"); d != n.attrs.end()) mark_change(node, d->second, o.theme);
        set(node, "id", n.id);
        set(node, "class", to_string(n.kind));
        nodes.emplace(n.id, node);
    }
    std::size_t i = 0;
    std::set<std::tuple<std::string, std::string, Relation>> drawn;
    for (const Edge& e : g.edges) {
        auto f = nodes.find(e.from), t = nodes.find(e.to);
        if (f == nodes.end() || t == nodes.end()) continue;
        // one arrow per relation between two nodes, however many mentions carry it
        if (!drawn.emplace(e.from, e.to, e.relation).second) continue;
        Agedge_t* edge = agedge(graph.get(), f->second, t->second, cstr("e" + std::to_string(i++)), 1);
        set(edge, "class", to_string(e.relation));
        std::string tip = to_string(e.relation);
        if (!e.text.empty()) tip += ": " + e.text;
        set(edge, "tooltip", literal(text::truncate(tip, 1000)));
        if (auto d = e.other.find("diff"); d != e.other.end()) {
            mark_change(edge, d->second, o.theme);
            if (e.relation == Relation::disputes) set(edge, "xlabel", e.basis.empty() ? "disputes" : literal(e.basis));
            continue;
        }
        // an overview's counts: the label says them, the pen's width grows with them
        if (auto summary = e.other.find("summary"); summary != e.other.end() && e.relation != Relation::disputes) {
            set(edge, "xlabel", literal(summary->second));
            set(edge, "fontcolor", e.relation == Relation::reports ? p.reports : p.attributes);
            const std::string count_text = attr_value(e.other, "count");
            double count = 1;  // a graph file's count may be anything: the width then stays 1
            std::from_chars(count_text.data(), count_text.data() + count_text.size(), count);
            if (!std::isfinite(count)) count = 1;
            set(edge, "penwidth", fmt::format("{:.1f}", std::min(6.0, 1.0 + std::log2(std::max(1.0, count)))));
        }
        switch (e.relation) {
        case Relation::reports: set(edge, "color", p.reports); break;
        case Relation::attributes: set(edge, "color", p.attributes); break;
        case Relation::disputes: {
            set(edge, "color", p.disputes);
            set(edge, "fontcolor", p.disputes);
            set(edge, "style", "bold");
            // an xlabel: a label on an edge within one rank crashes Graphviz 2.42's
            // flat_edges (double free), and disputes join statements of one rank
            set(edge, "xlabel", e.basis.empty() ? "disputes" : literal(e.basis));
            set(edge, "constraint", "false");
            break;
        }
        }
    }
    if (o.legend) add_legend(graph.get(), o.theme);
    switch (o.format) {
    case Format::dot: return write_dot(graph.get());
    case Format::svg: return layout_and_render(graph.get(), "svg");
    case Format::png: return layout_and_render(graph.get(), "png");
    case Format::pdf: return layout_and_render(graph.get(), "pdf");
    }
    return {};
}

}  // namespace claimgraph::render
