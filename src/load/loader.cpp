#include "load/loader.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <limits>
#include <sstream>

#include <fmt/format.h>

#include "load/html.h"
#include "load/jsonl.h"
#include "load/metadata.h"
#include "util/error.h"
#include "util/text.h"
#include "util/utf8.h"

namespace claimgraph::load {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

// Opens a file for reading; Error naming it when it is missing, a directory or unreadable.
std::ifstream open_file(const std::string& path) {
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(status)) throw Error(fmt::format("'{}': no such file or directory", path));
    if (std::filesystem::is_directory(status)) throw Error(fmt::format("'{}': is a directory", path));
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error(fmt::format("'{}': cannot read: {}", path, std::strerror(errno)));
    return in;
}

// "105.8 MB"; a whole number without its ".0" ("16 MB").
std::string megabytes(std::uintmax_t bytes) {
    if (bytes % 1'000'000 == 0) return fmt::format("{} MB", bytes / 1'000'000);
    return fmt::format("{:.1f} MB", static_cast<double>(bytes) / 1e6);
}

std::string over_limit(std::size_t limit) {
    return fmt::format("over the {} limit for one article (raise it with --max-article-mb)", megabytes(limit));
}

// Reads at most limit + 1 bytes: enough to know a stream is over the limit.
std::string read_capped(std::istream& in, std::size_t limit) {
    std::string bytes;
    char buffer[1 << 16];
    while (bytes.size() <= limit) {
        in.read(buffer, static_cast<std::streamsize>(std::min(sizeof buffer, limit + 1 - bytes.size())));
        if (in.gcount() <= 0) break;
        bytes.append(buffer, static_cast<std::size_t>(in.gcount()));
    }
    return bytes;
}

// A whole article file (or stdin), refused before reading when it is over `limit` bytes.
std::string read_all(const std::string& path, std::size_t limit) {
    const std::string shown = path == "-" ? "<stdin>" : path;
    std::ifstream file;
    if (path != "-") {
        file = open_file(path);
        std::error_code ec;
        const std::uintmax_t size = std::filesystem::file_size(path, ec);
        if (!ec && size > limit) throw Error(fmt::format("'{}': {}, {}", shown, megabytes(size), over_limit(limit)));
    }
    std::istream& in = path == "-" ? std::cin : file;
    std::string bytes = read_capped(in, limit);
    if (in.bad()) throw Error(fmt::format("'{}': cannot read: {}", shown, std::strerror(errno)));
    // a pipe, or a file that grew since it was measured
    if (bytes.size() > limit) throw Error(fmt::format("'{}': {}", shown, over_limit(limit)));
    return bytes;
}

// Reads one line (without its newline) into `line`, keeping at most `limit` + 1 bytes of
// it; `length` is its whole length. False at the end of the stream.
bool read_line(std::istream& in, std::string& line, std::size_t limit, std::size_t& length) {
    line.clear();
    length = 0;
    std::streambuf* buf = in.rdbuf();
    bool any = false;
    for (;;) {
        const int c = buf->sbumpc();
        if (c == std::char_traits<char>::eof()) {
            if (!any) in.setstate(std::ios::eofbit);
            return any;
        }
        any = true;
        if (c == '\n') return true;
        if (length++ <= limit) line.push_back(static_cast<char>(c));
    }
}

// A header key is one short word: letters, digits, '-' or '_', starting with a letter.
bool is_header_key(std::string_view key) {
    if (key.empty() || key.size() > 24) return false;
    if (!((key[0] >= 'a' && key[0] <= 'z') || (key[0] >= 'A' && key[0] <= 'Z'))) return false;
    for (char c : key)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'))
            return false;
    return true;
}

bool is_known_key(const std::string& key) {
    return key == "title" || key == "outlet" || key == "date" || key == "url" || key == "author";
}

// The header block is the run of `key: value` lines at the top, ended by a blank line,
// with at least one recognised key: an article that opens with "WASHINGTON: …" is text.
void parse_header(Document& doc) {
    std::string_view text(doc.text);
    std::size_t pos = doc.body_start;
    std::vector<std::pair<std::string, std::string>> fields;
    bool known = false;
    while (pos < text.size()) {
        std::size_t eol = text.find('\n', pos);
        if (eol == std::string_view::npos) return;  // no blank line: no header
        std::string_view line = text.substr(pos, eol - pos);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (text::trim(line).empty()) {
            if (fields.empty() || !known) return;
            doc.body_start = eol + 1;
            break;
        }
        const std::size_t colon = line.find(':');
        if (colon == std::string_view::npos) return;
        const std::string key = text::lower(line.substr(0, colon));
        if (!is_header_key(key)) return;
        known = known || is_known_key(key);
        fields.emplace_back(key, std::string(text::trim(line.substr(colon + 1))));
        pos = eol + 1;
    }
    if (pos >= text.size()) return;
    for (auto& [key, value] : fields) {
        if (key == "title")
            doc.title = value;
        else if (key == "outlet")
            doc.outlet = value;
        else if (key == "date")
            doc.date = value;
        else if (key == "url")
            doc.url = value;
        else if (key == "author")
            doc.author = value;
        else
            doc.metadata.emplace_back(key, value);
    }
}

void apply(std::optional<std::string>& field, const std::string& value) {
    if (!value.empty()) field = value;
}

