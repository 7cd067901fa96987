#include "report/report.h"

#include <algorithm>
#include <chrono>
#include <set>

#include <fmt/format.h>

#include "util/text.h"

namespace claimgraph::report {

namespace {

constexpr const char* kPalette[] = {"#0072B2", "#D55E00", "#009E73", "#CC79A7",
                                    "#E69F00", "#56B4E9", "#F0E442", "#000000"};

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

std::string esc(std::string_view s) { return escape_html(s); }

// Graphviz's SVG without its XML prolog and doctype, ready to sit inside HTML.
std::string inline_svg(const std::string& svg) {
    const std::size_t at = svg.find("<svg");
    return at == std::string::npos ? std::string() : svg.substr(at);
}

std::string date_or_dash(const std::optional<std::string>& d) { return d ? *d : "—"; }

std::string value_text(long long value, const std::optional<std::string>& qualifier) {
    return qualifier ? fmt::format("{} ({})", value, *qualifier) : std::to_string(value);
}

// Minutes since 1970 for "YYYY-MM-DD[THH:MM]".
std::optional<long long> minutes(const std::string& d) {
    const auto num = [&](std::size_t from, std::size_t n) -> std::optional<int> {
        if (d.size() < from + n) return std::nullopt;
        int v = 0;
        for (std::size_t i = from; i < from + n; ++i) {
            if (d[i] < '0' || d[i] > '9') return std::nullopt;
            v = v * 10 + (d[i] - '0');
        }
        return v;
    };
    const auto y = num(0, 4), m = num(5, 2), dd = num(8, 2);
    if (!y || !m || !dd) return std::nullopt;
    const std::chrono::year_month_day ymd{std::chrono::year{*y}, std::chrono::month{static_cast<unsigned>(*m)},
                                          std::chrono::day{static_cast<unsigned>(*dd)}};
    if (!ymd.ok()) return std::nullopt;
    const long long days = std::chrono::sys_days{ymd}.time_since_epoch().count();
    return days * 1440 + num(11, 2).value_or(0) * 60 + num(14, 2).value_or(0);
}

// Article text in a Markdown table cell or line: text, never markup (text::markdown_text).
std::string md_cell(std::string_view s) { return text::markdown_text(s); }

std::string claim_anchor(const std::string& id) { return "claim-" + id.substr(0, 10); }

void section_disputes(std::string& h, const ReportData& d) {
    h += "<section id=\"disputes\"><h2>Disputes</h2>\n";
    if (d.disputes.empty()) h += "<p class=\"muted\">No disputes.</p>\n";
    const auto side = [&](const DisputeSide& s) {
        return fmt::format(
            "<div class=\"side\"><strong>{}</strong> <span class=\"meta\">{}</span>"
            "<blockquote>{}</blockquote>{}</div>",
            esc(s.source_name.value_or("(no source)")), esc(date_or_dash(s.date)), esc(s.text),
            s.value ? fmt::format("<span class=\"meta\">value {}</span>", *s.value) : std::string());
    };
    for (const DisputeRow& r : d.disputes)
        h += fmt::format("<div class=\"dispute\">{}<div class=\"basis\">{}{}<br/>disputes →{}</div>{}</div>\n",
                         side(r.from), esc(r.basis), r.measure ? " (" + esc(*r.measure) + ")" : "",
                         r.confirmed ? "<br/><span class=\"meta\">confirmed by a person</span>" : "", side(r.to));
    h += "</section>\n";
}

// The most figures of one timeline a report shows (the first in time): a page stays
// readable, and its size does not grow with an event reported a hundred thousand times.
constexpr std::size_t kShownPoints = 200;

// The first kShownPoints points of a timeline, in time.
graph::Timeline shown(const graph::Timeline& t) {
    graph::Timeline s = t;
    if (s.points.size() > kShownPoints) s.points.resize(kShownPoints);
    return s;
}

// "3 documents · 1 source · 12 claims · 1 dispute · 2 figure timelines"
std::string summary(const ReportData& d) {
    return text::counted(d.documents.size(), "document") + " · " + text::counted(d.sources.size(), "source") + " · " +
           text::counted(d.claims.size(), "claim") + " · " + text::counted(d.disputes.size(), "dispute") + " · " +
           text::counted(d.timelines.size(), "figure timeline");
}

std::string not_shown(const graph::Timeline& t) {
    return t.points.size() > kShownPoints
               ? fmt::format("the first {} of {} figures; `claimgraph timeline --measure {}` lists them all",
                             kShownPoints, t.points.size(), t.measure)
               : std::string();
}

void section_timelines(std::string& h, const ReportData& d) {
    h += "<section id=\"timelines\"><h2>Figure timelines</h2>\n";
    if (d.timelines.empty()) h += "<p class=\"muted\">No figure was given twice about one event.</p>\n";
    for (const graph::Timeline& whole : d.timelines) {
        const graph::Timeline t = shown(whole);
        h += fmt::format("<h3>{} — {} from {}{}</h3>\n", esc(t.measure), text::counted(whole.points.size(), "figure"),
                         text::counted(t.sources, "source"),
                         t.revisions ? ", " + text::counted(t.revisions, "revision") : "");
        if (const std::string note = not_shown(whole); !note.empty()) h += "<p class=\"muted\">" + esc(note) + "</p>\n";
        h += "<div class=\"diagram\">" + timeline_chart(t) + "</div>\n";
        h += "<table><tr><th>date</th><th>value</th><th>source</th><th>claim</th></tr>\n";
        for (const graph::TimelinePoint& p : t.points)
            h += fmt::format(
                "<tr><td>{}</td><td>{}{}</td><td>{}</td><td><a href=\"#{}\">{}</a></td></tr>\n",
                esc(date_or_dash(p.date)), esc(value_text(p.value, p.qualifier)),
                p.revised_from ? fmt::format(" <span class=\"flag\">revised from {}</span>", *p.revised_from) : "",
                esc(p.source_name), claim_anchor(p.statement), esc(text::truncate(p.text, 160)));
        h += "</table>\n";
    }
    h += "</section>\n";
}

void section_sources(std::string& h, const ReportData& d) {
    h += "<section id=\"sources\"><h2>Who claimed what</h2>\n";
    std::map<std::string, std::vector<const ClaimEntry*>> by_source;
    for (const ClaimEntry& c : d.claims)
        if (c.row.source_id) by_source[*c.row.source_id].push_back(&c);
    for (const SourceRow& s : d.sources) {
        auto it = by_source.find(s.id);
        if (it == by_source.end()) continue;
        h += fmt::format("<h3>{} <span class=\"meta\">{}{}</span></h3>\n<ul>\n", esc(s.name), esc(to_string(s.type)),
                         s.role.empty() ? "" : ", " + esc(s.role));
        for (const ClaimEntry* c : it->second)
            h += fmt::format("<li><a href=\"#{}\">{}</a> <span class=\"meta\">{} document{}</span></li>\n",
                             claim_anchor(c->row.id), esc(text::truncate(c->row.text, 200)), c->row.documents.size(),
                             c->row.documents.size() == 1 ? "" : "s");
        h += "</ul>\n";
    }
    h += "</section>\n";
}

// "Misleading (2 of 5)", "Unproven".
std::string rating_text(const std::string& word) {
    const auto r = rating_from_word(word);
    if (!r) return word;
    return r->value > 0 ? fmt::format("{} ({} of {})", r->name, r->value, kBestRating) : r->name;
}

// A link only to a web page: a verdict's url is typed by a person, and may be anything.
bool web_url(const std::string& url) {
    const std::string lower = text::lower(url);
    return lower.starts_with("https://") || lower.starts_with("http://");
}

std::string verdict_html(const Verdict& v) {
    std::string h = "<p class=\"verdict\">Verdict: <strong>" + esc(rating_text(v.rating)) + "</strong>";
    if (!v.reviewer.empty()) h += " by " + esc(v.reviewer);
    h += ", " + esc(v.date);
    if (web_url(v.url))
        h += " · <a href=\"" + esc(v.url) + "\" rel=\"noopener noreferrer\">the fact-check</a>";
    else if (!v.url.empty())
        h += " · " + esc(v.url);
    if (!v.note.empty()) h += "<br/>" + esc(v.note);
    return h + "</p>\n";
}

void section_claims(std::string& h, const ReportData& d) {
    h += "<section id=\"claims\"><h2>Claims</h2>\n";
    for (const ClaimEntry& c : d.claims) {
        const ClaimRow& r = c.row;
        h += fmt::format("<article class=\"claim\" id=\"{}\"><h3>{}</h3><blockquote>{}</blockquote>\n",
                         claim_anchor(r.id), esc(r.source_name.value_or("(no source)")), esc(r.text));
        std::string first = "unknown";
        if (c.first) first = esc(c.first->date) + " (" + esc(c.first->document.substr(0, 10)) + ")";
        h += fmt::format(
            "<p class=\"meta\">{} · cue {} · {} document{}, {} independent{} · first appearance {} · id {}</p>\n",
            esc(to_string(r.kind)), esc(r.cue.empty() ? "—" : r.cue), r.documents.size(),
            r.documents.size() == 1 ? "" : "s", c.independent,
            r.documents.size() > 1 && c.independent == 1
                ? " <span class=\"flag\">(every copy leads back to one origin)</span>"
                : "",
            first, esc(r.id));
        if (c.verdict) h += verdict_html(*c.verdict);
        if (!c.diagram_svg.empty()) h += "<div class=\"diagram\">" + inline_svg(c.diagram_svg) + "</div>\n";
        h += "<ul class=\"snippets\">\n";
        for (const Snippet& s : c.snippets)
            h += fmt::format(
                "<li><strong>{}</strong> <span class=\"meta\">{}{}</span><br/>…{}<mark>{}</mark>{}…</li>\n",
                esc(s.outlet.empty() ? s.document.substr(0, 10) : s.outlet), esc(s.date),
                s.match.empty() ? "" : " · matched " + esc(s.match), esc(s.before), esc(s.words), esc(s.after));
        h += "</ul></article>\n";
    }
    h += "</section>\n";
}

void section_origins(std::string& h, const ReportData& d) {
    h += "<section id=\"origins\"><h2>Independent origins and circular reporting</h2>\n";
    h += "<table><tr><th>claim</th><th>source</th><th>documents</th><th>independent origins</th></tr>\n";
    std::size_t rows = 0;
    for (const ClaimEntry& c : d.claims) {
        if (c.row.documents.size() < 2) continue;
        ++rows;
        h += fmt::format("<tr><td><a href=\"#{}\">{}</a></td><td>{}</td><td>{}</td><td>{}{}</td></tr>\n",
                         claim_anchor(c.row.id), esc(text::truncate(c.row.text, 140)),
                         esc(c.row.source_name.value_or("—")), c.row.documents.size(), c.independent,
                         c.independent == 1 ? " <span class=\"flag\">one origin</span>" : "");
    }
    h += "</table>\n";
    if (rows == 0) h += "<p class=\"muted\">No claim is carried by more than one document.</p>\n";
    if (d.cycles.empty()) h += "<p>No circular reporting found.</p>\n";
    for (const auto& cycle : d.cycles) {
        std::vector<std::string> names;
        for (const std::string& id : cycle) {
            auto n = d.names.find(id);
            names.push_back(esc(n == d.names.end() ? id : n->second));
        }
        names.push_back(names.front());
        h += "<p class=\"flag\">Circular reporting: " + text::join(names, " → ") + "</p>\n";
    }
    h += "</section>\n";
}

void section_documents(std::string& h, const ReportData& d) {
    h += "<section id=\"documents\"><h2>Documents</h2>\n<table><tr><th>date</th><th>outlet</th><th>title</th>"
         "<th>statements</th><th>id</th></tr>\n";
    for (const DocumentRow& r : d.documents)
        h += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                         esc(date_or_dash(r.date)), esc(r.outlet.value_or("—")), esc(r.title.value_or(r.path)),
                         r.statements, esc(r.id.substr(0, 10)));
    h += "</table></section>\n";
}

}  // namespace

