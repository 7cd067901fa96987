// The interchange formats other than PROV (prov.cpp): GraphML, ClaimReview and the
// claimgraph JSON dump written, and a JSON file (dump or PROV-JSON) read back.
#include "interchange/formats.h"

#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "graph/provenance_graph.h"
#include "interchange/prov.h"
#include "model/verdict.h"
#include "util/error.h"
#include "util/json_read.h"
#include "util/text.h"

namespace claimgraph::interchange {

namespace {

using Json = nlohmann::ordered_json;

std::string xml_escape(std::string_view s) {
    std::string out;
    for (unsigned char c : s) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default:
            // XML 1.0 allows no control characters but tab, newline and return
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                out += ' ';
            else
                out += static_cast<char>(c);
        }
    }
    return out;
}

nlohmann::json parse(std::string_view text, const char* what) {
    try {
        return parse_json(text);
    } catch (const JsonTooDeep& e) {
        throw Error(fmt::format("not {} (invalid JSON: {})", what, e.what()));
    } catch (const nlohmann::json::parse_error& e) {
        // nlohmann's message ends with what it found: "… - unexpected end of input; expected …"
        const std::string_view full = e.what();
        const std::size_t dash = full.rfind(" - ");
        const std::string found = dash == std::string_view::npos ? "syntax error" : std::string(full.substr(dash + 3));
        throw JsonSyntaxError(fmt::format("invalid JSON: {} (not {})", found, what),
                              std::min<std::size_t>(e.byte > 0 ? e.byte - 1 : 0, text.size()));
    } catch (const nlohmann::json::exception&) {  // a number too large for a double (found by fuzzing)
        throw Error(fmt::format("not {} (invalid JSON: a number out of range)", what));
    }
}

std::map<std::string, std::string> string_attrs(const nlohmann::json& attrs, const std::string& where) {
    std::map<std::string, std::string> out;
    if (!attrs.is_object()) throw Error(where + ": 'attrs' is not an object");
    for (const auto& [k, v] : attrs.items()) {
        if (!v.is_string()) throw Error(fmt::format("{}: attribute '{}' is not a string", where, k));
        out[k] = v.get<std::string>();
    }
    return out;
}

Imported read_graph_json(const nlohmann::json& j) {
    if (!j.contains("version") || !j["version"].is_number_integer() || j["version"].get<int>() != 1)
        throw Error("claimgraph JSON dump of an unknown version (this build reads version 1)");
    Imported out;
    if (!j.contains("nodes") || !j["nodes"].is_array() || !j.contains("edges") || !j["edges"].is_array())
        throw Error("claimgraph JSON dump without 'nodes' and 'edges' arrays");
    std::size_t i = 0;
    for (const auto& n : j["nodes"]) {
        const std::string where = fmt::format("nodes[{}]", i++);
        if (!n.is_object() || !n.contains("id") || !n["id"].is_string() || !n.contains("kind") ||
            !n["kind"].is_string())
            throw Error(where + ": needs a string 'id' and 'kind'");
        const auto kind = node_kind_from_string(n["kind"].get<std::string>());
        if (!kind) throw Error(fmt::format("{}: unknown kind '{}'", where, n["kind"].get<std::string>()));
        Node node{n["id"].get<std::string>(), *kind, "",
                  string_attrs(n.value("attrs", nlohmann::json::object()), where)};
        node.label = node_label(node.kind, node.attrs);
        out.graph.nodes.push_back(std::move(node));
    }
    out.graph.normalize();
    i = 0;
    for (const auto& e : j["edges"]) {
        const std::string where = fmt::format("edges[{}]", i++);
        if (!e.is_object() || !e.contains("from") || !e["from"].is_string() || !e.contains("to") ||
            !e["to"].is_string() || !e.contains("relation") || !e["relation"].is_string())
            throw Error(where + ": needs string 'from', 'to' and 'relation'");
        const auto rel = relation_from_string(e["relation"].get<std::string>());
        if (!rel) throw Error(fmt::format("{}: unknown relation '{}'", where, e["relation"].get<std::string>()));
        Edge edge{e["from"].get<std::string>(), e["to"].get<std::string>(), *rel,
                  string_attrs(e.value("attrs", nlohmann::json::object()), where)};
        if (!out.graph.find(edge.from) || !out.graph.find(edge.to)) {
            out.warnings.push_back(fmt::format("{}: an end is not among the nodes; skipped", where));
            continue;
        }
        out.graph.edges.push_back(std::move(edge));
    }
    out.graph.normalize();
    return out;
}

}  // namespace

