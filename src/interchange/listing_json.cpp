#include "interchange/listing_json.h"

#include <string>
#include <string_view>

#include "resolve/identity.h"

namespace claimgraph::interchange {

namespace {

template <typename T>
Json optional_json(const std::optional<T>& v) {
    return v ? Json(*v) : Json(nullptr);
}

}  // namespace

Json first_appearance_json(const std::optional<graph::FirstAppearance>& fa) {
    if (!fa) return nullptr;
    auto candidates = Json::array();
    for (const graph::DatedDocument& d : fa->candidates)
        candidates.push_back({{"document", d.id}, {"date", optional_json(d.date)}});
    return {{"document", fa->document}, {"date", fa->date}, {"candidates", candidates}};
}

std::optional<graph::FirstAppearance> first_appearance_of(const ClaimRow& c) {
    std::vector<graph::DatedDocument> docs;
    for (const ClaimDocument& d : c.documents) docs.push_back({d.id, d.date});
    return graph::first_appearance(docs);
}

std::optional<double> confidence_of(const ClaimRow& c) {
    std::optional<double> out;
    for (const ClaimDocument& d : c.documents)
        if (d.confidence && (!out || *d.confidence > *out)) out = d.confidence;
    return out;
}

std::size_t independent_origins_of(const ClaimRow& c, const graph::OriginIndex& links) {
    std::vector<std::string_view> docs;
    docs.reserve(c.documents.size());
    for (const ClaimDocument& d : c.documents) docs.emplace_back(d.id);
    return links.independent_origins(docs);
}

Json claim_json(const ClaimRow& c, std::size_t independent_origins) {
    Json j;
    j["id"] = c.id;
    j["text"] = c.text;
    j["kind"] = to_string(c.kind);
    j["cue"] = c.cue;
    j["source"] = c.source_id ? Json{{"id", *c.source_id}, {"name", c.source_name.value_or("")}} : Json(nullptr);
    if (c.source_id && c.presumed)
        j["source"]["presumed"] = {{"from", {{"id", c.presumed->id}, {"name", c.presumed->name}}},
                                   {"basis", c.presumed->basis}};
    auto figures = Json::array();
    for (const Figure& f : c.figures)
        figures.push_back(
            {{"measure", f.measure}, {"value", f.value}, {"qualifier", optional_json(f.qualifier)}, {"text", f.text}});
    j["figures"] = figures;
    auto docs = Json::array();
    for (const ClaimDocument& d : c.documents)
        docs.push_back({{"id", d.id},
                        {"outlet", optional_json(d.outlet)},
                        {"date", optional_json(d.date)},
                        {"start", optional_json(d.start)},
                        {"end", optional_json(d.end)},
                        {"text", d.text},
                        {"match", d.match.empty() ? Json(nullptr) : Json(d.match)},
                        {"confirmed", d.confirmed},
                        {"confidence", optional_json(d.confidence)}});
    j["confidence"] = optional_json(confidence_of(c));
    j["documents"] = docs;
    j["first_appearance"] = first_appearance_json(first_appearance_of(c));
    j["independent_origins"] = independent_origins;
    return j;
}

namespace {

// What every source's JSON opens with: id, name, type, role, aliases.
Json source_head(const SourceRow& s) {
    Json j;
    j["id"] = s.id;
    j["name"] = s.name;
    j["type"] = to_string(s.type);
    j["role"] = s.role.empty() ? Json(nullptr) : Json(s.role);
    j["aliases"] = s.aliases;
    j["presumed"] = s.presumed ? Json{{"id", s.presumed->id}, {"name", s.presumed->name}, {"basis", s.presumed->basis}}
                               : Json(nullptr);
    return j;
}

}  // namespace

Json source_json(const SourceRow& s) {
    Json j = source_head(s);
    j["speaks_for"] = optional_json(s.speaks_for);
    j["documents"] = s.documents;
    j["statements"] = s.statements;
    return j;
}

Json source_detail_json(const SourceRow& s, const std::vector<SourceMentionRow>& mentions) {
    Json j = source_head(s);
    auto list = Json::array();
    for (const SourceMentionRow& m : mentions) {
        auto steps = Json::array();
        for (const auto& st : resolve::identity::steps(m.identity))
            steps.push_back({{"basis", st.basis}, {"evidence", st.evidence.empty() ? Json(nullptr) : Json(st.evidence)}});
        list.push_back({{"document", m.document},
                        {"outlet", optional_json(m.outlet)},
                        {"date", optional_json(m.date)},
                        {"statement", m.statement},
                        {"start", optional_json(m.start)},
                        {"end", optional_json(m.end)},
                        {"words", m.words},
                        {"identity", steps}});
    }
    j["mentions"] = list;
    return j;
}

namespace {

Json side_json(const DisputeSide& s) {
    Json j;
    j["id"] = s.id;
    j["text"] = s.text;
    j["source"] = s.source_id ? Json{{"id", *s.source_id}, {"name", s.source_name.value_or("")}} : Json(nullptr);
    j["date"] = optional_json(s.date);
    j["value"] = optional_json(s.value);
    return j;
}

}  // namespace

Json dispute_json(const DisputeRow& d) {
    Json j;
    j["basis"] = d.basis;
    j["measure"] = optional_json(d.measure);
    j["from"] = side_json(d.from);
    j["to"] = side_json(d.to);
    j["confirmed"] = d.confirmed;
    return j;
}

Json document_json(const DocumentRow& d) {
    return Json{{"id", d.id},
                {"path", d.path},
                {"title", optional_json(d.title)},
                {"outlet", optional_json(d.outlet)},
                {"date", optional_json(d.date)},
                {"url", optional_json(d.url)},
                {"bytes", d.bytes},
                {"statements", d.statements}};
}

Json timeline_json(const graph::Timeline& t) {
    Json j;
    j["measure"] = t.measure;
    j["first_date"] = t.points.empty() ? Json(nullptr) : optional_json(t.points.front().date);
    j["sources"] = t.sources;
    j["revisions"] = t.revisions;
    auto points = Json::array();
    for (const graph::TimelinePoint& p : t.points)
        points.push_back(
            {{"date", optional_json(p.date)},
             {"source", p.source_id.empty() ? Json(nullptr) : Json{{"id", p.source_id}, {"name", p.source_name}}},
             {"value", p.value},
             {"qualifier", optional_json(p.qualifier)},
             {"statement", p.statement},
             {"text", p.text},
             {"revised_from", optional_json(p.revised_from)}});
    j["points"] = points;
    return j;
}

Json trace_json(const graph::TraceResult& t) {
    Json j;
    j["root"] = t.root;
    auto nodes = Json::array();
    for (const Node& n : t.graph.nodes) {
        Json nj{{"id", n.id}, {"kind", to_string(n.kind)}, {"label", n.label}};
        // whom a surname, office or short name alone presumably is (resolve/presumed.h)
        if (const auto p = n.attrs.find("presumably_id"); p != n.attrs.end())
            nj["presumed"] = {{"id", p->second}, {"name", n.attrs.at("presumably")}, {"basis", n.attrs.at("presumably_basis")}};
        nodes.push_back(std::move(nj));
    }
    j["nodes"] = nodes;
    auto edges = Json::array();
    for (const Edge& e : t.graph.edges) {
        Json ej{{"from", e.from}, {"to", e.to}, {"relation", to_string(e.relation)}};
        if (!e.document.empty()) ej["document"] = e.document;
        if (!e.basis.empty()) ej["basis"] = e.basis;
        edges.push_back(ej);
    }
    j["edges"] = edges;
    j["origins"] = t.origins;
    j["independent_origins"] = t.independent_origins;
    j["documents"] = t.documents;
    j["first_appearance"] = first_appearance_json(t.first_appearance);
    j["cycles"] = t.cycles;
    return j;
}

}  // namespace claimgraph::interchange
