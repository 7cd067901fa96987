// W3C PROV: the graph written as PROV-JSON and PROV-N (entities, agents and the
// relations between them, with claimgraph's attributes in its own namespace), and
// PROV-JSON read back.
#include "interchange/prov.h"

#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>

#include "graph/provenance_graph.h"
#include "util/error.h"
#include "util/text.h"
#include "util/utf8.h"

namespace claimgraph::interchange {

namespace {

using Json = nlohmann::ordered_json;

// A node id as the local part of a PROV qualified name: letters, digits, '_', '-' and '.'
// stay, anything else is %XX.
std::string local_name(const std::string& id) {
    std::string out;
    for (unsigned char c : id) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
            c == '.')
            out += static_cast<char>(c);
        else
            out += fmt::format("%{:02X}", c);
    }
    return out;
}

// A local name with its %XX decoded; as written when the bytes decoded are not UTF-8 (an
// id must be text: a stored id is written out as JSON and looked up through json_each).
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
    if (utf8::first_invalid(out)) return std::string(s);
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
        for (const auto& [k, v] : edge_attributes(e)) r.attrs.emplace_back("cg:" + k, value_of(k, v));
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
    for (const char* kind :
         {"entity", "agent", "wasDerivedFrom", "wasAttributedTo", "actedOnBehalfOf", "wasInfluencedBy"})
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
                k == "prov:generatedEntity" || k == "prov:usedEntity" || k == "prov:influencee" ||
                k == "prov:influencer")
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
            if (k.starts_with(ours))
                attrs[k.substr(ours.size())] = prov_value(v);
            else
                ++ignored[k];
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
                    n.attrs["type"] = type == "prov:Person"         ? "person"
                                      : type == "prov:Organization" ? "organization"
                                                                    : "anonymous";
                if (!n.attrs.count("name")) {
                    const std::string label = body.contains("prov:label") ? prov_value(body["prov:label"]) : "";
                    n.attrs["name"] = label.empty() ? n.id : label;
                }
            } else {
                const bool statement =
                    type == ours + "Statement" || (type != ours + "Document" && body.contains("prov:value"));
                n.kind = statement ? NodeKind::statement : NodeKind::document;
                read_attrs(body, n.attrs, {"prov:type", "prov:value"});
                if (statement) {
                    n.attrs["text"] = body.contains("prov:value") ? prov_value(body["prov:value"]) : "";
                    if (n.attrs["text"].empty()) {
                        out.warnings.push_back(
                            fmt::format("entity '{}': a statement without prov:value; skipped", qid));
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
            Edge e{id_of(prov_value(r[m->second.first])), id_of(prov_value(r[m->second.second])), Relation::reports};
            const std::string type = r.contains("prov:type") ? prov_value(r["prov:type"]) : "";
            if (section == "wasAttributedTo" || section == "actedOnBehalfOf")
                e.relation = Relation::attributes;
            else if (section == "wasInfluencedBy" && type == ours + "disputes")
                e.relation = Relation::disputes;
            else if (section == "wasInfluencedBy" && type != ours + "reports")
                out.warnings.push_back(
                    fmt::format("wasInfluencedBy '{}' without a claimgraph type: read as reports", rid));
            std::map<std::string, std::string> attrs;
            read_attrs(r, attrs, {m->second.first, m->second.second, "prov:type"});
            for (auto& [k, v] : attrs) set_edge_attribute(e, k, std::move(v));
            const Node* from = out.graph.find(e.from);
            const Node* to = out.graph.find(e.to);
            if (!from || !to) {
                out.warnings.push_back(
                    fmt::format("{} '{}': an end is not an entity or agent of the document; skipped", section, rid));
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

}  // namespace claimgraph::interchange
