// The documents that report one claim, as a listing shows them. Internal to src/store/.
#pragma once

#include <string>
#include <vector>

#include <SQLiteCpp/SQLiteCpp.h>

#include "model/records.h"

namespace claimgraph::store {

/// The query ClaimDocuments::of runs: a claim's reports edges from documents, one row an edge.
extern const char* const kClaimDocumentEdges;

/// A claim's documents read from its reports edges, one per document, sorted by date (the
/// undated last), then id: the edges' first and last offsets (none for a curated link's -1),
/// the highest match label and confirmation, the words of the edge that starts first, the
/// highest confidence. The rows are grouped here rather than by GROUP BY and ORDER BY, each
/// of which made SQLite a temporary B-tree for every claim of a listing.
class ClaimDocuments {
public:
    explicit ClaimDocuments(SQLite::Database& db) : m_edges(db, kClaimDocumentEdges) {}
    std::vector<ClaimDocument> of(const std::string& claim);

private:
    SQLite::Statement m_edges;
};

}  // namespace claimgraph::store
