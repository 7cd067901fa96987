#include "serve/assets.h"

// the files' bytes, placed by the assembler (.incbin; CMakeLists.txt, embedded_web.S)
extern "C" {
extern const char claimgraph_web_index_begin[], claimgraph_web_index_end[];
extern const char claimgraph_web_page_js_begin[], claimgraph_web_page_js_end[];
extern const char claimgraph_web_app_js_begin[], claimgraph_web_app_js_end[];
extern const char claimgraph_web_app_css_begin[], claimgraph_web_app_css_end[];
}

namespace claimgraph::serve {

namespace {

std::string_view bytes(const char* begin, const char* end) {
    return {begin, static_cast<std::size_t>(end - begin)};
}

}  // namespace

std::optional<Asset> asset(const std::string& path) {
    if (path == "/" || path == "/index.html")
        return Asset{bytes(claimgraph_web_index_begin, claimgraph_web_index_end), "text/html; charset=utf-8"};
    if (path == "/page.js")
        return Asset{bytes(claimgraph_web_page_js_begin, claimgraph_web_page_js_end), "text/javascript; charset=utf-8"};
    if (path == "/app.js")
        return Asset{bytes(claimgraph_web_app_js_begin, claimgraph_web_app_js_end), "text/javascript; charset=utf-8"};
    if (path == "/app.css")
        return Asset{bytes(claimgraph_web_app_css_begin, claimgraph_web_app_css_end), "text/css; charset=utf-8"};
    return std::nullopt;
}

}  // namespace claimgraph::serve
