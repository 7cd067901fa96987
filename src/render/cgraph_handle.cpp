#include "render/cgraph_handle.h"

#include <cstdio>
#include <mutex>

#include <fmt/format.h>

#include "util/error.h"

namespace claimgraph::render {

namespace {

// Graphviz reports errors through a callback; keep the last message to put in ours.
std::string& last_error() {
    static std::string message;
    return message;
}

int capture_error(char* message) {
    last_error() = message ? message : "";
    while (!last_error().empty() && (last_error().back() == '\n' || last_error().back() == ' '))
        last_error().pop_back();
    return 0;
}

void install_error_hook() {
    static std::once_flag once;
    std::call_once(once, [] { agseterrf(capture_error); });
}

struct FileCloser {
    void operator()(FILE* f) const noexcept { std::fclose(f); }
};

struct LayoutGuard {
    GVC_t* gvc;
    Agraph_t* g;
    ~LayoutGuard() { gvFreeLayout(gvc, g); }
};

struct RenderData {
    char* data = nullptr;
    ~RenderData() {
        if (data) gvFreeRenderData(data);
    }
};

}  // namespace

GraphPtr open_graph(const std::string& name) {
    install_error_hook();
    GraphPtr g(agopen(cstr(name), Agdirected, nullptr));
    if (!g) throw Error("graphviz: cannot create a graph");
    return g;
}

void set(void* obj, const std::string& name, const std::string& value) {
    agsafeset(obj, cstr(name), cstr(value), cstr(std::string()));
}

std::string write_dot(Agraph_t* g) {
    char* buffer = nullptr;
    std::size_t size = 0;
    {
        std::unique_ptr<FILE, FileCloser> f(open_memstream(&buffer, &size));
        if (!f) throw Error("graphviz: cannot allocate the output buffer");
        if (agwrite(g, f.get()) != 0) throw Error(fmt::format("graphviz: cannot write DOT: {}", last_error()));
    }
    std::string out(buffer, size);
    std::free(buffer);
    return out;
}

namespace {

// One rendering context for the whole process. Graphviz 2.42's pango plugin caches the
// last font name it measured, and that string belongs to the context: freeing a context
// and creating another makes the next layout read freed memory (found by ASan). So the
// context is made once and lives until exit.
GVC_t* context() {
    static std::mutex mutex;
    static ContextPtr gvc;
    std::lock_guard<std::mutex> lock(mutex);
    if (!gvc) gvc.reset(gvContext());
    if (!gvc) throw Error("graphviz: cannot create a rendering context");
    return gvc.get();
}

}  // namespace

std::string layout_and_render(Agraph_t* g, const std::string& format) {
    install_error_hook();
    GVC_t* gvc = context();
    last_error().clear();
    if (gvLayout(gvc, g, "dot") != 0)
        throw Error(fmt::format("graphviz: layout failed: {}", last_error().empty() ? "unknown error" : last_error()));
    LayoutGuard guard{gvc, g};
    RenderData out;
    unsigned int length = 0;
    if (gvRenderData(gvc, g, format.c_str(), &out.data, &length) != 0 || !out.data)
        throw Error(fmt::format("graphviz: cannot render {}: {}", format,
                                last_error().empty() ? "format not available" : last_error()));
    return std::string(out.data, length);
}

}  // namespace claimgraph::render
