// Diagrams of the provenance graph (DESIGN.md §6). The only place Graphviz is used.
#pragma once

#include <cstddef>
#include <string>

#include "model/graph.h"

namespace claimgraph::render {

enum class Format { dot, svg, png, pdf };

/// Parses "dot" | "svg" | "png" | "pdf"; throws a usage Error otherwise.
Format format_from_string(const std::string& s);

enum class Theme { light, dark };

struct RenderOptions {
    Format format = Format::svg;
    std::string title = "claimgraph";
    bool legend = true;
    Theme theme = Theme::light;
};

/// Graphs with more nodes than this are refused by `render` unless asked for: past it a
/// diagram is a hairball no one can read.
constexpr std::size_t kMaxReadableNodes = 300;

/// Draws `g` with the rendering grammar: left-to-right flow (documents, statements,
/// sources), shapes and colours by kind and type, a legend, tooltips with full quotes,
/// SVG elements carrying node ids; a spokesperson drawn in one frame with the body she
/// speaks for; documents grouped as copies (`copies` attribute) drawn as a stack. `dot` gives the styled DOT before layout; the other
/// formats are laid out and rendered in-process. Same input, same bytes.
std::string render(const GraphData& g, const RenderOptions& options);

/// The semantic DOT of `g` (graph files, `export --format dot`): nodes carry kind, text,
/// type, role, date…; edges carry relation, basis and evidence; no styling. Deterministic.
std::string semantic_dot(const GraphData& g);

}  // namespace claimgraph::render
