// The HTML report (DESIGN.md §1.4): index.html with what matters most, and pages of the
// rest, each self-contained (inline SVG and CSS, no scripts, no requests, works from
// file://) and bounded in size whatever the archive's.
#include "report/report.h"

#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>

#include "report/html_parts.h"
#include "report/parts.h"
#include "util/text.h"

namespace claimgraph::report {

namespace {

using markup::claim_anchor;
using markup::claim_html;
using markup::dispute_html;
using markup::head;
using markup::inline_svg;
using parts::esc;

// What index.html holds, and what a page holds: a page opens in well under a second and
// stays under 2 MB at any archive size (docs/formats.md, "Reports").
constexpr std::size_t kIndexClaims = 100;      // the claims that matter most, with their evidence
constexpr std::size_t kPageClaims = 1000;      // claims-N.html
constexpr std::size_t kIndexDisputes = 100;
constexpr std::size_t kPageDisputes = 1000;    // disputes-N.html
constexpr std::size_t kIndexSources = 50;      // "who claimed what": the sources with most claims
constexpr std::size_t kSourceClaims = 8;       // claims listed under each of them
constexpr std::size_t kIndexTimelines = 12;
constexpr std::size_t kIndexOrigins = 100;
constexpr std::size_t kIndexDocuments = 200;
constexpr std::size_t kPageDocuments = 5000;   // documents-N.html
constexpr std::size_t kIndexSnippets = 5;      // a claim's mentions quoted on index.html
constexpr std::size_t kPageSnippets = 3;       // and on its page

std::size_t pages_for(std::size_t items, std::size_t per_page, std::size_t on_index) {
    return items <= on_index ? 0 : (items + per_page - 1) / per_page;
}

std::string page_name(const char* kind, std::size_t page) { return fmt::format("{}-{}.html", kind, page + 1); }

// Where everything is: what index.html shows, and the page each claim's entry is on.
struct Layout {
    std::vector<const ClaimEntry*> top;  ///< on index.html, ranked
    std::map<std::string, std::string> href;  ///< claim id → its entry ("#claim-…" or "claims-3.html#claim-…")
    std::size_t claim_pages = 0, dispute_pages = 0, document_pages = 0;

