// Reads articles from disk: UTF-8 text with an optional `key: value` header block.
#pragma once

#include <cstddef>
#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "model/document.h"

namespace claimgraph::load {

/// The largest article read by default: 16 MB. A news article, even a long transcript,
/// is well under it; a file over it is a dump or a mistake, and an article's extraction
/// holds about 27 bytes of memory per byte of prose (86 for a file of quote marks).
inline constexpr std::size_t kDefaultMaxArticleBytes = 16'000'000;

/// How to read articles: metadata given on the command line (set fields override the
/// file's header), and the size limit for one article (a text file, a page, a line of a
/// batch; a batch itself may be of any size).
struct LoadOptions {
    std::string title, outlet, date, url;
    std::size_t max_article_bytes = kDefaultMaxArticleBytes;
};

/// Reads `path` ("-" is stdin) into a Document. Throws Error naming the file when it is
/// missing, unreadable, a directory, over the size limit, empty, binary (NUL bytes) or not
/// valid UTF-8 (with line, column and byte offset).
Document load_file(const std::string& path, const LoadOptions& options = {});

/// A file's bytes ("-": standard input); Error naming the file when it is missing, a
/// directory or unreadable.
std::string read_input(const std::string& path);

/// What one input file holds: one document (text, HTML) or many (JSON Lines), and a
/// warning for each part that was skipped.
struct Loaded {
    std::vector<Document> documents;
    std::vector<std::string> warnings;  ///< parts skipped
    std::vector<std::string> notices;  ///< metadata left out of documents that were kept
};

/// Reads `path` in whichever form it has: a JSON Lines batch (*.jsonl, *.ndjson), a saved
/// web page (*.html, *.htm, or bytes that open with a doctype or <html>), or plain text
/// with an optional header block. Throws Error like load_file, and when a page holds no
/// text or a batch no article.
Loaded load_documents(const std::string& path, const LoadOptions& options = {});

/// Calls `each` with every document of `path` in order, as load_documents reads them, and
/// `warn` with each part skipped. A JSON Lines batch is read a line at a time, so memory
/// does not grow with its size; a line with invalid UTF-8 is skipped with a warning naming
/// its line, column and byte offset, and a line over the size limit is skipped unread.
/// Each document's metadata is checked (load::check_metadata): a date that is not one or
/// a URL that is not an http(s) link is left out, with a call to `notice`. Throws like load_documents, before any call when the
/// file holds no document.
void stream_documents(const std::string& path, const LoadOptions& options, const std::function<void(Document&&)>& each,
                      const std::function<void(std::string)>& warn, const std::function<void(std::string)>& notice);

/// The JSON Lines part of stream_documents: reads the batch `in` (named `shown` in
/// messages) a line at a time. Each document's path is `shown#id` (`shown:N` for line N
/// without an id); a line that is not a JSON object with a non-empty string "text", holds
/// NUL bytes or invalid UTF-8, or is over the size limit is skipped with a warning naming
/// its line; blank lines are ignored. Throws Error when the batch holds no article.
void stream_batch(std::istream& in, const std::string& shown, const LoadOptions& options,
                  const std::function<void(Document&&)>& each, const std::function<void(std::string)>& warn,
                  const std::function<void(std::string)>& notice);

/// Builds a Document from bytes already in memory (same checks as load_file).
Document load_text(std::string path, std::string bytes, const LoadOptions& options = {});

}  // namespace claimgraph::load