std::string graphml(const GraphData& g) {
    std::set<std::string> node_keys{"kind", "label"}, edge_keys{"relation"};
    for (const Node& n : g.nodes)
        for (const auto& [k, v] : n.attrs) node_keys.insert(k);
    std::vector<std::map<std::string, std::string>> edge_attrs;
    for (const Edge& e : g.edges)
        for (const auto& [k, v] : edge_attrs.emplace_back(edge_attributes(e))) edge_keys.insert(k);
    std::string out =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
        "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
        "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
        "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
    std::map<std::string, std::string> nid, eid;
    std::size_t i = 0;
    for (const std::string& k : node_keys) {
        nid[k] = fmt::format("n{}", i++);
        out += fmt::format("  <key id=\"{}\" for=\"node\" attr.name=\"{}\" attr.type=\"{}\"/>\n", nid[k], xml_escape(k),
                           numeric_attr(k) ? "int" : "string");
    }
    i = 0;
    for (const std::string& k : edge_keys) {
        eid[k] = fmt::format("e{}", i++);
        out += fmt::format("  <key id=\"{}\" for=\"edge\" attr.name=\"{}\" attr.type=\"{}\"/>\n", eid[k], xml_escape(k),
                           numeric_attr(k) ? "int" : "string");
    }
    out += "  <graph id=\"claimgraph\" edgedefault=\"directed\">\n";
    for (const Node& n : g.nodes) {
        out += fmt::format("    <node id=\"{}\">\n", xml_escape(n.id));
        out += fmt::format("      <data key=\"{}\">{}</data>\n", nid["kind"], to_string(n.kind));
        out += fmt::format("      <data key=\"{}\">{}</data>\n", nid["label"], xml_escape(n.label));
        for (const auto& [k, v] : n.attrs)
            out += fmt::format("      <data key=\"{}\">{}</data>\n", nid[k], xml_escape(v));
        out += "    </node>\n";
    }
    i = 0;
    for (const Edge& e : g.edges) {
        out += fmt::format("    <edge id=\"r{}\" source=\"{}\" target=\"{}\">\n", ++i, xml_escape(e.from),
                           xml_escape(e.to));
        out += fmt::format("      <data key=\"{}\">{}</data>\n", eid["relation"], to_string(e.relation));
        for (const auto& [k, v] : edge_attrs[i - 1])
            out += fmt::format("      <data key=\"{}\">{}</data>\n", eid[k], xml_escape(v));
        out += "    </edge>\n";
    }
    return out + "  </graph>\n</graphml>\n";
}

