#include "report/html_parts.h"

#include <fmt/format.h>

#include "report/parts.h"
#include "util/text.h"

namespace claimgraph::report::markup {

namespace {

using parts::esc;

const char* kCss = R"css(
:root { --fg: #1b1b1b; --muted: #5f5f5f; --line: #d9d9d9; --mark: #ffe08a; --accent: #0072B2; --dispute: #D55E00; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: var(--fg); margin: 0; }
header, main { max-width: 1100px; margin: 0 auto; padding: 0 1.2rem; }
header { border-bottom: 1px solid var(--line); padding-top: 1rem; }
h1 { font-size: 1.6rem; margin: .2rem 0; }
h2 { border-bottom: 1px solid var(--line); padding-bottom: .2rem; margin-top: 2.2rem; }
h3 { font-size: 1.05rem; margin-bottom: .3rem; }
nav a { margin-right: 1rem; }
a { color: var(--accent); }
.muted, .meta { color: var(--muted); font-size: .9rem; }
.diagram { overflow-x: auto; border: 1px solid var(--line); border-radius: 6px; padding: .5rem; margin: .6rem 0; }
.diagram svg { max-width: 100%; height: auto; }
table { border-collapse: collapse; width: 100%; margin: .6rem 0; font-size: .92rem; }
th, td { border-bottom: 1px solid var(--line); text-align: left; padding: .3rem .5rem; vertical-align: top; }
mark { background: var(--mark); padding: 0 .1rem; }
.dispute { display: grid; grid-template-columns: 1fr auto 1fr; gap: .8rem; align-items: center;
           border: 1px solid var(--line); border-radius: 6px; padding: .6rem; margin: .6rem 0; }
.basis { color: var(--dispute); font-weight: 600; text-align: center; }
.verdict { border-left: 3px solid #D55E00; padding-left: .6rem; }
.side blockquote, .claim blockquote { margin: .2rem 0; padding-left: .6rem; border-left: 3px solid var(--line); }
.claim { border-top: 1px solid var(--line); padding-top: .4rem; }
.snippets li { margin: .3rem 0; }
.flag { color: var(--dispute); font-weight: 600; }
)css";

std::string verdict_html(const Verdict& v) {
    std::string h = "<p class=\"verdict\">Verdict: <strong>" + esc(rating_label(v.rating)) + "</strong>";
    if (!v.reviewer.empty()) h += " by " + esc(v.reviewer);
    h += ", " + esc(v.date);
    if (parts::web_url(v.url))
        h += " · <a href=\"" + esc(v.url) + "\" rel=\"noopener noreferrer\">the fact-check</a>";
    else if (!v.url.empty())
        h += " · " + esc(v.url);
    if (!v.note.empty()) h += "<br/>" + esc(v.note);
    return h + "</p>\n";
}

}  // namespace

// Graphviz's SVG without its XML prolog and doctype, ready to sit inside HTML.
std::string inline_svg(const std::string& svg) {
    const std::size_t at = svg.find("<svg");
    return at == std::string::npos ? std::string() : svg.substr(at);
}

std::string claim_anchor(const std::string& id) { return "claim-" + id.substr(0, 10); }

std::string head(const std::string& title) {
    // polyglot markup (void elements closed, text escaped): the page is also well-formed XML
    std::string h =
        "<!DOCTYPE html>\n<html lang=\"en\" xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n"
        "<meta charset=\"utf-8\"/>\n<meta name=\"generator\" content=\"claimgraph\"/>\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n";
    // nothing may leave the page: no scripts, no fetches, images only inline
    h += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
         "img-src data:\"/>\n";
    return h + "<title>" + esc(title) + "</title>\n<style>" + kCss + "</style>\n</head>\n<body>\n<header>\n";
}

std::string dispute_html(const DisputeRow& r) {
    const auto side = [&](const DisputeSide& s) {
        return fmt::format(
            "<div class=\"side\"><strong>{}</strong> <span class=\"meta\">{}</span>"
            "<blockquote>{}</blockquote>{}</div>",
            esc(s.source_name.value_or("(no source)")), esc(parts::date_or_dash(s.date)), esc(s.text),
            s.value ? fmt::format("<span class=\"meta\">value {}</span>", *s.value) : std::string());
    };
    return fmt::format("<div class=\"dispute\">{}<div class=\"basis\">{}{}<br/>disputes →{}</div>{}</div>\n",
                       side(r.from), esc(r.basis), r.measure ? " (" + esc(*r.measure) + ")" : "",
                       r.confirmed ? "<br/><span class=\"meta\">confirmed by a person</span>" : "", side(r.to));
}

// A claim's entry: its words, speaker, how widely and independently carried, first
// appearance, verdict, diagram (index.html only) and the mentions in their documents.
std::string claim_html(const ClaimEntry& c, std::size_t snippets, bool diagram) {
    const ClaimRow& r = c.row;
    std::string h = fmt::format("<article class=\"claim\" id=\"{}\"><h3>{}</h3><blockquote>{}</blockquote>\n",
                                claim_anchor(r.id), esc(parts::speaker_text(r, "(no source)")), esc(r.text));
    std::string first = "unknown";
    if (c.first) first = esc(c.first->date) + " (" + esc(c.first->document.substr(0, 10)) + ")";
    h += fmt::format("<p class=\"meta\">{} · cue {} · {}, {} independent{} · first appearance {} · id {}</p>\n",
                     esc(to_string(r.kind)), esc(r.cue.empty() ? "—" : r.cue),
                     text::counted(r.documents.size(), "document"), c.independent,
                     r.documents.size() > 1 && c.independent == 1
                         ? " <span class=\"flag\">(every copy leads back to one origin)</span>"
                         : "",
                     first, esc(r.id));
    if (c.verdict) h += verdict_html(*c.verdict);
    if (diagram && !c.diagram_svg.empty()) h += "<div class=\"diagram\">" + inline_svg(c.diagram_svg) + "</div>\n";
    h += "<ul class=\"snippets\">\n";
    for (std::size_t i = 0; i < c.snippets.size() && i < snippets; ++i) {
        const Snippet& s = c.snippets[i];
        h +=
            fmt::format("<li><strong>{}</strong> <span class=\"meta\">{}{}</span><br/>…{}<mark>{}</mark>{}…</li>\n",
                        esc(s.outlet.empty() ? s.document.substr(0, 10) : s.outlet), esc(s.date),
                        s.match.empty() ? "" : " · matched " + esc(s.match), esc(s.before), esc(s.words), esc(s.after));
    }
    if (c.snippets.size() > snippets)
        h += fmt::format("<li class=\"muted\">and {} more (<code>claimgraph trace {}</code> lists every one)</li>\n",
                         text::counted(c.snippets.size() - snippets, "document"), esc(r.id.substr(0, 10)));
    return h + "</ul></article>\n";
}

}  // namespace claimgraph::report::markup