std::string escape_html(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

std::string timeline_chart(const graph::Timeline& t) {
    constexpr int kW = 720, kH = 260, kLeft = 56, kRight = 170, kTop = 16, kBottom = 40;
    std::vector<std::pair<long long, const graph::TimelinePoint*>> dated;
    long long t0 = 0, t1 = 0, vmax = 0;
    for (const graph::TimelinePoint& p : t.points) {
        vmax = std::max(vmax, p.value);
        if (!p.date) continue;
        if (auto m = minutes(*p.date)) {
            if (dated.empty() || *m < t0) t0 = *m;
            if (dated.empty() || *m > t1) t1 = *m;
            dated.emplace_back(*m, &p);
        }
    }
    const double span = t1 > t0 ? static_cast<double>(t1 - t0) : 1.0;
    const double top = vmax > 0 ? static_cast<double>(vmax) * 1.15 : 1.0;
    const auto x = [&](long long m) {
        return kLeft + (kW - kLeft - kRight) * (t1 > t0 ? static_cast<double>(m - t0) / span : 0.5);
    };
    const auto y = [&](long long v) { return kH - kBottom - (kH - kTop - kBottom) * (static_cast<double>(v) / top); };
    std::string s = fmt::format(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {0} {1}\" width=\"{0}\" height=\"{1}\" role=\"img\" "
        "aria-label=\"{2} over time by source\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"11\">\n",
        kW, kH, esc(t.measure));
    // axes: value 0 and the top, first and last date
    s += fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{2}\" y2=\"{1}\" stroke=\"#999\"/>\n", kLeft, kH - kBottom,
                     kW - kRight);
    s +=
        fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"#999\"/>\n", kLeft, kTop, kH - kBottom);
    s += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\">0</text>\n", kLeft - 6, kH - kBottom + 4);
    s += fmt::format("<text x=\"{}\" y=\"{:.1f}\" text-anchor=\"end\">{}</text>\n", kLeft - 6, y(vmax) + 4, vmax);
    if (!dated.empty()) {
        const auto first = std::min_element(dated.begin(), dated.end())->second;
        const auto last = std::max_element(dated.begin(), dated.end())->second;
        s += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"start\">{}</text>\n", kLeft, kH - kBottom + 18,
                         esc(*first->date));
        if (last != first)
            s += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n", kW - kRight, kH - kBottom + 18,
                             esc(*last->date));
    }
    // one series per source, in order of first appearance
    std::vector<std::string> order;
    std::map<std::string, std::vector<std::pair<long long, const graph::TimelinePoint*>>> series;
    for (const auto& [m, p] : dated) {
        if (!series.count(p->source_name)) order.push_back(p->source_name);
        series[p->source_name].emplace_back(m, p);
    }
    // a legend row per source, as many as fit beside the chart
    constexpr std::size_t kLegend = 14;
    if (order.size() > kLegend)
        s += fmt::format("<text x=\"{}\" y=\"{}\">… {} more sources</text>\n", kW - kRight + 14,
                         kTop + 9 + 16 * static_cast<int>(kLegend), order.size() - kLegend);
    for (std::size_t i = 0; i < order.size(); ++i) {
        const char* colour = kPalette[i % (sizeof kPalette / sizeof *kPalette)];
        auto& pts = series[order[i]];
        std::sort(pts.begin(), pts.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        std::string path;
        for (const auto& [m, p] : pts)
            path += fmt::format("{}{:.1f},{:.1f}", path.empty() ? "" : " ", x(m), y(p->value));
        if (pts.size() > 1)
            s +=
                fmt::format("<polyline fill=\"none\" stroke=\"{}\" stroke-width=\"2\" points=\"{}\"/>\n", colour, path);
        for (const auto& [m, p] : pts)
            s += fmt::format(
                "<circle cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"4\" fill=\"{}\"><title>{}: {} ({})</title></circle>\n"
                "<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"middle\" fill=\"{}\">{}</text>\n",
                x(m), y(p->value), colour, esc(order[i]), p->value, esc(*p->date), x(m), y(p->value) - 8, colour,
                p->value);
        if (i >= kLegend) continue;
        s += fmt::format(
            "<rect x=\"{}\" y=\"{}\" width=\"10\" height=\"10\" fill=\"{}\"/>"
            "<text x=\"{}\" y=\"{}\">{}</text>\n",
            kW - kRight + 14, kTop + 16 * static_cast<int>(i), colour, kW - kRight + 30,
            kTop + 9 + 16 * static_cast<int>(i), esc(text::truncate(order[i], 24)));
    }
    return s + "</svg>";
}

