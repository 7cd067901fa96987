// What the speaker-phrase tests read: the speaker the word rules alone (--fast) give.
#pragma once

#include <optional>
#include <string>

#include "test_support.h"

namespace claimgraph::testing {

// The speaker the word rules give the one statement of `text` (nullopt when there is not
// exactly one statement, or it has no speaker).
inline std::optional<SourceMention> fast_source(const std::string& text) {
    const auto ex = extract_fast(text);
    if (ex.statements.size() != 1 || !ex.statements[0].source) return std::nullopt;
    return *ex.statements[0].source;
}

// Its words ("" when none), its name ("" when none) and its type (nullopt when none).
inline std::string fast_speaker(const std::string& text) {
    const auto m = fast_source(text);
    return m ? m->text : "";
}
inline std::string fast_name(const std::string& text) {
    const auto m = fast_source(text);
    return m ? m->name : "";
}
inline std::optional<SourceType> fast_type(const std::string& text) {
    const auto m = fast_source(text);
    return m ? std::optional(m->type) : std::nullopt;
}

}  // namespace claimgraph::testing
