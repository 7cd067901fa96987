// What one ingested document adds to the graph, and the rows listings show.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/attribution.h"
#include "model/graph.h"

namespace claimgraph {

struct SourceRecord {
    std::string id;
    std::string name;
    SourceType type = SourceType::person;
    std::string role;
    std::vector<std::string> aliases;  ///< mentions as written ("the ministry", "She")
};

struct StatementRecord {
    std::string id;
    std::string text;
    StatementKind kind = StatementKind::indirect;
    std::string cue;  ///< lemma of the first cue seen
    std::optional<std::string> date;
    std::vector<Figure> figures;
};

/// One document and everything extraction found in it, with stable ids; the store
/// writes a Batch in one transaction.
struct Batch {
    Document document;
    std::vector<SourceRecord> sources;
    std::vector<StatementRecord> statements;
    std::vector<Edge> edges;  ///< attrs: document, start, end, text, cue, cue_start, cue_end, spans, kind
};

struct DocumentRow {
    std::string id, path;
    std::optional<std::string> title, outlet, date, url;
    std::size_t bytes = 0;
    std::size_t statements = 0;
};

struct SourceRow {
    std::string id, name;
    SourceType type = SourceType::person;
    std::string role;
    std::vector<std::string> aliases;
    std::optional<std::string> speaks_for;  ///< id of the body the source speaks for
    std::size_t documents = 0, statements = 0;
};

struct ClaimDocument {
    std::string id;
    std::optional<std::string> outlet, date;
    std::size_t start = 0, end = 0;
};

struct ClaimRow {
    std::string id, text;
    StatementKind kind = StatementKind::indirect;
    std::string cue;
    std::optional<std::string> source_id, source_name;
    std::vector<Figure> figures;
    std::vector<ClaimDocument> documents;  ///< sorted by date, then id
};

struct ClaimFilter {
    std::string source;  ///< id prefix or name substring
    std::string search;  ///< full-text query over statement text
    std::string kind;    ///< direct | indirect | mixed
};

}  // namespace claimgraph
