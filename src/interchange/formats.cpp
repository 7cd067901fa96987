#include "interchange/formats.h"

#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "graph/provenance_graph.h"
#include "util/error.h"
#include "util/json_read.h"
#include "util/text.h"

namespace claimgraph::interchange {

namespace {

using Json = nlohmann::ordered_json;

bool numeric_attr(const std::string& key) { return key == "start" || key == "end" || key == "cue_start" || key == "cue_end"; }


// A node id as the local part of a PROV qualified name: letters, digits, '_', '-' and '.'
// stay, anything else is %XX.
std::string local_name(const std::string& id) {
    std::string out;
    for (unsigned char c : id) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.')
            out += static_cast<char>(c);
        else
            out += fmt::format("%{:02X}", c);
    }
    return out;
}

std::string decode_local(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size()) {
            const std::string hex(s.substr(i + 1, 2));
            char* end = nullptr;
            const long v = std::strtol(hex.c_str(), &end, 16);
            if (end == hex.c_str() + 2) {
                out += static_cast<char>(v);
                i += 2;
                continue;
            }
        }
        out += s[i];
    }
    return out;
}

std::string qname(const std::string& id) { return "cg:" + local_name(id); }

const char* agent_type(const std::string& type) {
    if (type == "person") return "prov:Person";
    if (type == "organization" || type == "agency" || type == "outlet") return "prov:Organization";
    return nullptr;  // collective and anonymous sources are agents of no finer kind
}

// How a claimgraph edge reads in PROV: the relation, its two roles, and its prov:type.
struct ProvRelation {
    const char* relation;
    const char* first;
    const char* second;
    std::string type;  ///< "" for none
};

ProvRelation prov_relation(const Edge& e, const GraphData& g) {
    const Node* from = g.find(e.from);
    const Node* to = g.find(e.to);
    const NodeKind fk = from ? from->kind : NodeKind::document, tk = to ? to->kind : NodeKind::document;
    if (e.relation == Relation::attributes) {
        if (fk == NodeKind::source) return {"actedOnBehalfOf", "prov:delegate", "prov:responsible", ""};
        return {"wasAttributedTo", "prov:entity", "prov:agent", ""};
    }
    if (e.relation == Relation::reports && fk == NodeKind::document && tk != NodeKind::source) {
        const bool direct = tk == NodeKind::statement && to && attr_value(to->attrs, "form") == "direct";
        return {"wasDerivedFrom", "prov:generatedEntity", "prov:usedEntity", direct ? "prov:Quotation" : ""};
    }
    return {"wasInfluencedBy", "prov:influencee", "prov:influencer",
            e.relation == Relation::disputes ? "cg:disputes" : "cg:reports"};
}

Json typed(const std::string& qualified) { return Json{{"$", qualified}, {"type", "prov:QUALIFIED_NAME"}}; }

Json value_of(const std::string& key, const std::string& v) {
    if (numeric_attr(key)) {
        try {
            std::size_t used = 0;
            const long long n = std::stoll(v, &used);
            if (used == v.size()) return n;
        } catch (const std::exception&) {
        }
    }
    return v;
}

// The PROV records of the graph, in one order for both serialisations.
struct ProvRecord {
    std::string kind;  ///< entity, agent, or a relation name
    std::string id;
    std::vector<std::pair<std::string, Json>> attrs;  ///< roles first, then attributes, in order
};