    // a link to a claim from index.html, or from a page (`on_page`)
    std::string link(const std::string& id, bool on_page) const {
        auto it = href.find(id);
        if (it == href.end()) return "#" + claim_anchor(id);
        if (on_page && it->second.starts_with("#")) return "index.html" + it->second;
        return it->second;
    }
};

Layout layout(const ReportData& d) {
    Layout l;
    const std::vector<std::size_t> ranked = claims_by_importance(d);
    for (std::size_t i = 0; i < ranked.size() && i < kIndexClaims; ++i) l.top.push_back(&d.claims[ranked[i]]);
    l.claim_pages = pages_for(d.claims.size(), kPageClaims, kIndexClaims);
    l.dispute_pages = pages_for(d.disputes.size(), kPageDisputes, kIndexDisputes);
    l.document_pages = pages_for(d.documents.size(), kPageDocuments, kIndexDocuments);
    for (std::size_t i = 0; i < d.claims.size(); ++i)
        l.href[d.claims[i].row.id] =
            l.claim_pages ? page_name("claims", i / kPageClaims) + "#" + claim_anchor(d.claims[i].row.id) : "";
    for (const ClaimEntry* c : l.top) l.href[c->row.id] = "#" + claim_anchor(c->row.id);
    return l;
}

std::string page_links(const char* kind, std::size_t pages) {
    std::string s;
    for (std::size_t p = 0; p < pages; ++p) s += fmt::format("<a href=\"{}\">{}</a> ", page_name(kind, p), p + 1);
    return s;
}

void section_disputes(std::string& h, const ReportData& d, const Layout& l) {
    h += "<section id=\"disputes\"><h2>Disputes</h2>\n";
    if (d.disputes.empty()) h += "<p class=\"muted\">No disputes.</p>\n";
    if (l.dispute_pages)
        h += fmt::format("<p class=\"muted\">The first {} of {}; every one on pages {}</p>\n", kIndexDisputes,
                         d.disputes.size(), page_links("disputes", l.dispute_pages));
    for (std::size_t i = 0; i < d.disputes.size() && i < kIndexDisputes; ++i) h += dispute_html(d.disputes[i]);
    h += "</section>\n";
}

void section_timelines(std::string& h, const ReportData& d, const Layout& l) {
    h += "<section id=\"timelines\"><h2>Figure timelines</h2>\n";
    if (d.timelines.empty()) h += "<p class=\"muted\">No figure was given twice about one event.</p>\n";
    const auto ranked = parts::ranked_timelines(d);
    if (ranked.size() > kIndexTimelines)
        h += fmt::format("<p class=\"muted\">The {} with the most figures of {}; <code>claimgraph timeline</code> "
                         "lists them all.</p>\n",
                         kIndexTimelines, d.timelines.size());
    for (std::size_t i = 0; i < ranked.size() && i < kIndexTimelines; ++i) {
        const graph::Timeline& whole = *ranked[i];
        const graph::Timeline t = parts::shown(whole);
        h += fmt::format("<h3>{} — {} from {}{}</h3>\n", esc(t.measure), text::counted(whole.points.size(), "figure"),
                         text::counted(t.sources, "source"),
                         t.revisions ? ", " + text::counted(t.revisions, "revision") : "");
        if (const std::string note = parts::not_shown(whole); !note.empty())
            h += "<p class=\"muted\">" + esc(note) + "</p>\n";
        // a chart needs dated figures: without one it would be an empty frame
        const bool dated = std::any_of(t.points.begin(), t.points.end(), [](const graph::TimelinePoint& p) {
            return p.date && parts::minutes(*p.date);
        });
        if (dated) h += "<div class=\"diagram\">" + timeline_chart(t) + "</div>\n";
        h += "<table><tr><th>date</th><th>value</th><th>source</th><th>claim</th></tr>\n";
        for (const graph::TimelinePoint& p : t.points)
            h += fmt::format(
                "<tr><td>{}</td><td>{}{}</td><td>{}</td><td><a href=\"{}\">{}</a></td></tr>\n",
                esc(parts::date_or_dash(p.date)), esc(parts::value_text(p.value, p.qualifier)),
                p.revised_from ? fmt::format(" <span class=\"flag\">revised from {}</span>", *p.revised_from) : "",
                esc(p.source_name), esc(l.link(p.statement, false)), esc(text::truncate(p.text, 160)));
        h += "</table>\n";
    }
    h += "</section>\n";
}

void section_sources(std::string& h, const ReportData& d, const Layout& l) {
    h += "<section id=\"sources\"><h2>Who claimed what</h2>\n";
    std::map<std::string, std::vector<const ClaimEntry*>> by_source;
    for (const ClaimEntry& c : d.claims)
        if (c.row.source_id) by_source[*c.row.source_id].push_back(&c);
    std::vector<const SourceRow*> speakers;
    for (const SourceRow& s : d.sources)
        if (by_source.count(s.id)) speakers.push_back(&s);
    std::stable_sort(speakers.begin(), speakers.end(), [&](const SourceRow* a, const SourceRow* b) {
        return by_source[a->id].size() > by_source[b->id].size();
    });
    if (speakers.size() > kIndexSources)
        h += fmt::format("<p class=\"muted\">The {} sources with the most claims of {}; <code>claimgraph sources</code> "
                         "lists them all.</p>\n",
                         kIndexSources, speakers.size());
    for (std::size_t i = 0; i < speakers.size() && i < kIndexSources; ++i) {
        const SourceRow& s = *speakers[i];
        const auto& claims = by_source[s.id];
        h += fmt::format("<h3>{} <span class=\"meta\">{}{} · {}</span></h3>\n<ul>\n", esc(s.name),
                         esc(to_string(s.type)), s.role.empty() ? "" : ", " + esc(s.role),
                         text::counted(claims.size(), "claim"));
        for (std::size_t k = 0; k < claims.size() && k < kSourceClaims; ++k)
            h += fmt::format("<li><a href=\"{}\">{}</a> <span class=\"meta\">{}</span></li>\n",
                             esc(l.link(claims[k]->row.id, false)), esc(text::truncate(claims[k]->row.text, 200)),
                             text::counted(claims[k]->row.documents.size(), "document"));
        if (claims.size() > kSourceClaims)
            h += fmt::format("<li class=\"muted\">and {} more</li>\n", claims.size() - kSourceClaims);
        h += "</ul>\n";
    }
    h += "</section>\n";
}

void section_claims(std::string& h, const ReportData& d, const Layout& l) {
    h += "<section id=\"claims\"><h2>Claims</h2>\n";
    if (l.claim_pages)
        h += fmt::format("<p class=\"muted\">The {} that matter most (in a dispute, then the most widely carried) of "
                         "{}; every claim on pages {}</p>\n",
                         l.top.size(), d.claims.size(), page_links("claims", l.claim_pages));
    for (const ClaimEntry* c : l.top) h += claim_html(*c, kIndexSnippets, true);
    h += "</section>\n";
}

void section_origins(std::string& h, const ReportData& d, const Layout& l) {
    h += "<section id=\"origins\"><h2>Independent origins and circular reporting</h2>\n";
    std::vector<const ClaimEntry*> carried;
    for (const ClaimEntry& c : d.claims)
        if (c.row.documents.size() > 1) carried.push_back(&c);
    std::stable_sort(carried.begin(), carried.end(), [](const ClaimEntry* a, const ClaimEntry* b) {
        return a->row.documents.size() > b->row.documents.size();
    });
    if (carried.size() > kIndexOrigins)
        h += fmt::format("<p class=\"muted\">The {} most widely carried of the {} claims in more than one "
                         "document.</p>\n",
                         kIndexOrigins, carried.size());
    if (!carried.empty())
        h += "<table><tr><th>claim</th><th>source</th><th>documents</th><th>independent origins</th></tr>\n";
    for (std::size_t i = 0; i < carried.size() && i < kIndexOrigins; ++i) {
        const ClaimEntry& c = *carried[i];
        h += fmt::format("<tr><td><a href=\"{}\">{}</a></td><td>{}</td><td>{}</td><td>{}{}</td></tr>\n",
                         esc(l.link(c.row.id, false)), esc(text::truncate(c.row.text, 140)),
                         esc(parts::speaker_text(c.row, "—")), c.row.documents.size(), c.independent,
                         c.independent == 1 ? " <span class=\"flag\">one origin</span>" : "");
    }
    if (!carried.empty()) h += "</table>\n";
    if (carried.empty()) h += "<p class=\"muted\">No claim is carried by more than one document.</p>\n";
    if (d.cycles.empty()) h += "<p>No circular reporting found.</p>\n";
    for (std::size_t i = 0; i < d.cycles.size() && i < kIndexOrigins; ++i) {
        std::vector<std::string> names;
        for (const std::string& id : d.cycles[i]) {
            auto n = d.names.find(id);
            names.push_back(esc(n == d.names.end() ? id : n->second));
        }
        names.push_back(names.front());
        h += "<p class=\"flag\">Circular reporting: " + text::join(names, " → ") + "</p>\n";
    }
    h += "</section>\n";
}

std::string document_rows(const ReportData& d, std::size_t from, std::size_t to) {
    std::string h = "<table><tr><th>date</th><th>outlet</th><th>title</th><th>statements</th><th>id</th></tr>\n";
    for (std::size_t i = from; i < to && i < d.documents.size(); ++i) {
        const DocumentRow& r = d.documents[i];
        h += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                         esc(parts::date_or_dash(r.date)), esc(r.outlet.value_or("—")), esc(r.title.value_or(r.path)),
                         r.statements, esc(r.id.substr(0, 10)));
    }
    return h + "</table>\n";
}

void section_documents(std::string& h, const ReportData& d, const Layout& l) {
    h += "<section id=\"documents\"><h2>Documents</h2>\n";
    if (l.document_pages)
        h += fmt::format("<p class=\"muted\">The first {} of {}; every one on pages {}</p>\n", kIndexDocuments,
                         d.documents.size(), page_links("documents", l.document_pages));
    h += document_rows(d, 0, kIndexDocuments) + "</section>\n";
}

// A page of the rest: its header says which, and leads back.
std::string page(const ReportData& d, const std::string& what, const char* kind, std::size_t n, std::size_t pages,
                 const std::string& body) {
    std::string h = head(fmt::format("{} — {}, page {} of {}", d.title, what, n + 1, pages));
    h += "<h1>" + esc(d.title) + "</h1>\n";
    h += fmt::format("<p class=\"muted\">{}, page {} of {} · <a href=\"index.html\">the report</a></p>\n", esc(what),
                     n + 1, pages);
    h += "<nav>" + page_links(kind, pages) + "</nav>\n</header>\n<main>\n" + body + "</main>\n</body>\n</html>\n";
    return h;
}

std::string index_html(const ReportData& d, const Layout& l) {
    std::string h = head(d.title);
    h += "<h1>" + esc(d.title) + "</h1>\n";
    h += "<p class=\"muted\">" + esc(parts::summary(d)) + "</p>\n";
    h += "<nav><a href=\"#disputes\">Disputes</a><a href=\"#timelines\">Figures</a><a href=\"#sources\">Who claimed "
         "what</a><a href=\"#claims\">Claims</a><a href=\"#origins\">Origins</a><a "
         "href=\"#documents\">Documents</a></nav>\n";
    h += "</header>\n<main>\n";
    if (!d.overview_svg.empty())
        h += "<section id=\"overview\"><h2>Overview</h2><p class=\"muted\">" + esc(d.overview_caption) +
             "</p><div class=\"diagram\">" + inline_svg(d.overview_svg) + "</div></section>\n";
    section_disputes(h, d, l);
    section_timelines(h, d, l);
    section_sources(h, d, l);
    section_claims(h, d, l);
    section_origins(h, d, l);
    section_documents(h, d, l);
    h += "</main>\n</body>\n</html>\n";
    return h;
}

}  // namespace

