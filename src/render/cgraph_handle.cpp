#include "render/cgraph_handle.h"

#include <cstdio>
#include <map>
#include <string_view>
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

// Object ids in creation order. cgraph's default discipline makes a named object's id the
// address of its interned name, and keeps subgraphs in id order: clusters came out of the
// SVG in an order that changed from run to run. Here ids come from a counter (odd, as
// cgraph's anonymous ids are); names are interned with agstrdup as cgraph expects (its
// writer looks at the interned string's header) and released when their object goes.
struct IdState {
    Agraph_t* graph = nullptr;
    IDTYPE next = 1;
    std::map<std::string, IDTYPE, std::less<>> ids;
    struct Name {
        char* interned;
        std::size_t uses;
    };
    std::map<IDTYPE, Name> names;
};

void* ids_open(Agraph_t* g, Agdisc_t*) {
    auto* s = new IdState;
    s->graph = g;
    return s;
}

long ids_map(void* state, int, char* str, IDTYPE* id, int createflag) {
    auto* s = static_cast<IdState*>(state);
    if (str) {
        if (auto it = s->ids.find(std::string_view(str)); it != s->ids.end()) {
            *id = it->second;
            if (createflag) {  // a second object with this name (a node and a subgraph, say)
                agstrdup(s->graph, str);
                ++s->names.at(*id).uses;
            }
            return 1;
        }
    }
    if (!createflag) return 0;
    *id = s->next;
    s->next += 2;
    if (str) {
        s->ids.emplace(str, *id);
        s->names.emplace(*id, IdState::Name{agstrdup(s->graph, str), 1});
    }
    return 1;
}

long ids_alloc(void*, int, IDTYPE) { return 0; }

void ids_free(void* state, int, IDTYPE id) {
    auto* s = static_cast<IdState*>(state);
    auto it = s->names.find(id);
    if (it == s->names.end()) return;
    char* interned = it->second.interned;
    if (--it->second.uses == 0) {
        if (auto name = s->ids.find(std::string_view(interned)); name != s->ids.end()) s->ids.erase(name);
        s->names.erase(it);
    }
    agstrfree(s->graph, interned);
}

char* ids_print(void* state, int, IDTYPE id) {
    auto* s = static_cast<IdState*>(state);
    auto it = s->names.find(id);
    return it == s->names.end() ? nullptr : it->second.interned;
}

void ids_close(void* state) { delete static_cast<IdState*>(state); }
void ids_register(void*, int, void*) {}

Agiddisc_t kCreationOrderIds{ids_open, ids_map, ids_alloc, ids_free, ids_print, ids_close, ids_register};

}  // namespace

GraphPtr open_graph(const std::string& name) {
    install_error_hook();
    static Agdisc_t discipline{&AgMemDisc, &kCreationOrderIds, &AgIoDisc};
    GraphPtr g(agopen(cstr(name), Agdirected, &discipline));
    if (!g) throw Error("graphviz: cannot create a graph");
    // Creating the rendering context declares label="\N" as every new graph's node default
    // (gvContext calls agattr(NULL, …)): without this a graph made after the first render in
    // a process would differ from one made before (byte-identical output, semantic DOT).
    agattr(g.get(), AGNODE, cstr(std::string("label")), cstr(std::string()));
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