std::string claimreview(const GraphData& g, bool reviewed_only) {
    std::map<std::string, std::vector<const Node*>> carriers, speakers;
    for (const Edge& e : g.edges) {
        const Node* from = g.find(e.from);
        const Node* to = g.find(e.to);
        if (!from || !to) continue;
        if (e.relation == Relation::reports && from->kind == NodeKind::document && to->kind == NodeKind::statement)
            carriers[to->id].push_back(from);
        if (e.relation == Relation::attributes && from->kind == NodeKind::statement && to->kind == NodeKind::source)
            speakers[from->id].push_back(to);
    }
    const auto work = [](const Node& d) {
        Json w{{"@type", "CreativeWork"}, {"identifier", d.id}};
        if (auto t = d.attrs.find("title"); t != d.attrs.end()) w["headline"] = t->second;
        if (auto u = d.attrs.find("url"); u != d.attrs.end()) w["url"] = u->second;
        if (auto dt = d.attrs.find("date"); dt != d.attrs.end()) w["datePublished"] = dt->second;
        if (auto o = d.attrs.find("outlet"); o != d.attrs.end())
            w["publisher"] = Json{{"@type", "Organization"}, {"name", o->second}};
        return w;
    };
    Json reviews = Json::array();
    for (const Node& n : g.nodes) {
        if (n.kind != NodeKind::statement) continue;
        const std::string verdict = attr_value(n.attrs, "verdict");
        if (reviewed_only && verdict.empty()) continue;
        Json claim{{"@type", "Claim"}, {"identifier", n.id}, {"text", attr_value(n.attrs, "text")}};
        auto& who = speakers[n.id];
        std::sort(who.begin(), who.end(), [](const Node* a, const Node* b) { return a->id < b->id; });
        who.erase(std::unique(who.begin(), who.end()), who.end());
        if (!who.empty()) {
            const Node& s = *who.front();
            const std::string type = attr_value(s.attrs, "type");
            claim["author"] = Json{{"@type", type == "person" ? "Person" : "Organization"},
                                   {"name", attr_value(s.attrs, "name")},
                                   {"identifier", s.id}};
        }
        auto& docs = carriers[n.id];
        std::sort(docs.begin(), docs.end(), [](const Node* a, const Node* b) { return a->id < b->id; });
        docs.erase(std::unique(docs.begin(), docs.end()), docs.end());
        Json appearance = Json::array();
        std::vector<graph::DatedDocument> dated;
        for (const Node* d : docs) {
            appearance.push_back(work(*d));
            const std::string date = attr_value(d->attrs, "date");
            dated.push_back({d->id, date.empty() ? std::nullopt : std::optional(date)});
        }
        claim["appearance"] = appearance;
        if (auto first = graph::first_appearance(dated)) claim["firstAppearance"] = work(*g.find(first->document));
        if (auto d = n.attrs.find("date"); d != n.attrs.end()) claim["datePublished"] = d->second;
        Json review{{"@type", "ClaimReview"}, {"claimReviewed", attr_value(n.attrs, "text")}, {"itemReviewed", claim}};
        if (const auto rating = rating_from_word(verdict)) {
            Json r{{"@type", "Rating"}, {"alternateName", rating->name}, {"name", rating->name}};
            if (rating->value > 0) {
                r["ratingValue"] = rating->value;
                r["bestRating"] = kBestRating;
                r["worstRating"] = kWorstRating;
            }
            review["reviewRating"] = r;
            if (const std::string url = attr_value(n.attrs, "verdict_url"); !url.empty()) review["url"] = url;
            if (const std::string by = attr_value(n.attrs, "verdict_by"); !by.empty())
                review["author"] = Json{{"@type", "Organization"}, {"name", by}};
            if (const std::string date = attr_value(n.attrs, "verdict_date"); !date.empty())
                review["datePublished"] = date;
            if (const std::string note = attr_value(n.attrs, "verdict_note"); !note.empty())
                review["reviewBody"] = note;
        }
        reviews.push_back(review);
    }
    Json doc{{"@context", "https://schema.org"}, {"@graph", reviews}};
    return doc.dump(1) + "\n";
}

std::string graph_json(const GraphData& g) {
    Json j;
    j["format"] = "claimgraph";
    j["version"] = 1;
    auto nodes = Json::array();
    for (const Node& n : g.nodes) {
        Json nj{{"id", n.id}, {"kind", to_string(n.kind)}, {"label", n.label}};
        nj["attrs"] = n.attrs;
        nodes.push_back(nj);
    }
    auto edges = Json::array();
    for (const Edge& e : g.edges) {
        Json ej{{"from", e.from}, {"to", e.to}, {"relation", to_string(e.relation)}};
        ej["attrs"] = edge_attributes(e);
        edges.push_back(ej);
    }
    j["nodes"] = nodes;
    j["edges"] = edges;
    return j.dump(1) + "\n";
}

Imported read_json(std::string_view text) {
    const nlohmann::json j = parse(text, "a claimgraph JSON dump or PROV-JSON");
    if (!j.is_object()) throw Error("neither a claimgraph JSON dump nor PROV-JSON (not a JSON object)");
    if (j.contains("format")) {
        if (j["format"] != "claimgraph") throw Error("not a claimgraph JSON dump (\"format\" is not \"claimgraph\")");
        return read_graph_json(j);
    }
    if (j.contains("entity") || j.contains("agent") || j.contains("prefix") || j.contains("activity"))
        return read_prov_json(j);
    throw Error("neither a claimgraph JSON dump (no \"format\") nor PROV-JSON (no entity, agent or prefix)");
}

}  // namespace claimgraph::interchange
