// RAII for Graphviz's C handles and the one place that casts away const for its
// char* parameters (Graphviz 2.42 takes `char*` where it only reads).
#pragma once

#include <memory>
#include <string>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

namespace claimgraph::render {

struct GraphCloser {
    void operator()(Agraph_t* g) const noexcept { agclose(g); }
};
struct ContextCloser {
    void operator()(GVC_t* c) const noexcept { gvFreeContext(c); }
};
using GraphPtr = std::unique_ptr<Agraph_t, GraphCloser>;
using ContextPtr = std::unique_ptr<GVC_t, ContextCloser>;

/// A NUL-terminated string as the char* Graphviz asks for; it does not write through it.
inline char* cstr(const std::string& s) { return const_cast<char*>(s.c_str()); }

/// A new directed graph; throws Error when Graphviz cannot create one.
GraphPtr open_graph(const std::string& name);

/// Sets an attribute on a graph, node or edge (declaring it with an empty default).
void set(void* obj, const std::string& name, const std::string& value);

/// Writes the graph as DOT with Graphviz's own writer (which quotes and escapes).
std::string write_dot(Agraph_t* g);

/// Lays out `g` in-process with dot and renders it to `format` (svg, png, pdf); the
/// layout is freed on every path. Throws Error with Graphviz's message on failure.
std::string layout_and_render(Agraph_t* g, const std::string& format);

}  // namespace claimgraph::render
