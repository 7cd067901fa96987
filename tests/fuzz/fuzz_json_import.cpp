// libFuzzer target: a JSON file as `import` reads it — claimgraph's dump or PROV-JSON —
// then the import into a store and the exports written back.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "interchange/formats.h"
#include "store/store.h"
#include "util/error.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace claimgraph;
    try {
        const interchange::Imported in =
            interchange::read_json(std::string_view(reinterpret_cast<const char*>(data), size));
        store::Store db(":memory:", store::OpenMode::read_write);
        db.import_graph(in.graph);
        const GraphData g = db.graph();
        (void)interchange::prov_json(g);
        (void)interchange::graph_json(g);
    } catch (const Error&) {
    }
    return 0;
}
