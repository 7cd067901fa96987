// Pieces of the report's HTML pages (report.cpp lays them out): a page's head with its
// style sheet, a claim's entry, a dispute's two sides.
#pragma once

#include <cstddef>
#include <string>

#include "report/report.h"

namespace claimgraph::report::markup {

/// Graphviz's SVG without its XML prolog and doctype, to sit inside HTML.
std::string inline_svg(const std::string& svg);
/// The anchor of a claim's entry on its page ("claim-" and the id's first ten characters).
std::string claim_anchor(const std::string& id);
/// A page's doctype, head (title, style sheet, a policy that lets nothing leave the page)
/// and the opening of its header.
std::string head(const std::string& title);
/// The two sides of a dispute and what it rests on.
std::string dispute_html(const DisputeRow& r);
/// A claim's entry: its words, speaker, how widely and independently carried, first
/// appearance, verdict, diagram (when `diagram`) and at most `snippets` of its mentions.
std::string claim_html(const ClaimEntry& c, std::size_t snippets, bool diagram);

}  // namespace claimgraph::report::markup
