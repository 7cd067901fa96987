// JSON Lines batches: one article per line, {"id", "text", "title", "outlet", "date", "url"}.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/document.h"

namespace claimgraph::load {

struct JsonlBatch {
    std::vector<Document> documents;
    std::vector<std::string> warnings;  ///< one per line skipped: "path:line:col: cause"
};

/// Reads every line of a JSON Lines file. Each document's path is `path#id` (`path#N`
/// for line N when there is no id) and its text is the "text" field. A line that is not
/// a JSON object with a non-empty string "text" (or that holds NUL characters) is
/// skipped with a warning naming its line; blank lines are ignored.
JsonlBatch read_jsonl(const std::string& path, std::string_view bytes);

/// Reads line number `line` of a batch into `batch` (a document, or a warning); true when
/// it added a document. Blank lines add nothing.
bool read_jsonl_line(const std::string& path, std::size_t line, std::string_view raw, JsonlBatch& batch);

bool is_jsonl_path(std::string_view path);  ///< *.jsonl, *.ndjson

}  // namespace claimgraph::load
