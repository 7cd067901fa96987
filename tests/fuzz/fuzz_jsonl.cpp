// libFuzzer target: a JSON Lines batch as `ingest` streams it, line by line, each
// article extracted.
#include <cstddef>
#include <cstdint>
#include <string>

#include "extract/extractor.h"
#include "load/jsonl.h"
#include "util/error.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace claimgraph;
    try {
        const load::JsonlBatch b = load::read_jsonl("fuzz.jsonl", std::string_view(reinterpret_cast<const char*>(data), size));
        for (const Document& d : b.documents) (void)extract::extract(d);
    } catch (const Error&) {
    }
    return 0;
}
