#include "cli/extraction_json.h"

#include <fmt/format.h>

#include "util/text.h"

namespace claimgraph::cli {

using json = nlohmann::ordered_json;

namespace {

json optional_string(const std::optional<std::string>& s) { return s ? json(*s) : json(nullptr); }

json span_json(const std::optional<Span>& s) {
    if (!s) return nullptr;
    return json::array({s->start, s->end});
}

json source_json(const std::optional<SourceMention>& m) {
    if (!m) return nullptr;
    json j;
    j["text"] = m->span ? json(m->text) : json(nullptr);
    j["start"] = m->span ? json(m->span->start) : json(nullptr);
    j["end"] = m->span ? json(m->span->end) : json(nullptr);
    j["name"] = m->name;
    j["type"] = to_string(m->type);
    j["role"] = m->role.empty() ? json(nullptr) : json(m->role);
    j["organization"] = m->organization.empty() ? json(nullptr) : json(m->organization);
    j["resolved_from"] = span_json(m->resolved_from);
    return j;
}

json statement_json(const Attribution& a) {
    json j;
    j["id"] = statement_id(a);
    j["kind"] = to_string(a.kind);
    json content;
    content["text"] = a.content_text;
    content["start"] = a.covering().start;
    content["end"] = a.covering().end;
    if (a.content.size() > 1) {
        json spans = json::array();
        for (const Span& s : a.content) spans.push_back(json::array({s.start, s.end}));
        content["spans"] = std::move(spans);
    }
    j["content"] = std::move(content);
    if (a.cue) {
        j["cue"] = {{"text", a.cue->text}, {"start", a.cue->span.start}, {"end", a.cue->span.end},
                    {"lemma", a.cue->lemma}};
    } else {
        j["cue"] = nullptr;
    }
    j["source"] = source_json(a.source);
    json via = json::array();
    for (const Via& v : a.via)
        via.push_back({{"name", v.name}, {"type", to_string(v.type)}, {"start", v.span.start}, {"end", v.span.end}});
    j["via"] = std::move(via);
    json figures = json::array();
    for (const Figure& f : a.figures)
        figures.push_back({{"measure", f.measure}, {"value", f.value}, {"qualifier", optional_string(f.qualifier)},
                           {"text", f.text}, {"start", f.span.start}, {"end", f.span.end}});
    j["figures"] = std::move(figures);
    return j;
}

}  // namespace

json extraction_to_json(const Extraction& ex) {
    const Document& d = ex.document;
    json doc;
    doc["path"] = d.path;
    doc["id"] = d.id();
    doc["title"] = optional_string(d.title);
    doc["outlet"] = optional_string(d.outlet);
    doc["date"] = optional_string(d.date);
    doc["url"] = optional_string(d.url);
    json prov = json::array();
    for (const ProvenanceMark& p : ex.provenance)
        prov.push_back({{"kind", p.kind}, {"text", p.text}, {"start", p.span.start}, {"end", p.span.end},
                        {"agency", optional_string(p.agency)}});
    doc["provenance"] = std::move(prov);
    // offsets into a page or a batch line refer to the text read from it: give that text
    if (d.format != "text") {
        doc["format"] = d.format;
        doc["text"] = d.text;
    }
    json statements = json::array();
    for (const Attribution& a : ex.statements) statements.push_back(statement_json(a));
    json out = json::object();  // moved in: an initializer list would deep-copy every statement
    out["document"] = std::move(doc);
    out["statements"] = std::move(statements);
    return out;
}

std::string extraction_to_text(const Extraction& ex) {
    std::string out = fmt::format("{}: {} statement{}\n", ex.document.path, ex.statements.size(),
                                  ex.statements.size() == 1 ? "" : "s");
    for (const ProvenanceMark& p : ex.provenance)
        out += fmt::format("  provenance {}: {}{}\n", p.kind, p.text, p.agency ? " (" + *p.agency + ")" : "");
    std::size_t n = 0;
    for (const Attribution& a : ex.statements) {
        std::string who = "(no source)";
        if (a.source) {
            who = a.source->name;
            std::vector<std::string> extra{to_string(a.source->type)};
            if (!a.source->role.empty()) extra.push_back(a.source->role);
            if (!a.source->organization.empty()) extra.push_back("for " + a.source->organization);
            who += " (" + text::join(extra, ", ") + ")";
            if (a.source->resolved_from && a.source->span) who += fmt::format(" ← '{}'", a.source->text);
        }
        const std::string cue = a.cue ? a.cue->text : std::string("—");
        out += fmt::format("  {:>2}. [{}] {} — {} @{}-{}\n", ++n, to_string(a.kind), who, cue,
                           a.covering().start, a.covering().end);
        out += fmt::format("      {}\n", text::truncate(a.content_text, 400));
        for (const Via& v : a.via) out += fmt::format("      via {} ({})\n", v.name, to_string(v.type));
        for (const Figure& f : a.figures)
            out += fmt::format("      figure {}={}{}\n", f.measure, f.value, f.qualifier ? " (" + *f.qualifier + ")" : "");
    }
    return out;
}

}  // namespace claimgraph::cli
