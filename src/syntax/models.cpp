#include "syntax/models.h"

#include <string_view>

#include "util/error.h"

// The model files' bytes, linked in by the assembler (embedded_models.S, made by CMake):
// empty when the build had no model file.
extern "C" {
extern const char claimgraph_tagger_model_begin[];
extern const char claimgraph_tagger_model_end[];
extern const char claimgraph_parser_model_begin[];
extern const char claimgraph_parser_model_end[];
}

namespace claimgraph::syntax {

namespace {

std::string_view bytes(const char* begin, const char* end, const char* what) {
    if (end <= begin)
        throw Error(std::string("no ") + what +
                    " model is built into this claimgraph (scripts/train-syntax.sh trains "
                    "one; give one with --" +
                    what + " FILE)");
    return {begin, static_cast<std::size_t>(end - begin)};
}

}  // namespace

const Tagger& builtin_tagger() {
    static const Tagger tagger(bytes(claimgraph_tagger_model_begin, claimgraph_tagger_model_end, "tagger"),
                               "the built-in tagger");
    return tagger;
}

const Parser& builtin_parser() {
    static const Parser parser(bytes(claimgraph_parser_model_begin, claimgraph_parser_model_end, "parser"),
                               "the built-in parser");
    return parser;
}

}  // namespace claimgraph::syntax