std::vector<ProvRecord> prov_records(const GraphData& g) {
    std::vector<ProvRecord> out;
    for (const Node& n : g.nodes) {
        ProvRecord r{n.kind == NodeKind::source ? "agent" : "entity", qname(n.id), {}};
        switch (n.kind) {
            case NodeKind::document: r.attrs.emplace_back("prov:type", typed("cg:Document")); break;
            case NodeKind::statement:
                r.attrs.emplace_back("prov:type", typed("cg:Statement"));
                r.attrs.emplace_back("prov:value", attr_value(n.attrs, "text"));
                break;
            case NodeKind::source:
                if (const char* t = agent_type(attr_value(n.attrs, "type"))) r.attrs.emplace_back("prov:type", typed(t));
                r.attrs.emplace_back("prov:label", attr_value(n.attrs, "name"));
                break;
        }
        for (const auto& [k, v] : n.attrs)
            if (!(n.kind == NodeKind::statement && k == "text")) r.attrs.emplace_back("cg:" + k, value_of(k, v));
        out.push_back(std::move(r));
    }
    std::size_t i = 0;
    for (const Edge& e : g.edges) {
        const ProvRelation pr = prov_relation(e, g);
        ProvRecord r{pr.relation, fmt::format("_:r{}", ++i), {}};
        r.attrs.emplace_back(pr.first, qname(e.from));
        r.attrs.emplace_back(pr.second, qname(e.to));
        if (!pr.type.empty()) r.attrs.emplace_back("prov:type", typed(pr.type));
        for (const auto& [k, v] : e.attrs) r.attrs.emplace_back("cg:" + k, value_of(k, v));
        out.push_back(std::move(r));
    }
    return out;
}

std::string provn_string(const std::string& s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += c;
    }
    return out + "\"";
}

std::string provn_value(const Json& v) {
    if (v.is_object()) return "'" + v["$"].get<std::string>() + "'";
    if (v.is_number_integer()) return fmt::format("\"{}\" %% xsd:int", v.get<long long>());
    return provn_string(v.get<std::string>());
}

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
                if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') out += ' ';
                else out += static_cast<char>(c);
        }
    }
    return out;
}

}  // namespace

std::string prov_json(const GraphData& g) {
    Json doc;
    doc["prefix"] = Json{{"cg", kNamespace}};
    std::map<std::string, Json> sections;
    const std::vector<ProvRecord> records = prov_records(g);
    std::vector<std::string> order;
    for (const ProvRecord& r : records) {
        if (!sections.count(r.kind)) order.push_back(r.kind);
        Json body = Json::object();
        for (const auto& [k, v] : r.attrs) body[k] = v;
        sections[r.kind][r.id] = body;
    }
    for (const char* kind : {"entity", "agent", "wasDerivedFrom", "wasAttributedTo", "actedOnBehalfOf", "wasInfluencedBy"})
        if (sections.count(kind)) doc[kind] = sections[kind];
    return doc.dump(1) + "\n";
}

std::string prov_n(const GraphData& g) {
    std::string out = fmt::format("document\n  prefix cg <{}>\n\n", kNamespace);
    for (const ProvRecord& r : prov_records(g)) {
        std::vector<std::string> attrs;
        std::vector<std::string> roles;
        for (const auto& [k, v] : r.attrs) {
            if (k == "prov:entity" || k == "prov:agent" || k == "prov:delegate" || k == "prov:responsible" ||
                k == "prov:generatedEntity" || k == "prov:usedEntity" || k == "prov:influencee" || k == "prov:influencer")
                roles.push_back(v.get<std::string>());
            else
                attrs.push_back(k + "=" + provn_value(v));
        }
        const std::string list = attrs.empty() ? "" : ", [" + text::join(attrs, ", ") + "]";
        if (r.kind == "entity" || r.kind == "agent") {
            out += fmt::format("  {}({}{})\n", r.kind, r.id, list);
        } else if (r.kind == "wasDerivedFrom") {
            out += fmt::format("  wasDerivedFrom({}; {}, {}, -, -, -{})\n", r.id, roles[0], roles[1], list);
        } else if (r.kind == "actedOnBehalfOf") {
            out += fmt::format("  actedOnBehalfOf({}; {}, {}, -{})\n", r.id, roles[0], roles[1], list);
        } else {
            out += fmt::format("  {}({}; {}, {}{})\n", r.kind, r.id, roles[0], roles[1], list);
        }
    }
    return out + "endDocument\n";
}

