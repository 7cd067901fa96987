// libFuzzer target: a saved web page — gumbo's parse, our text extraction from the DOM
// (scripts, styles and page furniture left out, the nesting limit), then extraction. The
// bytes pass the loader's checks first (UTF-8, no NUL), as `ingest` does.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "extract/extractor.h"
#include "load/html.h"
#include "util/error.h"
#include "util/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace claimgraph;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    if (utf8::first_invalid(bytes) || bytes.find('\0') != std::string_view::npos) return 0;  // the loader refuses these
    try {
        const Document doc = load::read_html("fuzz.html", bytes);
        (void)extract::extract(doc);
    } catch (const Error&) {
    }
    return 0;
}
