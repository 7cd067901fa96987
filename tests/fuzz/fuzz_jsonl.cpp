// libFuzzer target: a JSON Lines batch as `ingest` streams it (load::stream_batch: line
// limit, UTF-8 and NUL checks, JSON, metadata), each article extracted.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "extract/extractor.h"
#include "load/loader.h"
#include "util/error.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace claimgraph;
    std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
    load::LoadOptions options;
    options.max_article_bytes = 4096;  // so that the fuzzer reaches the over-long line too
    try {
        load::stream_batch(
            in, "fuzz.jsonl", options, [](Document&& d) { (void)extract::extract(d); }, [](std::string) {},
            [](std::string) {});
    } catch (const Error&) {
    }
    return 0;
}
