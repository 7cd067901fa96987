#include "store/claim_documents.h"

#include <algorithm>
#include <optional>
#include <tuple>

#include "store/sql.h"

namespace claimgraph::store {

namespace {

// a curated link's offsets are -1: a position only where words were read
void lowest(std::optional<std::size_t>& have, std::optional<std::size_t> value) {
    if (value && (!have || *value < *have)) have = value;
}

}  // namespace

// a claim's reports edges from documents, one row an edge
ClaimDocuments::ClaimDocuments(SQLite::Database& db)
    : m_edges(db,
              "SELECT e.from_id, d.outlet, d.date, e.start, e.end, e.match, e.confirmed, e.evidence, e.confidence, "
              "e.rowid FROM edges e INDEXED BY edges_reports JOIN documents d ON d.id = e.from_id "
              "WHERE e.to_id = ? AND e.relation = 'reports'") {}

std::vector<ClaimDocument> ClaimDocuments::of(const std::string& claim) {
    struct Group {
        ClaimDocument doc;
        long long first_start = 0, first_rowid = 0;  ///< of the edge whose words are shown
    };
    std::vector<Group> groups;  // a claim has few documents: found by a walk
    m_edges.bind(1, claim);
    while (m_edges.executeStep()) {
        const std::string id = m_edges.getColumn(0).getString();
        const long long start = m_edges.getColumn(3).getInt64(), rowid = m_edges.getColumn(9).getInt64();
        auto it = std::find_if(groups.begin(), groups.end(), [&](const Group& g) { return g.doc.id == id; });
        if (it == groups.end()) {
            Group g;
            g.doc.id = id;
            g.doc.outlet = sql::opt(m_edges.getColumn(1));
            g.doc.date = sql::opt(m_edges.getColumn(2));
            g.doc.text = m_edges.getColumn(7).getString();
            g.first_start = start;
            g.first_rowid = rowid;
            groups.push_back(std::move(g));
            it = std::prev(groups.end());
        } else if (std::tie(start, rowid) < std::tie(it->first_start, it->first_rowid)) {
            it->doc.text = m_edges.getColumn(7).getString();
            it->first_start = start;
            it->first_rowid = rowid;
        }
        ClaimDocument& d = it->doc;
        lowest(d.start, sql::offset(m_edges.getColumn(3)));
        lowest(d.end, sql::offset(m_edges.getColumn(4)));
        if (std::string match = m_edges.getColumn(5).getString(); match > d.match) d.match = std::move(match);
        d.confirmed = d.confirmed || m_edges.getColumn(6).getInt() != 0;
        if (const SQLite::Column c = m_edges.getColumn(8); !c.isNull())
            d.confidence = std::max(d.confidence.value_or(c.getDouble()), c.getDouble());
    }
    m_edges.reset();
    std::sort(groups.begin(), groups.end(), [](const Group& a, const Group& b) {
        return std::make_tuple(!a.doc.date, std::cref(a.doc.date), std::cref(a.doc.id)) <
               std::make_tuple(!b.doc.date, std::cref(b.doc.date), std::cref(b.doc.id));
    });
    std::vector<ClaimDocument> out;
    out.reserve(groups.size());
    for (Group& g : groups) out.push_back(std::move(g.doc));
    return out;
}

}  // namespace claimgraph::store