std::string html(const ReportData& d) {
    // polyglot markup (void elements closed, text escaped): the page is also well-formed XML
    std::string h =
        "<!DOCTYPE html>\n<html lang=\"en\" xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n"
        "<meta charset=\"utf-8\"/>\n<meta name=\"generator\" content=\"claimgraph\"/>\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n";
    // nothing may leave the page: no scripts, no fetches, images only inline
    h += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
         "img-src data:\"/>\n";
    h += "<title>" + esc(d.title) + "</title>\n<style>" + kCss + "</style>\n</head>\n<body>\n<header>\n";
    h += "<h1>" + esc(d.title) + "</h1>\n";
    h += "<p class=\"muted\">" + esc(summary(d)) + "</p>\n";
    h += "<nav><a href=\"#disputes\">Disputes</a><a href=\"#timelines\">Figures</a><a href=\"#sources\">Who claimed "
         "what</a><a href=\"#claims\">Claims</a><a href=\"#origins\">Origins</a><a "
         "href=\"#documents\">Documents</a></nav>\n";
    h += "</header>\n<main>\n";
    if (!d.overview_svg.empty())
        h += "<section id=\"overview\"><h2>Overview</h2><p class=\"muted\">" + esc(d.overview_caption) +
             "</p><div class=\"diagram\">" + inline_svg(d.overview_svg) + "</div></section>\n";
    section_disputes(h, d);
    section_timelines(h, d);
    section_sources(h, d);
    section_claims(h, d);
    section_origins(h, d);
    section_documents(h, d);
    h += "</main>\n</body>\n</html>\n";
    return h;
}