bool is_report_page(const std::string& name) {
    for (const char* kind : {"claims-", "disputes-", "documents-"}) {
        if (!name.starts_with(kind) || !name.ends_with(".html")) continue;
        const std::string number = name.substr(std::string_view(kind).size(),
                                               name.size() - std::string_view(kind).size() - 5);
        if (!number.empty() && std::all_of(number.begin(), number.end(), [](char c) { return c >= '0' && c <= '9'; }))
            return true;
    }
    return false;
}

std::map<std::string, std::string> html_files(const ReportData& d) {
    const Layout l = layout(d);
    std::map<std::string, std::string> files{{"index.html", index_html(d, l)}};
    for (std::size_t p = 0; p < l.claim_pages; ++p) {
        std::string body = "<section id=\"claims\">\n";
        for (std::size_t i = p * kPageClaims; i < (p + 1) * kPageClaims && i < d.claims.size(); ++i)
            body += claim_html(d.claims[i], kPageSnippets, false);
        files[page_name("claims", p)] =
            page(d, "every claim, by first appearance", "claims", p, l.claim_pages, body + "</section>\n");
    }
    for (std::size_t p = 0; p < l.dispute_pages; ++p) {
        std::string body = "<section id=\"disputes\">\n";
        for (std::size_t i = p * kPageDisputes; i < (p + 1) * kPageDisputes && i < d.disputes.size(); ++i)
            body += dispute_html(d.disputes[i]);
        files[page_name("disputes", p)] = page(d, "every dispute", "disputes", p, l.dispute_pages, body + "</section>\n");
    }
    for (std::size_t p = 0; p < l.document_pages; ++p)
        files[page_name("documents", p)] = page(d, "every document", "documents", p, l.document_pages,
                                                document_rows(d, p * kPageDocuments, (p + 1) * kPageDocuments));
    return files;
}

std::string html(const ReportData& d) { return html_files(d).at("index.html"); }

std::vector<std::size_t> claims_by_importance(const ReportData& d) {
    std::set<std::string> disputed;
    for (const DisputeRow& r : d.disputes) disputed.insert({r.from.id, r.to.id});
    std::vector<std::size_t> out(d.claims.size());
    for (std::size_t i = 0; i < out.size(); ++i) out[i] = i;
    std::stable_sort(out.begin(), out.end(), [&](std::size_t a, std::size_t b) {
        const ClaimRow& ra = d.claims[a].row;
        const ClaimRow& rb = d.claims[b].row;
        const bool da = disputed.count(ra.id), db = disputed.count(rb.id);
        if (da != db) return da;
        return ra.documents.size() > rb.documents.size();
    });
    return out;
}

std::map<std::string, std::string> report_files(const ReportData& d) {
    std::map<std::string, std::string> files = html_files(d);
    files["report.md"] = markdown(d);
    return files;
}

}  // namespace claimgraph::report
