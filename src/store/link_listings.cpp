// Store: the listings of the links between the nodes — disputes, copies, origins, the
// edges a document carries — and ids by prefix (listings.cpp lists the nodes).
#include "store/store.h"

#include <functional>
#include <optional>
#include <string>
#include <unordered_set>

#include <SQLiteCpp/SQLiteCpp.h>

#include "store/sql.h"

namespace claimgraph::store {

namespace {

using sql::kEveryRelation;
using sql::opt;

}  // namespace

std::vector<DisputeRow> Store::disputes() const {
    std::vector<DisputeRow> out;
    SQLite::Statement q(*m_db,
                        "SELECT basis, measure, from_id, to_id, max(confirmed) FROM edges "
                        "WHERE relation = 'disputes' GROUP BY basis, measure, from_id, to_id "
                        "ORDER BY basis, measure, from_id, to_id");
    SQLite::Statement side(
        *m_db,
        "SELECT st.text, st.date, s.id, s.name FROM statements st "
        "LEFT JOIN sources s ON s.id = (SELECT min(e.to_id) FROM edges e JOIN sources x ON x.id = e.to_id "
        " WHERE e.from_id = st.id AND e.relation = 'attributes') WHERE st.id = ?");
    SQLite::Statement value(*m_db, "SELECT min(value) FROM figures WHERE statement_id = ? AND measure = ?");
    const auto read = [&](const std::string& id, const std::optional<std::string>& measure) {
        DisputeSide d;
        d.id = id;
        side.bind(1, id);
        if (side.executeStep()) {
            d.text = side.getColumn(0).getString();
            d.date = opt(side.getColumn(1));
            d.source_id = opt(side.getColumn(2));
            d.source_name = opt(side.getColumn(3));
        }
        side.reset();
        if (measure) {
            value.bind(1, id);
            value.bind(2, *measure);
            if (value.executeStep() && !value.getColumn(0).isNull()) d.value = value.getColumn(0).getInt64();
            value.reset();
        }
        return d;
    };
    while (q.executeStep()) {
        DisputeRow r;
        r.basis = q.getColumn(0).getString();
        if (!q.getColumn(1).getString().empty()) r.measure = q.getColumn(1).getString();
        r.from = read(q.getColumn(2).getString(), r.measure);
        r.to = read(q.getColumn(3).getString(), r.measure);
        r.confirmed = q.getColumn(4).getInt() != 0;
        out.push_back(std::move(r));
    }
    return out;
}

std::vector<std::pair<std::string, std::string>> Store::copies() const {
    SQLite::Statement q(*m_db, "SELECT a, b FROM copies ORDER BY a, b");
    std::vector<std::pair<std::string, std::string>> out;
    while (q.executeStep()) out.emplace_back(q.getColumn(0).getString(), q.getColumn(1).getString());
    return out;
}

std::vector<std::pair<std::string, std::string>> Store::origin_links() const {
    std::vector<std::pair<std::string, std::string>> out = copies();
    SQLite::Statement q(*m_db,
                        "SELECT DISTINCT e.from_id, e.to_id FROM edges e JOIN documents d ON d.id = e.from_id "
                        "JOIN sources s ON s.id = e.to_id WHERE e." +
                            kEveryRelation +
                            " AND s.type = 'agency' AND s.name <> 'unnamed agency' ORDER BY e.from_id, e.to_id");
    while (q.executeStep()) out.emplace_back(q.getColumn(0).getString(), q.getColumn(1).getString());
    return out;
}

std::vector<std::pair<std::string, std::string>> Store::copies(const std::vector<std::string>& documents) const {
    std::vector<std::pair<std::string, std::string>> out;
    SQLite::Statement& copy = cached("SELECT a, b FROM copies WHERE a = :d UNION SELECT a, b FROM copies WHERE b = :d");
    for (const std::string& d : documents) {
        copy.bind(":d", d);
        while (copy.executeStep()) out.emplace_back(copy.getColumn(0).getString(), copy.getColumn(1).getString());
        copy.reset();
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::vector<std::pair<std::string, std::string>> Store::origin_links(const std::vector<std::string>& documents) const {
    std::vector<std::pair<std::string, std::string>> out = copies(documents);
    SQLite::Statement agency(*m_db,
                             "SELECT DISTINCT e.from_id, e.to_id FROM edges e JOIN sources s ON s.id = e.to_id "
                             "WHERE e." +
                                 kEveryRelation +
                                 " AND e.from_id = ? AND s.type = 'agency' AND s.name <> 'unnamed agency'");
    for (const std::string& d : documents) {
        agency.bind(1, d);
        while (agency.executeStep()) out.emplace_back(agency.getColumn(0).getString(), agency.getColumn(1).getString());
        agency.reset();
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::vector<std::pair<std::string, std::string>> Store::reports_edges() const {
    SQLite::Statement q(*m_db,
                        "SELECT DISTINCT from_id, to_id FROM edges WHERE relation = 'reports' ORDER BY from_id, to_id");
    std::vector<std::pair<std::string, std::string>> out;
    while (q.executeStep()) out.emplace_back(q.getColumn(0).getString(), q.getColumn(1).getString());
    return out;
}

void Store::for_each_carried(
    const std::function<void(const std::string&, const std::vector<std::string>&)>& each) const {
    // one scan of the reports edges' own index (to_id, from_id); which ids are documents and sources
    // is asked once, not per edge (documents and sources are far fewer than edges)
    std::unordered_set<std::string> documents, sources;
    {
        SQLite::Statement d(*m_db, "SELECT id FROM documents");
        while (d.executeStep()) documents.emplace(d.getColumn(0).getText());
        SQLite::Statement s(*m_db, "SELECT id FROM sources");
        while (s.executeStep()) sources.emplace(s.getColumn(0).getText());
    }
    SQLite::Statement q(*m_db,
                        "SELECT to_id, from_id FROM edges INDEXED BY edges_reports "
                        "WHERE relation = 'reports' ORDER BY to_id, from_id");
    std::string current;
    std::vector<std::string> carriers;
    const auto flush = [&] {
        if (!carriers.empty()) each(current, carriers);
        carriers.clear();
    };
    while (q.executeStep()) {
        const char* to = q.getColumn(0).getText();
        if (current != to) {
            flush();
            current = to;
        }
        std::string from = q.getColumn(1).getText();
        // a document carrying a claim (not crediting an agency, not an outlet citing one)
        if (documents.count(from) && !sources.count(current) && !documents.count(current)) {
            if (carriers.empty() || carriers.back() != from) carriers.push_back(std::move(from));
        }
    }
    flush();
}

std::vector<std::string> Store::ids_with_prefix(const std::string& prefix, std::size_t limit) const {
    // a range of each table's primary key (ids are ASCII, so every id with the prefix sorts
    // below prefix + 0xFF): indexed look-ups, not a scan of every id
    SQLite::Statement& q = cached(
        "SELECT id FROM (SELECT id FROM documents WHERE id >= :p AND id < :hi UNION SELECT id FROM statements "
        "WHERE id >= :p AND id < :hi UNION SELECT id FROM sources WHERE id >= :p AND id < :hi) ORDER BY id LIMIT :n");
    q.bind(":p", prefix);
    q.bind(":hi", prefix + '\xff');
    q.bind(":n", static_cast<int64_t>(limit));
    std::vector<std::string> out;
    while (q.executeStep()) out.push_back(q.getColumn(0).getString());
    return out;
}

}  // namespace claimgraph::store