std::string markdown(const ReportData& d) {
    // the mark says the file is claimgraph's (a later report may replace it); GitHub hides it
    std::string m = "<!-- generated by claimgraph -->\n# " + md_cell(d.title) + "\n\n";
    m += md_cell(summary(d)) + "\n\n";
    std::vector<const ClaimEntry*> reviewed;
    for (const ClaimEntry& c : d.claims)
        if (c.verdict) reviewed.push_back(&c);
    if (!reviewed.empty()) {
        m += "## Verdicts\n\n| claim | source | verdict | by | date | fact-check |\n|---|---|---|---|---|---|\n";
        for (const ClaimEntry* c : reviewed) {
            const Verdict& v = *c->verdict;
            m += fmt::format("| {} | {} | {} | {} | {} | {} |\n", md_cell(text::truncate(c->row.text, 120)),
                             md_cell(c->row.source_name.value_or("—")), md_cell(rating_text(v.rating)),
                             md_cell(v.reviewer.empty() ? "—" : v.reviewer), md_cell(v.date),
                             md_cell(v.url.empty() ? "—" : v.url));
        }
        m += "\n";
    }
    m += "## Disputes\n\n";
    if (d.disputes.empty())
        m += "No disputes.\n\n";
    else {
        m += "| basis | claim | source | value | disputes | source | value |\n|---|---|---|---|---|---|---|\n";
        for (const DisputeRow& r : d.disputes) {
            const auto val = [](const DisputeSide& s) { return s.value ? std::to_string(*s.value) : std::string("—"); };
            m += fmt::format("| {}{}{} | {} | {} | {} | {} | {} | {} |\n", md_cell(r.basis),
                             r.measure ? " (" + md_cell(*r.measure) + ")" : "", r.confirmed ? ", confirmed" : "",
                             md_cell(text::truncate(r.from.text, 120)), md_cell(r.from.source_name.value_or("—")),
                             val(r.from), md_cell(text::truncate(r.to.text, 120)),
                             md_cell(r.to.source_name.value_or("—")), val(r.to));
        }
        m += "\n";
    }
    m += "## Figure timelines\n\n";
    if (d.timelines.empty()) m += "No figure was given twice about one event.\n\n";
    for (const graph::Timeline& whole : d.timelines) {
        const graph::Timeline t = shown(whole);
        m += fmt::format("**{}**: {} from {}, {}\n\n", md_cell(t.measure), text::counted(whole.points.size(), "figure"),
                         text::counted(t.sources, "source"), text::counted(t.revisions, "revision"));
        if (const std::string note = not_shown(whole); !note.empty()) m += md_cell(note) + "\n\n";
        m += "| date | value | source |\n|---|---|---|\n";
        for (const graph::TimelinePoint& p : t.points)
            m += fmt::format(
                "| {} | {}{} | {} |\n", md_cell(date_or_dash(p.date)), md_cell(value_text(p.value, p.qualifier)),
                p.revised_from ? fmt::format(" (revised from {})", *p.revised_from) : "", md_cell(p.source_name));
        m += "\n";
    }
    m += "## Claims carried by several documents\n\n| claim | source | documents | independent |\n|---|---|---|---|\n";
    for (const ClaimEntry& c : d.claims)
        if (c.row.documents.size() > 1)
            m += fmt::format("| {} | {} | {} | {}{} |\n", md_cell(text::truncate(c.row.text, 120)),
                             md_cell(c.row.source_name.value_or("—")), c.row.documents.size(), c.independent,
                             c.independent == 1 ? " (one origin)" : "");
    m += "\n## Circular reporting\n\n";
    if (d.cycles.empty()) m += "None found.\n";
    for (const auto& cycle : d.cycles) {
        std::vector<std::string> names;
        for (const std::string& id : cycle) {
            auto n = d.names.find(id);
            names.push_back(md_cell(n == d.names.end() ? id : n->second));
        }
        names.push_back(names.front());
        m += "- " + text::join(names, " → ") + "\n";
    }
    return m;
}

}  // namespace claimgraph::report