std::string graphml(const GraphData& g) {
    std::set<std::string> node_keys{"kind", "label"}, edge_keys{"relation"};
    for (const Node& n : g.nodes)
        for (const auto& [k, v] : n.attrs) node_keys.insert(k);
    for (const Edge& e : g.edges)
        for (const auto& [k, v] : e.attrs) edge_keys.insert(k);
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
        for (const auto& [k, v] : n.attrs) out += fmt::format("      <data key=\"{}\">{}</data>\n", nid[k], xml_escape(v));
        out += "    </node>\n";
    }
    i = 0;
    for (const Edge& e : g.edges) {
        out += fmt::format("    <edge id=\"r{}\" source=\"{}\" target=\"{}\">\n", ++i, xml_escape(e.from), xml_escape(e.to));
        out += fmt::format("      <data key=\"{}\">{}</data>\n", eid["relation"], to_string(e.relation));
        for (const auto& [k, v] : e.attrs) out += fmt::format("      <data key=\"{}\">{}</data>\n", eid[k], xml_escape(v));
        out += "    </edge>\n";
    }
    return out + "  </graph>\n</graphml>\n";
}

std::string claimreview(const GraphData& g) {
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
        if (auto first = graph::first_appearance(dated))
            claim["firstAppearance"] = work(*g.find(first->document));
        if (auto d = n.attrs.find("date"); d != n.attrs.end()) claim["datePublished"] = d->second;
        reviews.push_back(Json{{"@type", "ClaimReview"}, {"claimReviewed", attr_value(n.attrs, "text")}, {"itemReviewed", claim}});
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
        ej["attrs"] = e.attrs;
        edges.push_back(ej);
    }
    j["nodes"] = nodes;
    j["edges"] = edges;
    return j.dump(1) + "\n";
}

