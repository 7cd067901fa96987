// The documents that report one claim, as a listing shows them. Internal to src/store/.
#pragma once

#include <string>
#include <vector>

#include <SQLiteCpp/SQLiteCpp.h>

#include "model/records.h"

namespace claimgraph::store {

/// A claim's documents read from its reports edges, one per document, sorted by date (the
/// undated last), then id: the edges' first and last offsets (none for a curated link's -1),
/// the highest match label and confirmation, the words of the edge that starts first, the
/// highest confidence (two mentions that start at one offset, possible only for a curated
/// link beside a read one: the first written's words). The rows are grouped here rather than
/// by GROUP BY and ORDER BY, each of which made SQLite a temporary B-tree for every claim of
/// a listing.
class ClaimDocuments {
public:
    explicit ClaimDocuments(SQLite::Database& db);
    std::vector<ClaimDocument> of(const std::string& claim);

private:
    SQLite::Statement m_edges;
};

}  // namespace claimgraph::store