void check_bytes(const std::string& shown, std::string_view bytes) {
    if (text::trim(bytes).empty()) throw Error(fmt::format("'{}': empty file", shown));
    if (bytes.find('\0') != std::string::npos)
        throw Error(fmt::format("'{}': binary file (contains NUL bytes), not an article", shown));
    if (auto bad = utf8::first_invalid(bytes)) {
        const auto lc = utf8::line_col(bytes, *bad);
        throw Error(fmt::format("{}:{}:{}: invalid UTF-8 at byte {}", shown, lc.line, lc.column, *bad));
    }
}

void apply_overrides(Document& doc, const LoadOptions& options) {
    apply(doc.title, options.title);
    apply(doc.outlet, options.outlet);
    apply(doc.date, options.date);
    apply(doc.url, options.url);
}

bool is_html_path(std::string_view path) {
    const std::string p = text::lower(path);
    return p.ends_with(".html") || p.ends_with(".htm") || p.ends_with(".xhtml");
}

}  // namespace

Document load_text(std::string path, std::string bytes, const LoadOptions& options) {
    const std::string shown = path == "-" ? "<stdin>" : path;
    check_bytes(shown, bytes);
    Document doc;
    doc.path = std::move(path);
    doc.text = std::move(bytes);
    if (std::string_view(doc.text).substr(0, kBom.size()) == kBom) doc.body_start = kBom.size();
    parse_header(doc);
    apply_overrides(doc, options);
    return doc;
}

Document load_file(const std::string& path, const LoadOptions& options) {
    return load_text(path, read_all(path, options.max_article_bytes), options);
}

namespace {

// A saved web page or a plain-text article: one document.
Document load_page_or_text(const std::string& path, const LoadOptions& options) {
    std::string bytes = read_all(path, options.max_article_bytes);
    if (!is_html_path(path) && !looks_like_html(bytes)) return load_text(path, std::move(bytes), options);
    const std::string shown = path == "-" ? "<stdin>" : path;
    check_bytes(shown, bytes);
    Document doc = read_html(path, bytes);
    if (text::trim(doc.text).empty()) throw Error(fmt::format("'{}': no article text in HTML page", shown));
    apply_overrides(doc, options);
    return doc;
}

}  // namespace

Loaded load_documents(const std::string& path, const LoadOptions& options) {
    Loaded loaded;
    stream_documents(
        path, options, [&](Document&& d) { loaded.documents.push_back(std::move(d)); },
        [&](std::string w) { loaded.warnings.push_back(std::move(w)); },
        [&](std::string n) { loaded.notices.push_back(std::move(n)); });
    return loaded;
}

void stream_documents(const std::string& path, const LoadOptions& options, const std::function<void(Document&&)>& each,
                      const std::function<void(std::string)>& warn, const std::function<void(std::string)>& notice) {
    const std::string shown = path == "-" ? "<stdin>" : path;
    if (!is_jsonl_path(path)) {
        Document doc = load_page_or_text(path, options);
        for (std::string& n : check_metadata(doc, "'" + shown + "'")) notice(std::move(n));
        each(std::move(doc));
        return;
    }
    std::ifstream file;
    if (path != "-") file = open_file(path);
    stream_batch(path == "-" ? std::cin : file, shown, options, each, warn, notice);
}

void stream_batch(std::istream& in, const std::string& shown, const LoadOptions& options,
                  const std::function<void(Document&&)>& each, const std::function<void(std::string)>& warn,
                  const std::function<void(std::string)>& notice) {
    // warnings wait for the first document: a file with none is one error, not a warning per line
    std::vector<std::string> held;
    std::size_t documents = 0, line = 0, bytes = 0;
    std::string raw;
    std::size_t length = 0;
    std::unordered_set<std::string> ids;  // the batch's ids so far: names stay unique
    while (read_line(in, raw, options.max_article_bytes, length)) {
        ++line;
        bytes += length + 1;
        JsonlBatch one;
        if (length > options.max_article_bytes) {
            one.warnings.push_back(fmt::format("{}:{}:1: line of {}, {}", shown, line, megabytes(length),
                                               over_limit(options.max_article_bytes)));
        } else if (auto bad = utf8::first_invalid(raw)) {
            one.warnings.push_back(fmt::format("{}:{}:{}: invalid UTF-8 at byte {}", shown, line,
                                               utf8::line_col(raw, *bad).column, bytes - raw.size() - 1 + *bad));
        } else if (raw.find('\0') != std::string::npos) {
            one.warnings.push_back(fmt::format("{}:{}:1: binary line (contains NUL bytes)", shown, line));
        } else {
            read_jsonl_line(shown, line, raw, one, ids);
        }
        for (std::string& w : one.warnings) {
            if (documents == 0)
                held.push_back(std::move(w));
            else
                warn(std::move(w));
        }
        for (Document& d : one.documents) {
            if (documents++ == 0)
                for (std::string& w : held) warn(std::move(w));
            apply_overrides(d, options);
            for (std::string& n : check_metadata(d, fmt::format("{}:{}:1", shown, line))) notice(std::move(n));
            each(std::move(d));
        }
    }
    if (in.bad()) throw Error(fmt::format("'{}': cannot read: {}", shown, std::strerror(errno)));
    if (documents > 0) return;
    if (bytes == 0 || held.empty()) throw Error(fmt::format("'{}': empty file", shown));
    throw Error(fmt::format("'{}': no articles in JSON Lines file ({} line{} skipped; first: {})", shown, held.size(),
                            held.size() == 1 ? "" : "s", held.front()));
}

std::string read_input(const std::string& path) { return read_all(path, std::numeric_limits<std::size_t>::max() - 1); }

}  // namespace claimgraph::load