namespace {

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
        if (!n.is_object() || !n.contains("id") || !n["id"].is_string() || !n.contains("kind") || !n["kind"].is_string())
            throw Error(where + ": needs a string 'id' and 'kind'");
        const auto kind = node_kind_from_string(n["kind"].get<std::string>());
        if (!kind) throw Error(fmt::format("{}: unknown kind '{}'", where, n["kind"].get<std::string>()));
        Node node{n["id"].get<std::string>(), *kind, "", string_attrs(n.value("attrs", nlohmann::json::object()), where)};
        node.label = node_label(node.kind, node.attrs);
        out.graph.nodes.push_back(std::move(node));
    }
    out.graph.normalize();
    i = 0;
    for (const auto& e : j["edges"]) {
        const std::string where = fmt::format("edges[{}]", i++);
        if (!e.is_object() || !e.contains("from") || !e["from"].is_string() || !e.contains("to") || !e["to"].is_string() ||
            !e.contains("relation") || !e["relation"].is_string())
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

// A PROV-JSON attribute value: a string, a number, {"$": …, "type": …}, or a list of those
// (the first is taken).
std::string prov_value(const nlohmann::json& v) {
    if (v.is_array()) return v.empty() ? std::string() : prov_value(v.front());
    if (v.is_object()) return v.contains("$") ? prov_value(v["$"]) : std::string();
    if (v.is_string()) return v.get<std::string>();
    if (v.is_number_integer()) return std::to_string(v.get<long long>());
    if (v.is_number()) return fmt::format("{}", v.get<double>());
    if (v.is_boolean()) return v.get<bool>() ? "true" : "false";
    return {};
}

Imported read_prov_json(const nlohmann::json& j) {
    Imported out;
    // the prefix our namespace goes by in this document
    std::string cg = "cg";
    if (j.contains("prefix") && j["prefix"].is_object())
        for (const auto& [p, uri] : j["prefix"].items())
            if (uri.is_string() && uri.get<std::string>() == kNamespace) cg = p;
    const std::string ours = cg + ":";
    const auto id_of = [&](const std::string& qualified) {
        return qualified.starts_with(ours) ? decode_local(std::string_view(qualified).substr(ours.size())) : qualified;
    };
    std::map<std::string, std::size_t> ignored;  // attribute names that did not fit → how often
    const auto read_attrs = [&](const nlohmann::json& body, std::map<std::string, std::string>& attrs,
                                const std::set<std::string>& handled) {
        for (const auto& [k, v] : body.items()) {
            if (handled.count(k)) continue;
            if (k.starts_with(ours)) attrs[k.substr(ours.size())] = prov_value(v);
            else ++ignored[k];
        }
    };
    for (const char* section : {"entity", "agent"}) {
        if (!j.contains(section)) continue;
        for (const auto& [qid, body] : j[section].items()) {
            if (!body.is_object()) continue;
            Node n{id_of(qid), NodeKind::document, "", {}};
            const std::string type = body.contains("prov:type") ? prov_value(body["prov:type"]) : "";
            if (std::string(section) == "agent") {
                n.kind = NodeKind::source;
                read_attrs(body, n.attrs, {"prov:type", "prov:label"});
                if (!n.attrs.count("type"))
                    n.attrs["type"] = type == "prov:Person" ? "person" : type == "prov:Organization" ? "organization" : "anonymous";
                if (!n.attrs.count("name")) {
                    const std::string label = body.contains("prov:label") ? prov_value(body["prov:label"]) : "";
                    n.attrs["name"] = label.empty() ? n.id : label;
                }
            } else {
                const bool statement = type == ours + "Statement" || (type != ours + "Document" && body.contains("prov:value"));
                n.kind = statement ? NodeKind::statement : NodeKind::document;
                read_attrs(body, n.attrs, {"prov:type", "prov:value"});
                if (statement) {
                    n.attrs["text"] = body.contains("prov:value") ? prov_value(body["prov:value"]) : "";
                    if (n.attrs["text"].empty()) {
                        out.warnings.push_back(fmt::format("entity '{}': a statement without prov:value; skipped", qid));
                        continue;
                    }
                } else if (!n.attrs.count("title") && body.contains("prov:label")) {
                    n.attrs["title"] = prov_value(body["prov:label"]);
                    --ignored["prov:label"];
                }
            }
            n.label = node_label(n.kind, n.attrs);
            out.graph.nodes.push_back(std::move(n));
        }
    }
    out.graph.normalize();
    struct Mapping {
        const char* first;
        const char* second;
    };
    const std::map<std::string, Mapping> relations{{"wasAttributedTo", {"prov:entity", "prov:agent"}},
                                                   {"actedOnBehalfOf", {"prov:delegate", "prov:responsible"}},
                                                   {"wasDerivedFrom", {"prov:generatedEntity", "prov:usedEntity"}},
                                                   {"wasInfluencedBy", {"prov:influencee", "prov:influencer"}}};
    for (const auto& [section, body] : j.items()) {
        if (section == "prefix" || section == "entity" || section == "agent") continue;
        auto m = relations.find(section);
        if (m == relations.end()) {
            out.warnings.push_back(fmt::format("'{}' ({} record{}): no claimgraph equivalent; skipped", section,
                                               body.size(), body.size() == 1 ? "" : "s"));
            continue;
        }
        for (const auto& [rid, r] : body.items()) {
            if (!r.is_object() || !r.contains(m->second.first) || !r.contains(m->second.second)) {
                out.warnings.push_back(fmt::format("{} '{}': without both ends; skipped", section, rid));
                continue;
            }
            Edge e{id_of(prov_value(r[m->second.first])), id_of(prov_value(r[m->second.second])), Relation::reports, {}};
            const std::string type = r.contains("prov:type") ? prov_value(r["prov:type"]) : "";
            if (section == "wasAttributedTo" || section == "actedOnBehalfOf") e.relation = Relation::attributes;
            else if (section == "wasInfluencedBy" && type == ours + "disputes") e.relation = Relation::disputes;
            else if (section == "wasInfluencedBy" && type != ours + "reports")
                out.warnings.push_back(fmt::format("wasInfluencedBy '{}' without a claimgraph type: read as reports", rid));
            read_attrs(r, e.attrs, {m->second.first, m->second.second, "prov:type"});
            const Node* from = out.graph.find(e.from);
            const Node* to = out.graph.find(e.to);
            if (!from || !to) {
                out.warnings.push_back(fmt::format("{} '{}': an end is not an entity or agent of the document; skipped",
                                                   section, rid));
                continue;
            }
            out.graph.edges.push_back(std::move(e));
        }
    }
    for (const auto& [k, n] : ignored)
        if (n > 0) out.warnings.push_back(fmt::format("attribute '{}' ({}×): no claimgraph equivalent; dropped", k, n));
    out.graph.normalize();
    return out;
}

}  // namespace

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
