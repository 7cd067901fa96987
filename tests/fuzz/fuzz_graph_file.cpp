// libFuzzer target: a graph file as `check` and `import` read it — our DOT reader, the
// checks, and, when it has no error, the import into a store.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "load/graph_file.h"
#include "store/store.h"
#include "util/error.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace claimgraph;
    try {
        const load::GraphFile f = load::read_graph_file(std::string_view(reinterpret_cast<const char*>(data), size));
        (void)load::format_diagnostics("fuzz.dot", f.diagnostics);
        if (!f.has_errors()) {
            store::Store db(":memory:", store::OpenMode::read_write);
            db.import_graph(f.graph);
            (void)db.graph();
        }
    } catch (const Error&) {
    }
    return 0;
}
