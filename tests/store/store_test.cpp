#include <algorithm>
#include <filesystem>

#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>

#include "resolve/graph_builder.h"
#include "graph/provenance_graph.h"
#include "store/sql.h"
#include "store/store.h"
#include "test_support.h"
#include "util/error.h"

namespace claimgraph {

namespace {

DocumentDelta port_strike() {
    return resolve::build_delta(testing::extract_text(testing::read_file(testing::data_path("port-strike.txt"))));
}

}  // namespace

TEST(Store, AddsADocumentOnceWhateverItsPath) {
    store::Store db(":memory:", store::OpenMode::read_write);
    DocumentDelta b = port_strike();
    EXPECT_TRUE(db.add(b).added);
    b.document.path = "elsewhere.txt";
    EXPECT_FALSE(db.add(b).added);
    EXPECT_EQ(db.documents().size(), 1u);
    EXPECT_EQ(db.documents()[0].statements, b.statements.size());
}

TEST(Store, ListsSourcesWithAliasesAndWhomTheySpeakFor) {
    store::Store db(":memory:", store::OpenMode::read_write);
    db.add(port_strike());
    const auto sources = db.sources();
    const auto z =
        std::find_if(sources.begin(), sources.end(), [](const SourceRow& s) { return s.name == "Maria Zakharova"; });
    ASSERT_NE(z, sources.end());
    EXPECT_EQ(z->speaks_for, source_id("Foreign Ministry"));
    EXPECT_EQ(z->statements, 2u);
    EXPECT_NE(std::find(z->aliases.begin(), z->aliases.end(), "She"), z->aliases.end());
}

TEST(Store, FiltersClaimsByFullTextKindAndSource) {
    store::Store db(":memory:", store::OpenMode::read_write);
    db.add(port_strike());
    EXPECT_EQ(db.claims({"", "rubble", ""}).size(), 1u);
    EXPECT_EQ(db.claims({"", "\"quote\" OR *", ""}).size(), 0u);  // user text is never FTS syntax
    EXPECT_EQ(db.claims({"Zakharova", "", ""}).size(), 2u);
    for (const ClaimRow& c : db.claims({"", "", "direct"})) EXPECT_EQ(c.kind, StatementKind::direct);
}

TEST(Store, ListsClaimsDatedByDateAndIdThenUndatedById) {
    // stored out of order: an undated article first, then a later and an earlier one
    store::Store db(":memory:", store::OpenMode::read_write);
    const auto add = [&](const std::string& text, std::optional<std::string> date) {
        Extraction ex = testing::extract_text(text);
        ex.document.date = std::move(date);
        db.add(resolve::build_delta(ex));
    };
    add("Farmers said that the harvest was poor. Millers said that flour would cost more.", std::nullopt);
    add("Dockers said that the strike would go on. Owners said that the port was open.", "2024-03-02");
    add("Teachers said that the schools were full. Parents said that classes were too large.", "2024-01-05");
    const auto claims = db.claims({});
    ASSERT_EQ(claims.size(), 6u);
    std::vector<std::string> dates;
    for (const ClaimRow& c : claims) {
        const auto stored = db.known_statements({c.id});
        ASSERT_EQ(stored.size(), 1u);
        dates.push_back(stored.front().date.value_or("~"));  // '~' sorts after every digit
    }
    EXPECT_EQ(dates, (std::vector<std::string>{"2024-01-05", "2024-01-05", "2024-03-02", "2024-03-02", "~", "~"}));
    for (std::size_t k = 1; k < claims.size(); ++k)
        if (dates[k] == dates[k - 1]) {
            EXPECT_LT(claims[k - 1].id, claims[k].id);
        }
    // the listing of ids alone, which the CSV prints, in the same order
    std::vector<std::string> ids;
    db.for_each_claim(
        {}, [&](ClaimRow&& r) { ids.push_back(r.id); }, store::Store::ClaimDetail::document_ids);
    ASSERT_EQ(ids.size(), claims.size());
    for (std::size_t k = 0; k < ids.size(); ++k) EXPECT_EQ(ids[k], claims[k].id);
}

TEST(Store, SearchFindsWordsByTheirStemAndByAPrefix) {
    store::Store db(":memory:", store::OpenMode::read_write);
    db.add(resolve::build_delta(
        testing::extract_text("Police said that the shelling was killing civilians. Doctors said the hospital was full.")));
    const auto found = [&](const std::string& search) { return db.claims({"", search, ""}).size(); };
    EXPECT_EQ(found("killed"), 1u);  // "killing": the same stem
    EXPECT_EQ(found("kills"), 1u);
    EXPECT_EQ(found("KILLING"), 1u);
    EXPECT_EQ(found("kil*"), 1u);  // a prefix
    EXPECT_EQ(found("shelling was kill*"), 1u);  // the last word of a phrase
    EXPECT_EQ(found("kil"), 0u);  // no star, no prefix
    EXPECT_EQ(found("hospitals"), 1u);
    EXPECT_EQ(found("was killing doctors"), 0u);  // one phrase, not any of its words
    EXPECT_EQ(found("*"), 0u);
    EXPECT_EQ(found("\"killing\" OR *"), 0u);  // still never FTS syntax
}

TEST(Store, NeighbourhoodLoadsOnlyWhatIsConnected) {
    store::Store db(":memory:", store::OpenMode::read_write);
    db.add(port_strike());
    db.add(resolve::build_delta(testing::extract_text("Farmers said that the harvest was poor.")));
    const auto all = db.graph();
    const auto near = db.neighbourhood(source_id("Farmers"), 1);
    EXPECT_EQ(near.nodes.size(), 2u);  // the source and its statement
    EXPECT_GT(all.nodes.size(), 10u);
}

TEST(Store, TheTraceNeighbourhoodDoesNotFollowWhatASourceRelays) {
    store::Store db(":memory:", store::OpenMode::read_write);
    GraphData g;
    g.nodes = {
        {"d1", NodeKind::document, "Wire", {}},
        {"s1", NodeKind::statement, "the talks are over", {{"text", "the talks are over"}, {"form", "indirect"}}},
        {"s2", NodeKind::statement, "the convoy left", {{"text", "the convoy left"}, {"form", "indirect"}}},
        {"zak", NodeKind::source, "Maria Zakharova", {{"name", "Maria Zakharova"}, {"type", "person"}}},
        {"tass", NodeKind::source, "TASS", {{"name", "TASS"}, {"type", "agency"}}}};
    g.edges = {{"d1", "s1", Relation::reports, {}},
               {"s1", "zak", Relation::attributes, {}},
               {"tass", "s1", Relation::reports, {}},
               {"s2", "tass", Relation::attributes, {}}};
    g.normalize();
    db.import_graph(g);
    const auto ids = [](const GraphData& n) {
        std::vector<std::string> out;
        for (const Node& x : n.nodes) out.push_back(x.id);
        return out;
    };
    // s2's origin is TASS; what TASS relays (s1) is not upstream of it
    EXPECT_EQ(ids(db.neighbourhood("s2", -1)), (std::vector<std::string>{"s2", "tass"}));
    // a trace of TASS itself: what it relayed, and that claim's speaker
    EXPECT_EQ(ids(db.neighbourhood("tass", -1)), (std::vector<std::string>{"s1", "s2", "tass", "zak"}));
    // s1: its speaker upstream; its carriers and relay downstream, and what the relay says
    EXPECT_EQ(ids(db.neighbourhood("s1", -1)), (std::vector<std::string>{"d1", "s1", "s2", "tass", "zak"}));
    // a focus view follows every edge, a step at a time
    EXPECT_EQ(ids(db.neighbourhood("s2", 1)), (std::vector<std::string>{"s2", "tass"}));
    EXPECT_EQ(ids(db.neighbourhood("s2", 2)), (std::vector<std::string>{"s1", "s2", "tass"}));
}

TEST(Store, WholeArchiveAnalysesReadOnlyWhatTheyNeed) {
    store::Store db(":memory:", store::OpenMode::read_write);
    GraphData g;
    g.nodes = {
        {"d1", NodeKind::document, "Wire", {}},
        {"d2", NodeKind::document, "Paper", {}},
        {"s1", NodeKind::statement, "the talks are over", {{"text", "the talks are over"}, {"form", "indirect"}}},
        {"a", NodeKind::source, "Post", {{"name", "Post"}, {"type", "outlet"}}},
        {"b", NodeKind::source, "Herald", {{"name", "Herald"}, {"type", "outlet"}}},
        {"tass", NodeKind::source, "TASS", {{"name", "TASS"}, {"type", "agency"}}}};
    g.edges = {{"d1", "s1", Relation::reports, {}},
               {"d2", "s1", Relation::reports, {}},
               {"d1", "tass", Relation::reports, {}},
               {"a", "b", Relation::reports, {{"kind", "cites"}}},
               {"b", "a", Relation::reports, {{"kind", "cites"}}},
               {"s1", "a", Relation::attributes, {}}};
    g.normalize();
    db.import_graph(g);
    std::vector<std::pair<std::string, std::vector<std::string>>> carried;
    db.for_each_carried([&](const std::string& s, const std::vector<std::string>& d) { carried.emplace_back(s, d); });
    // statements only (d1 also credits TASS), with their documents
    ASSERT_EQ(carried.size(), 1u);
    EXPECT_EQ(carried[0].first, "s1");
    EXPECT_EQ(carried[0].second, (std::vector<std::string>{"d1", "d2"}));
    EXPECT_EQ(db.reports_edges().size(), 5u);
    EXPECT_EQ(graph::reporting_cycles(db.reports_edges()), (std::vector<std::vector<std::string>>{{"a", "b"}}));
}

TEST(Store, ResolvesIdPrefixes) {
    store::Store db(":memory:", store::OpenMode::read_write);
    const store::AddResult r = db.add(port_strike());
    const auto ids = db.ids_with_prefix(r.document_id.substr(0, 8));
    ASSERT_EQ(ids.size(), 1u);
    EXPECT_EQ(ids[0], r.document_id);
}

TEST(Store, RefusesAMissingDatabaseForReading) {
    const std::string path = testing::temp_dir() + "/none.db";
    try {
        store::Store db(path, store::OpenMode::read_only);
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_EQ(std::string(e.what()), "'" + path + "': no such database (run 'claimgraph ingest' first)");
    }
}

TEST(Store, AnSQLiteErrorIsADatabaseErrorAndNothingElseIs) {
    // the command line tells a database error from an internal one by asking the store,
    // so that SQLiteCpp's types stay inside src/store/
    EXPECT_TRUE(store::is_sqlite_error(SQLite::Exception("disk I/O error", 10)));  // SQLITE_IOERR
    EXPECT_FALSE(store::is_sqlite_error(std::runtime_error("disk I/O error")));
    EXPECT_FALSE(store::is_sqlite_error(Error("no such claim")));
}

TEST(Store, RanksSourceTypesAsTheLinkerDoes) {
    // one ranking (model's type_strength) for the linker and the store's SQL, so that a
    // source's type does not depend on which of them decided it
    SQLite::Database db(":memory:", SQLite::OPEN_READWRITE);
    store::Store::register_functions(db);
    for (SourceType t : {SourceType::person, SourceType::organization, SourceType::agency, SourceType::outlet,
                         SourceType::collective, SourceType::anonymous}) {
        SQLite::Statement q(db, "SELECT type_strength(?)");
        q.bind(1, to_string(t));
        ASSERT_TRUE(q.executeStep());
        EXPECT_EQ(q.getColumn(0).getInt(), type_strength(t)) << to_string(t);
    }
    EXPECT_GT(type_strength(SourceType::agency), type_strength(SourceType::outlet));
    EXPECT_GT(type_strength(SourceType::outlet), type_strength(SourceType::organization));
    EXPECT_GT(type_strength(SourceType::organization), type_strength(SourceType::person));
    EXPECT_GT(type_strength(SourceType::person), type_strength(SourceType::collective));
    EXPECT_GT(type_strength(SourceType::collective), type_strength(SourceType::anonymous));
    SQLite::Statement unknown(db, "SELECT type_strength('planet')");
    ASSERT_TRUE(unknown.executeStep());
    EXPECT_EQ(unknown.getColumn(0).getInt(), 0);
}

TEST(Store, ListsClaimsWithDocumentIdsAsTheFullListingDoes) {
    // the Sosnovka coverage: claims carried by several documents, agencies relaying them
    // (a `reports` edge from a source, not a document), claims a curator added
    const std::string db = testing::temp_dir() + "/listing-ids.db";
    std::filesystem::remove(db);
    const std::string root = CLAIMGRAPH_SOURCE_DIR;
    ASSERT_EQ(testing::run_cli({"ingest", "-q", "--db", db, root + "/graphs/sosnovka-market/articles"}).code, 0);
    ASSERT_EQ(testing::run_cli({"import", "--db", db, root + "/graphs/sosnovka-market/curated.dot"}).code, 0);
    const store::Store s(db, store::OpenMode::read_only);
    const auto full = s.claims({});
    std::vector<ClaimRow> ids;
    s.for_each_claim(
        {}, [&](ClaimRow&& r) { ids.push_back(std::move(r)); }, store::Store::ClaimDetail::document_ids);
    ASSERT_EQ(ids.size(), full.size());
    ASSERT_GT(full.size(), 20u);
    std::size_t relayed = 0, several = 0;
    for (std::size_t k = 0; k < full.size(); ++k) {
        EXPECT_EQ(ids[k].id, full[k].id);
        EXPECT_EQ(ids[k].source_id, full[k].source_id);
        EXPECT_EQ(ids[k].source_name, full[k].source_name);
        EXPECT_EQ(ids[k].text, full[k].text);
        std::vector<std::string> want, got;
        for (const ClaimDocument& d : full[k].documents) want.push_back(d.id);
        for (const ClaimDocument& d : ids[k].documents) got.push_back(d.id);
        std::sort(want.begin(), want.end());
        EXPECT_EQ(got, want) << full[k].id;
        several += want.size() > 1;
        SQLite::Database raw(db, SQLite::OPEN_READONLY);
        SQLite::Statement q(raw,
                            "SELECT count(*) FROM edges e JOIN sources s ON s.id = e.from_id "
                            "WHERE e.relation = 'reports' AND e.to_id = ?");
        q.bind(1, full[k].id);
        relayed += q.executeStep() && q.getColumn(0).getInt() > 0;
    }
    // the case the listing of ids must tell apart is there: a relay is not a document
    EXPECT_GT(relayed, 0u);
    EXPECT_GT(several, 0u);
}

TEST(Store, ListsADocumentThatCarriesAClaimTwiceOnce) {
    // a claim an article carries in two places: two `reports` edges from one document,
    // which the listing of ids names once (it reads them without DISTINCT)
    const std::string db = testing::temp_dir() + "/listing-twice.db";
    std::filesystem::remove(db);
    {
        store::Store s(db, store::OpenMode::read_write);
        ASSERT_TRUE(s.add(port_strike()).added);
    }
    std::string claim, document;
    {
        SQLite::Database raw(db, SQLite::OPEN_READWRITE);
        SQLite::Statement one(raw,
                              "SELECT to_id, from_id FROM edges e JOIN documents d ON d.id = e.from_id "
                              "WHERE e.relation = 'reports' ORDER BY to_id LIMIT 1");
        ASSERT_TRUE(one.executeStep());
        claim = one.getColumn(0).getString();
        document = one.getColumn(1).getString();
        SQLite::Statement twice(raw,
                                "INSERT INTO edges (relation, from_id, to_id, document_id, start, end) "
                                "VALUES ('reports', ?, ?, ?, 100000, 100010)");
        twice.bind(1, document);
        twice.bind(2, claim);
        twice.bind(3, document);
        ASSERT_EQ(twice.exec(), 1);
    }
    const store::Store s(db, store::OpenMode::read_only);
    std::size_t seen = 0;
    s.for_each_claim(
        {},
        [&](ClaimRow&& r) {
            if (r.id != claim) return;
            ++seen;
            ASSERT_EQ(r.documents.size(), 1u);
            EXPECT_EQ(r.documents.front().id, document);
        },
        store::Store::ClaimDetail::document_ids);
    EXPECT_EQ(seen, 1u);
    const auto full = s.claims({});
    const auto it = std::find_if(full.begin(), full.end(), [&](const ClaimRow& r) { return r.id == claim; });
    ASSERT_NE(it, full.end());
    EXPECT_EQ(it->documents.size(), 1u);  // the full listing groups by document too
}

// The look-ups of a node's edges by one end name every relation, so that the relation-led
// indexes serve them (schema 11 has no index of from_id or to_id alone): a relation left
// out of the list would be an edge those look-ups never see (a trace that stops short).
TEST(StoreSql, EveryRelationIsNamedWhereAnEdgeIsLookedUpByOneEnd) {
    for (const Relation r : {Relation::reports, Relation::attributes, Relation::disputes})
        EXPECT_NE(store::sql::kEveryRelation.find(std::string("'") + to_string(r) + "'"), std::string::npos)
            << to_string(r);
    EXPECT_EQ(std::count(store::sql::kEveryRelation.begin(), store::sql::kEveryRelation.end(), '\''), 6);
}

}  // namespace claimgraph
