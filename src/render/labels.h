// What a diagram's nodes say: their labels, wrapped and made literal for Graphviz, and
// their tooltips (render() draws them).
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>

#include "model/graph.h"

namespace claimgraph::render {

/// `s` as Graphviz shows it literally in a label: no backslash escapes, no line breaks.
std::string literal(std::string_view s);
/// `s` wrapped at word boundaries into lines of about `width` code points ("\\n" between).
std::string wrap(const std::string& s, std::size_t width);
/// A node's label: a document's title, a statement's cue and words (its figures and
/// verdict), a source's name and role; an overview's counts below.
std::string node_label(const Node& n, const std::string& cue);
/// The words that attribute each statement (the first mention's), else its cue's lemma.
std::map<std::string, std::string> cues(const GraphData& g);
/// A node's kind, id, label and attributes, for the SVG tooltip.
std::string tooltip(const Node& n);

}  // namespace claimgraph::render
