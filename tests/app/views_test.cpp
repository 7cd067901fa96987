// What render, trace and report show, built below the command line (app/views.h,
// app/report_builder.h), on two short articles written here that give a toll two ways.
#include <algorithm>
#include <set>

#include <gtest/gtest.h>

#include "app/report_builder.h"
#include "app/views.h"
#include "store/store.h"
#include "test_support.h"
#include "util/error.h"

namespace claimgraph {

namespace {

// Two outlets, the same day: the governor's 14 dead and the union's 11.
std::string storm_db() {
    return testing::ingest_articles(
        {{"a.txt",
          "outlet: Harbour Gazette\ndate: 2026-03-12\n\n"
          "Governor Jane Doe said that 14 people were killed in the storm in Port Alden.\n"},
         {"b.txt",
          "outlet: Coast Daily\ndate: 2026-03-12\n\n"
          "Union spokesman Tom Reed said that 11 people were killed in the storm in Port Alden.\n"}});
}

std::size_t count_kind(const GraphData& g, NodeKind kind) {
    return static_cast<std::size_t>(
        std::count_if(g.nodes.begin(), g.nodes.end(), [&](const Node& n) { return n.kind == kind; }));
}

}  // namespace

TEST(AppViews, TheWholeGraphAFocusAndTheDisputesAndTooLargeIsAClearError) {
    const store::Store db(storm_db(), store::OpenMode::read_only);
    app::DiagramRequest whole;
    whole.max_nodes = 1000;
    const GraphData g = app::diagram(db, whole).graph;
    EXPECT_EQ(app::document_ids(g).size(), 2u);
    EXPECT_EQ(count_kind(g, NodeKind::statement), 2u);

    app::DiagramRequest disputed = whole;
    disputed.disputed_only = true;
    const GraphData d = app::diagram(db, disputed).graph;
    EXPECT_EQ(count_kind(d, NodeKind::statement), 2u);  // the two tolls dispute each other

    app::DiagramRequest focus = whole;
    focus.around = app::document_ids(g).front();
    focus.depth = 1;
    const GraphData f = app::diagram(db, focus).graph;
    EXPECT_EQ(app::document_ids(f).size(), 1u);
    EXPECT_LT(f.nodes.size(), g.nodes.size());

    app::DiagramRequest small = whole;
    small.max_nodes = 2;
    small.grouping = app::Grouping::none;
    try {
        app::diagram(db, small);
        ADD_FAILURE() << "a diagram over max_nodes was drawn";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("the limit is 2"), std::string::npos) << e.what();
    }
}

TEST(AppViews, AWholeGraphTooLargeToDrawIsGroupedByOutletWithANoteAndItsSizeInTheTitle) {
    const store::Store db(storm_db(), store::OpenMode::read_only);
    app::DiagramRequest r;
    r.max_nodes = 1000;
    const app::Diagram all = app::diagram(db, r);
    EXPECT_EQ(all.note, "");
    EXPECT_EQ(all.title, "2 documents, 2 claims, 5 sources");  // two outlets, two speakers, a union
    EXPECT_EQ(count_kind(all.graph, NodeKind::statement), 2u);

    r.max_nodes = 3;  // six nodes ungrouped
    const app::Diagram grouped = app::diagram(db, r);
    EXPECT_NE(grouped.note.find("drawn grouped by outlet"), std::string::npos) << grouped.note;
    EXPECT_EQ(grouped.title, "2 documents, 2 claims, 5 sources, by outlet");
    EXPECT_EQ(count_kind(grouped.graph, NodeKind::statement), 0u);
    EXPECT_EQ(count_kind(grouped.graph, NodeKind::source), 3u);  // the outlets are drawn as carriers
    EXPECT_EQ(count_kind(grouped.graph, NodeKind::document), 2u);  // Harbour Gazette, Coast Daily

    r.grouping = app::Grouping::document;
    r.max_nodes = 1000;  // asked for: grouped even when it fits
    EXPECT_EQ(count_kind(app::diagram(db, r).graph, NodeKind::statement), 0u);

    // a focus view is never grouped: too large, it is refused, without offering --group-by
    app::DiagramRequest focus;
    focus.around = app::document_ids(all.graph).front();
    focus.max_nodes = 1;
    try {
        app::diagram(db, focus);
        ADD_FAILURE() << "a focus view over max_nodes was drawn";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("draw less of it (a smaller --depth)"), std::string::npos) << e.what();
        EXPECT_EQ(std::string(e.what()).find("--group-by"), std::string::npos) << e.what();
    }
}

