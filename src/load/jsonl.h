// JSON Lines batches: one article per line, {"id", "text", "title", "outlet", "date", "url"}.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "model/document.h"

namespace claimgraph::load {

struct JsonlBatch {
    std::vector<Document> documents;
    std::vector<std::string> warnings;  ///< one per line skipped: "path:line:col: cause"
};

/// Reads line number `line` of a batch into `batch` (a document, or a warning); true when
/// it added a document. Each document's path is `path#id`, or `path:N` for line N when
/// there is no id, or `path#id:N` when an earlier line of the batch had that id (`ids`
/// holds those seen), so two records never share a name; its text is the "text" field. A
/// line that is not a JSON object with a non-empty string "text" is a warning naming its
/// line. Blank lines add nothing. load::stream_batch reads whole batches with it.
bool read_jsonl_line(const std::string& path, std::size_t line, std::string_view raw, JsonlBatch& batch,
                     std::unordered_set<std::string>& ids);

bool is_jsonl_path(std::string_view path);  ///< *.jsonl, *.ndjson

}  // namespace claimgraph::load
