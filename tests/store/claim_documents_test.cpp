// A claim's documents as a listing shows them (store::ClaimDocuments), against the one SQL
// query (GROUP BY and ORDER BY) that read them before: the same documents, in the same
// order, with the same offsets, labels, words and confidence.
#include <optional>
#include <string>
#include <vector>

#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>

#include "store/claim_documents.h"
#include "store/sql.h"
#include "store/store.h"
#include "test_support.h"

namespace claimgraph {

namespace {

// What the listing ran per claim before ClaimDocuments, kept here as the reference.
std::vector<ClaimDocument> by_one_query(SQLite::Database& db, const std::string& claim) {
    SQLite::Statement q(db,
                        "SELECT d.id, d.outlet, d.date, min(CASE WHEN e.start >= 0 THEN e.start END), "
                        "min(CASE WHEN e.end >= 0 THEN e.end END), max(e.match), max(e.confirmed), "
                        "(SELECT x.evidence FROM edges x WHERE x.relation = 'reports' AND x.from_id = d.id "
                        " AND x.to_id = e.to_id ORDER BY x.start LIMIT 1), max(e.confidence) "
                        "FROM edges e JOIN documents d ON d.id = e.from_id WHERE e.to_id = ? AND "
                        "e.relation = 'reports' GROUP BY d.id ORDER BY d.date IS NULL, d.date, d.id");
    q.bind(1, claim);
    std::vector<ClaimDocument> out;
    while (q.executeStep())
        out.push_back({q.getColumn(0).getString(), store::sql::opt(q.getColumn(1)), store::sql::opt(q.getColumn(2)),
                       store::sql::offset(q.getColumn(3)), store::sql::offset(q.getColumn(4)),
                       q.getColumn(5).getString(), q.getColumn(6).getInt() != 0, q.getColumn(7).getString(),
                       q.getColumn(8).isNull() ? std::nullopt : std::optional<double>(q.getColumn(8).getDouble())});
    return out;
}

void expect_same(const std::vector<ClaimDocument>& a, const std::vector<ClaimDocument>& b) {
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        SCOPED_TRACE(a[i].id);
        EXPECT_EQ(a[i].id, b[i].id);
        EXPECT_EQ(a[i].outlet, b[i].outlet);
        EXPECT_EQ(a[i].date, b[i].date);
        EXPECT_EQ(a[i].start, b[i].start);
        EXPECT_EQ(a[i].end, b[i].end);
        EXPECT_EQ(a[i].match, b[i].match);
        EXPECT_EQ(a[i].confirmed, b[i].confirmed);
        EXPECT_EQ(a[i].text, b[i].text);
        EXPECT_EQ(a[i].confidence, b[i].confidence);
    }
}

}  // namespace

TEST(ClaimDocuments, ReadAsTheGroupedQueryReadThem) {
    const std::string path = testing::temp_dir() + "/docs.db";
    { store::Store make(path, store::OpenMode::read_write); }
    SQLite::Database db(path, SQLite::OPEN_READWRITE);
    // four documents: two dated (one of them '' — dated, and first), one undated, one with
    // an outlet only; a relaying agency that is no document
    for (const char* row : {"('d3', 'Daily C', '2026-05-02', 'h3')", "('d1', 'Daily A', '2026-05-02', 'h1')",
                            "('d2', NULL, NULL, 'h2')", "('d4', 'Wire', '', 'h4')"})
        db.exec(std::string("INSERT INTO documents (id, outlet, date, content_hash, path, text) SELECT *, 'a.txt', "
                            "'words' FROM (VALUES ") +
                row + ")");
    db.exec(
        "INSERT INTO statements (id, text, kind) VALUES ('c', 'The bridge is closed.', 'indirect'), "
        "('other', 'x', 'direct')");
    // the reports edges of claim c: (from, document, start, end, match, confirmed, evidence,
    // confidence); d1 carries the claim twice, the later mention written first, and a curated link
    db.exec(
        "INSERT INTO edges (relation, to_id, from_id, document_id, start, end, match, confirmed, evidence, "
        "confidence) SELECT 'reports', 'c', * FROM (VALUES "
        "('d1', 'd1', 90, 120, 'near', 0, 'the bridge shut', 0.4), "
        "('d1', 'd1', 10, 40, '', 1, 'the bridge is closed', NULL), "
        "('d1', '', -1, -1, 'exact', 0, '', 0.9), "
        "('d3', 'd3', 5, 30, 'exact', 0, 'bridge closed', NULL), "
        "('d2', 'd2', -1, -1, '', 0, '', NULL), "
        "('d4', 'd4', 7, 9, 'near', 0, 'closed', 0.25), "
        "('agency', 'd3', 0, 3, '', 0, 'via', 0.5))");
    db.exec(
        "INSERT INTO edges (relation, from_id, to_id, document_id, start) VALUES ('reports', 'd1', 'other', "
        "'d1', 0), ('attributes', 'c', 'd2', 'd2', 0)");
    store::ClaimDocuments docs(db);
    const auto mine = docs.of("c");
    expect_same(mine, by_one_query(db, "c"));
    ASSERT_EQ(mine.size(), 4u);
    EXPECT_EQ(mine[0].id, "d4");  // '' sorts first among the dated
    EXPECT_EQ(mine[1].id, "d1");
    EXPECT_EQ(mine[1].start, std::optional<std::size_t>(10));
    EXPECT_EQ(mine[1].end, std::optional<std::size_t>(40));
    EXPECT_EQ(mine[1].match, "near");
    EXPECT_TRUE(mine[1].confirmed);
    EXPECT_EQ(mine[1].text, "");  // the curated link's, whose -1 comes first
    EXPECT_EQ(mine[1].confidence, std::optional<double>(0.9));
    EXPECT_EQ(mine[3].id, "d2");  // undated last
    EXPECT_EQ(mine[3].start, std::nullopt);
    // the statement is reused: a second claim, then the first again
    expect_same(docs.of("other"), by_one_query(db, "other"));
    expect_same(docs.of("c"), mine);
    EXPECT_TRUE(docs.of("nothing").empty());
}

}  // namespace claimgraph
