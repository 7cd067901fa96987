#include "load/jsonl.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "util/json_read.h"

#include "util/text.h"

namespace claimgraph::load {

namespace {

std::optional<std::string> string_field(const nlohmann::json& o, const char* key) {
    auto it = o.find(key);
    if (it == o.end() || it->is_null()) return std::nullopt;
    if (it->is_string()) {
        std::string v(text::trim(it->get<std::string>()));
        if (v.empty()) return std::nullopt;
        return v;
    }
    if (it->is_number_integer()) return std::to_string(it->get<long long>());
    return std::nullopt;
}

}  // namespace

bool is_jsonl_path(std::string_view path) { return path.ends_with(".jsonl") || path.ends_with(".ndjson"); }

bool read_jsonl_line(const std::string& path, std::size_t line, std::string_view raw, JsonlBatch& batch,
                     std::unordered_set<std::string>& ids) {
    if (text::trim(raw).empty()) return false;
    nlohmann::json o;
    std::string problem;
    try {
        o = parse_json(raw);
    } catch (const JsonTooDeep& e) {
        batch.warnings.push_back(fmt::format("{}:{}:1: invalid JSON ({})", path, line, e.what()));
        return false;
    } catch (const nlohmann::json::parse_error& e) {
        batch.warnings.push_back(fmt::format("{}:{}:{}: invalid JSON", path, line, e.byte));
        return false;
    } catch (const nlohmann::json::exception&) {  // a number too large for a double (found by fuzzing)
        batch.warnings.push_back(fmt::format("{}:{}:1: invalid JSON (a number out of range)", path, line));
        return false;
    }
    const auto text_it = o.is_object() ? o.find("text") : o.end();
    const std::string* body =
        text_it != o.end() && text_it->is_string() ? text_it->get_ptr<const std::string*>() : nullptr;
    if (!o.is_object()) {
        problem = "not a JSON object";
    } else if (!body || text::trim(*body).empty()) {
        problem = "no \"text\" string";
    } else if (body->find('\0') != std::string::npos) {
        problem = "\"text\" contains NUL characters";
    }
    if (!problem.empty()) {
        batch.warnings.push_back(fmt::format("{}:{}:1: {}", path, line, problem));
        return false;
    }
    Document doc;
    const auto id = string_field(o, "id");
    // "#id" for an id, ":N" for a line: `"id": 5` and line 5 without one are two names
    if (!id)
        doc.path = fmt::format("{}:{}", path, line);
    else if (ids.insert(*id).second)
        doc.path = fmt::format("{}#{}", path, *id);
    else
        doc.path = fmt::format("{}#{}:{}", path, *id, line);
    doc.text = *body;
    doc.format = "jsonl";
    doc.title = string_field(o, "title");
    doc.outlet = string_field(o, "outlet");
    doc.date = string_field(o, "date");
    doc.url = string_field(o, "url");
    doc.author = string_field(o, "author");
    if (id) doc.metadata.emplace_back("id", *id);
    batch.documents.push_back(std::move(doc));
    return true;
}

}  // namespace claimgraph::load
