// Reports (DESIGN.md §1.4): a self-contained HTML page (inline SVG and CSS, no network,
// works from file://) and a Markdown summary for a pull-request comment, from data the
// command gathers. Everything from the articles is escaped here; diagrams come in as SVG
// that Graphviz wrote (which escapes its text).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "graph/provenance_graph.h"
#include "graph/timeline.h"
#include "model/records.h"
#include "model/verdict.h"

namespace claimgraph::report {

/// A claim's words in one document, with some text around them.
struct Snippet {
    std::string document, outlet, date, match;
    std::string before, words, after;
};

struct ClaimEntry {
    ClaimRow row;
    std::size_t independent = 0;
    std::optional<graph::FirstAppearance> first;
    std::string diagram_svg;  ///< its provenance diagram, or "" when left out
    std::vector<Snippet> snippets;
    std::optional<Verdict> verdict;  ///< a fact-checker's, when one was recorded
};

struct ReportData {
    std::string title;
    std::vector<DocumentRow> documents;
    std::vector<SourceRow> sources;
    std::vector<ClaimEntry> claims;
    std::vector<DisputeRow> disputes;
    std::vector<graph::Timeline> timelines;
    std::vector<std::vector<std::string>> cycles;  ///< circular reporting, as node ids
    std::map<std::string, std::string> names;  ///< node id → label, for the cycles
    std::string overview_svg;  ///< the diagram at the top
    std::string overview_caption;
    std::string mermaid;  ///< report.md's diagram of the top provenance chains (mermaid_chains)
};

/// The HTML report: index.html (the summary, the disputes, figures, sources and claims that
/// matter most, the overview diagram), and past what one page should hold, pages of every
/// claim (claims-1.html, …), dispute (disputes-N.html) and document (documents-N.html),
/// linked from it. Each page is self-contained and stays small whatever the archive's size.
std::map<std::string, std::string> html_files(const ReportData& data);
/// index.html alone.
std::string html(const ReportData& data);
/// Whether `name` is one of the pages html_files writes ("claims-12.html"): an earlier
/// report's page of that name may be replaced or removed.
bool is_report_page(const std::string& name);
std::string markdown(const ReportData& data);

/// The claims' places in `claims`, in the order they matter to a reader: in a dispute
/// first, then the most widely carried, then as listed. index.html shows the first, and
/// the provenance diagrams go to the first.
std::vector<std::size_t> claims_by_importance(const ReportData& data);

/// The report folder's files: html_files' pages and report.md.
std::map<std::string, std::string> report_files(const ReportData& data);

/// A Mermaid flowchart (a fenced ```mermaid block) of where `claims` come from in `g`:
/// documents (three, then a count) → claim → speaker → the body it speaks for, relays
/// dotted. "" when none of the claims is in `g`.
std::string mermaid_chains(const GraphData& g, const std::vector<std::string>& claims);

/// A chart of one figure over time: a line per source, a point per figure (undated ones
/// are left to the table), in the Okabe–Ito palette.
std::string timeline_chart(const graph::Timeline& t);

/// Text escaped for HTML element content and attribute values.
std::string escape_html(std::string_view s);

}  // namespace claimgraph::report
