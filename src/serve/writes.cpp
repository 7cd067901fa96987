// The server's writes: the corrections a person makes, the same operations and records as
// `sources merge/split`, `claims confirm/reject` and `disputes add`, so that later ingests
// respect them. Each answers what it did, with the ids a page moves to.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "resolve/graph_builder.h"
#include "resolve/names.h"
#include "serve/api.h"
#include "util/text.h"

namespace claimgraph::serve {

namespace {

using Json = nlohmann::ordered_json;

std::string required(const Params& p, const std::string& name) {
    std::string v = param(p, name);
    if (v.empty()) throw ApiError{400, fmt::format("'{}' is required", name)};
    return v;
}

std::string source_id(const store::Store& db, const Params& p, const std::string& name) {
    const std::string id = full_id(db, required(p, name));
    if (!db.source_type(id)) throw ApiError{400, fmt::format("{}: '{}' is not a source", name, id)};
    return id;
}

std::string statement_id(const store::Store& db, const Params& p, const std::string& name) {
    const std::string id = full_id(db, required(p, name));
    if (!db.has_statement(id)) throw ApiError{400, fmt::format("{}: '{}' is not a claim", name, id)};
    return id;
}

std::string document_id(const store::Store& db, const Params& p, const std::string& name) {
    const std::string id = full_id(db, required(p, name));
    if (!db.document(id)) throw ApiError{400, fmt::format("{}: '{}' is not a document", name, id)};
    return id;
}

}  // namespace

std::string merge_sources(store::Store& db, const Params& p) {
    const std::string keep = source_id(db, p, "keep"), other = source_id(db, p, "other");
    if (keep == other) throw ApiError{400, "keep and other are the same source"};
    db.merge_sources(keep, other);
    return Json{{"merged", other}, {"into", keep}}.dump();
}

std::string split_source(store::Store& db, const Params& p) {
    const std::string id = source_id(db, p, "source");
    const std::string alias = required(p, "alias");
    if (alias.size() > 300) throw ApiError{400, "alias: longer than 300 bytes"};
    const std::string fresh = db.split_source(id, alias, resolve::source_key(alias));
    return Json{{"split", alias}, {"from", id}, {"source", fresh}}.dump();
}

std::string confirm_match(store::Store& db, const Params& p) {
    const std::string st = statement_id(db, p, "statement"), doc = document_id(db, p, "document");
    db.confirm_match(st, doc);
    return Json{{"confirmed", st}, {"document", doc}}.dump();
}

std::string reject_match(store::Store& db, const Params& p) {
    const std::string st = statement_id(db, p, "statement"), doc = document_id(db, p, "document");
    // the words as this document has them become the new claim's key, as `claims reject`
    const std::string fresh = db.reject_match(st, doc, resolve::match_key(db.mention_text(st, doc)));
    return Json{{"rejected", st}, {"document", doc}, {"claim", fresh}}.dump();
}

std::string add_dispute(store::Store& db, const Params& p) {
    const std::string from = statement_id(db, p, "from"), to = statement_id(db, p, "to");
    if (from == to) throw ApiError{400, "a claim does not dispute itself"};
    const std::string note = param(p, "note");
    if (note.size() > 2000) throw ApiError{400, "note: longer than 2,000 bytes"};
    db.add_dispute(from, to, note);
    return Json{{"from", from}, {"to", to}, {"basis", "curated"}}.dump();
}

}  // namespace claimgraph::serve
