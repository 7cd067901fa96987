// libFuzzer target: a text article, as `ingest` reads it — load (header block, UTF-8 and
// binary checks), extract, build the graph batch, and print the JSON `extract` prints.
// Bad input must end in claimgraph::Error, never a crash, a hang or a sanitizer report.
#include <cstddef>
#include <cstdint>
#include <string>

#include "interchange/extraction_json.h"
#include "extract/extractor.h"
#include "load/loader.h"
#include "resolve/graph_builder.h"
#include "util/error.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace claimgraph;
    try {
        Document doc = load::load_text("fuzz.txt", std::string(reinterpret_cast<const char*>(data), size));
        const Extraction ex = extract::extract(doc);
        std::string json;
        interchange::append_extraction_json(json, ex);
        (void)resolve::build_delta(ex);
    } catch (const Error&) {
    }
    return 0;
}
