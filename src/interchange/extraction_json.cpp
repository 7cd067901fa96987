#include "interchange/extraction_json.h"

#include <fmt/format.h>

#include "util/json_writer.h"
#include "util/text.h"

namespace claimgraph::interchange {

namespace {

void span_json(json::Writer& w, const std::optional<Span>& s) {
    if (!s) {
        w.null();
        return;
    }
    w.begin_array().value(s->start).value(s->end).end_array();
}

void source_json(json::Writer& w, const std::optional<SourceMention>& m) {
    if (!m) {
        w.null();
        return;
    }
    w.begin_object();
    if (m->span)
        w.member("text", m->text).member("start", m->span->start).member("end", m->span->end);
    else
        w.key("text").null().key("start").null().key("end").null();
    w.member("name", m->name).member("type", to_string(m->type));
    w.key("role");
    m->role.empty() ? w.null() : w.value(m->role);
    w.key("organization");
    m->organization.empty() ? w.null() : w.value(m->organization);
    w.key("resolved_from");
    span_json(w, m->resolved_from);
    w.end_object();
}

void statement_json(json::Writer& w, const Attribution& a) {
    w.begin_object().member("id", statement_id(a)).member("kind", to_string(a.kind));
    w.key("content").begin_object().member("text", a.content_text);
    w.member("start", a.covering().start).member("end", a.covering().end);
    if (a.content.size() > 1) {
        w.key("spans").begin_array();
        for (const Span& s : a.content) w.begin_array().value(s.start).value(s.end).end_array();
        w.end_array();
    }
    w.end_object();
    w.key("cue");
    if (a.cue)
        w.begin_object()
            .member("text", a.cue->text)
            .member("start", a.cue->span.start)
            .member("end", a.cue->span.end)
            .member("lemma", a.cue->lemma)
            .member("class", a.cue->cls)
            .end_object();
    else
        w.null();
    w.key("source");
    source_json(w, a.source);
    w.member("evidence", a.evidence);
    w.key("confidence");
    if (a.confidence >= 0)
        w.fixed(a.confidence, 2);
    else
        w.null();
    w.key("via").begin_array();
    for (const Via& v : a.via)
        w.begin_object()
            .member("name", v.name)
            .member("type", to_string(v.type))
            .member("start", v.span.start)
            .member("end", v.span.end)
            .end_object();
    w.end_array();
    w.key("figures").begin_array();
    for (const Figure& f : a.figures)
        w.begin_object()
            .member("measure", f.measure)
            .member("value", f.value)
            .member("qualifier", f.qualifier)
            .member("text", f.text)
            .member("start", f.span.start)
            .member("end", f.span.end)
            .end_object();
    w.end_array();
    w.end_object();
}

}  // namespace

void append_extraction_json(std::string& out, const Extraction& ex) {
    const Document& d = ex.document;
    json::Writer w(out);
    w.begin_object().key("document").begin_object();
    w.member("path", d.path).member("id", d.id());
    w.member("title", d.title).member("outlet", d.outlet).member("date", d.date).member("url", d.url);
    w.key("provenance").begin_array();
    for (const ProvenanceMark& p : ex.provenance)
        w.begin_object()
            .member("kind", p.kind)
            .member("text", p.text)
            .member("start", p.span.start)
            .member("end", p.span.end)
            .member("agency", p.agency)
            .end_object();
    w.end_array();
    // offsets into a page or a batch line refer to the text read from it: give that text
    if (d.format != "text") w.member("format", d.format).member("text", d.text);
    w.end_object();
    w.key("statements").begin_array();
    for (const Attribution& a : ex.statements) statement_json(w, a);
    w.end_array().end_object();
}

std::string extraction_to_text(const Extraction& ex) {
    // every line as a terminal should show it: article text is not a control sequence
    const auto line = [](const std::string& s) { return text::printable(s) + "\n"; };
    std::string out = line(fmt::format("{}: {} statement{}", ex.document.path, ex.statements.size(),
                                       ex.statements.size() == 1 ? "" : "s"));
    for (const ProvenanceMark& p : ex.provenance)
        out += line(fmt::format("  provenance {}: {}{}", p.kind, p.text, p.agency ? " (" + *p.agency + ")" : ""));
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
        out += line(fmt::format("  {:>2}. [{}] {} — {} @{}-{}", ++n, to_string(a.kind), who, cue, a.covering().start,
                                a.covering().end));
        out += line(fmt::format("      {}", text::truncate(a.content_text, 400)));
        for (const Via& v : a.via) out += line(fmt::format("      via {} ({})", v.name, to_string(v.type)));
        for (const Figure& f : a.figures)
            out += line(
                fmt::format("      figure {}={}{}", f.measure, f.value, f.qualifier ? " (" + *f.qualifier + ")" : ""));
    }
    return out;
}

}  // namespace claimgraph::interchange