TEST(AppViews, OneDocumentIsThatArticleItsClaimsAndTheirSpeakersTitledByOutletAndDate) {
    const store::Store db(storm_db(), store::OpenMode::read_only);
    app::DiagramRequest r;
    r.max_nodes = 1000;
    const GraphData all = app::diagram(db, r).graph;
    for (const std::string& doc : app::document_ids(all)) {
        r.document = doc;
        const app::Diagram d = app::diagram(db, r);
        EXPECT_EQ(app::document_ids(d.graph), std::vector<std::string>{doc});
        EXPECT_EQ(count_kind(d.graph, NodeKind::statement), 1u);  // the other toll is another article's
        std::set<std::string> sources;
        for (const Node& n : d.graph.nodes)
            if (n.kind == NodeKind::source) sources.insert(n.label);
        if (d.title == "Harbour Gazette, 2026-03-12")
            EXPECT_EQ(sources, (std::set<std::string>{"Harbour Gazette", "Jane Doe"}));
        else if (d.title == "Coast Daily, 2026-03-12")
            EXPECT_EQ(sources, (std::set<std::string>{"Coast Daily", "Tom Reed", "Union"}));  // he speaks for it
        else
            ADD_FAILURE() << d.title;
    }
}

TEST(AppViews, AClaimsTraceAndTheReportSayWhereItWasCarriedAndInWhatWords) {
    const store::Store db(storm_db(), store::OpenMode::read_only);
    const auto rows = db.claims({});
    ASSERT_EQ(rows.size(), 2u);
    const auto holds = [](const graph::TraceResult& t, const std::string& id) {
        return std::any_of(t.graph.nodes.begin(), t.graph.nodes.end(), [&](const Node& n) { return n.id == id; });
    };
    for (std::size_t k = 0; k < 2; ++k) {
        const std::string& mine = rows[k].id;
        const std::string& other = rows[1 - k].id;
        const graph::TraceResult t = app::trace(db, mine);
        ASSERT_EQ(t.documents.size(), 1u);
        EXPECT_EQ(t.independent_origins, 1u);
        EXPECT_TRUE(holds(t, other));  // the disputing claim is in the neighbourhood
        EXPECT_FALSE(holds(app::trace(db, mine, {other}), other));  // unless hidden
    }
    app::ReportRequest request;
    request.title = "Storm";
    const report::ReportData data = app::build_report(db, request);
    EXPECT_EQ(data.title, "Storm");
    ASSERT_EQ(data.claims.size(), 2u);
    EXPECT_EQ(data.disputes.size(), 1u);
    for (const report::ClaimEntry& c : data.claims) {
        ASSERT_EQ(c.snippets.size(), 1u);
        EXPECT_NE(c.snippets.front().words.find("people were killed"), std::string::npos) << c.snippets.front().words;
        EXPECT_NE(c.snippets.front().before.find("said"), std::string::npos) << c.snippets.front().before;
        EXPECT_FALSE(c.diagram_svg.empty());  // both are disputed: both get a diagram
    }
    request.diagrams = 0;
    for (const report::ClaimEntry& c : app::build_report(db, request).claims) EXPECT_TRUE(c.diagram_svg.empty());
}

}  // namespace claimgraph
