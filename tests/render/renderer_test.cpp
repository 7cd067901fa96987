#include <gtest/gtest.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include "render/renderer.h"
#include "resolve/graph_builder.h"
#include "store/store.h"
#include "test_support.h"

namespace claimgraph {

namespace {

GraphData port_strike_graph() {
    store::Store db(":memory:", store::OpenMode::read_write);
    db.add(resolve::build_delta(testing::extract_text(testing::read_file(testing::data_path("port-strike.txt")))));
    return db.graph();
}

const xmlChar* xml(const char* s) { return reinterpret_cast<const xmlChar*>(s); }

struct XmlDoc {
    xmlDocPtr doc = nullptr;
    explicit XmlDoc(const std::string& s)
        : doc(xmlReadMemory(s.data(), static_cast<int>(s.size()), "in.svg", nullptr,
                            XML_PARSE_NONET | XML_PARSE_NOWARNING)) {}
    ~XmlDoc() {
        if (doc) xmlFreeDoc(doc);
    }
    int count(const std::string& xpath) const {
        xmlXPathContextPtr ctx = xmlXPathNewContext(doc);
        xmlXPathRegisterNs(ctx, xml("s"), xml("http://www.w3.org/2000/svg"));
        xmlXPathObjectPtr r = xmlXPathEvalExpression(xml(xpath.c_str()), ctx);
        const int n = r && r->nodesetval ? r->nodesetval->nodeNr : -1;
        xmlXPathFreeObject(r);
        xmlXPathFreeContext(ctx);
        return n;
    }
};

}  // namespace

TEST(Render, SemanticDotMatchesTheGoldenFile) {
    const std::string dot = render::semantic_dot(port_strike_graph());
    EXPECT_EQ(testing::check_golden("port-strike.semantic.dot", dot), "");
}

TEST(Render, SvgParsesAndHasEveryNodeWithItsId) {
    const GraphData g = port_strike_graph();
    const std::string svg = render::render(g, {render::Format::svg, "test", true});
    XmlDoc doc(svg);
    ASSERT_NE(doc.doc, nullptr) << "SVG is not well-formed";
    EXPECT_EQ(doc.count("//s:g[@class='node statement']"),
              static_cast<int>(std::count_if(g.nodes.begin(), g.nodes.end(),
                                             [](const Node& n) { return n.kind == NodeKind::statement; })));
    EXPECT_EQ(doc.count("//s:g[@class='node source']"),
              static_cast<int>(std::count_if(g.nodes.begin(), g.nodes.end(),
                                             [](const Node& n) { return n.kind == NodeKind::source; })));
    for (const Node& n : g.nodes) EXPECT_EQ(doc.count("//s:g[@id='" + n.id + "']"), 1) << n.id;
}

TEST(Render, EscapesQuotesThatLookLikeMarkup) {
    GraphData g;
    g.nodes = {
        {"s1", NodeKind::statement, "a < b & \"c\" </text></svg><script>alert(1)</script> \\N", {{"kind", "direct"}}}};
    const std::string svg = render::render(g, {render::Format::svg, "t", false});
    XmlDoc doc(svg);
    ASSERT_NE(doc.doc, nullptr);
    EXPECT_EQ(doc.count("//s:script"), 0);
    EXPECT_NE(svg.find("a &lt; b &amp; &quot;c&quot;"), std::string::npos);
    EXPECT_NE(svg.find("\\N"), std::string::npos);  // not replaced by the node name
}

TEST(Render, IsDeterministic) {
    const GraphData g = port_strike_graph();
    EXPECT_EQ(render::render(g, {render::Format::svg, "t", true}), render::render(g, {render::Format::svg, "t", true}));
    EXPECT_EQ(render::semantic_dot(g), render::semantic_dot(g));
}

TEST(Render, StatementsReadAsTheirCueAndWordsQuotesOnlyInQuotationMarks) {
    GraphData g;
    g.nodes = {{"s1", NodeKind::statement, "Kyiv of the attack", {{"form", "indirect"}, {"cue", "accuse"}}},
               {"s2", NodeKind::statement, "\u201CWe will rebuild.\u201D", {{"form", "direct"}, {"cue", "say"}}},
               {"s3", NodeKind::statement, "the port is open", {{"form", "indirect"}}},
               {"s4", NodeKind::statement, "it rained", {{"form", "indirect"}}},
               {"p", NodeKind::source, "teacher", {{"type", "person"}, {"role", "Teacher"}}}};
    Edge said{"s1", "p", Relation::attributes};
    said.cue = "accused";  // the words of the mention win over the lemma
    Edge according{"s4", "p", Relation::attributes};
    according.cue = "According to";
    g.edges = {said, according};
    const std::string dot = render::render(g, {render::Format::dot, "t", false});
    EXPECT_NE(dot.find("label=\"according to: it rained\""), std::string::npos) << dot;
    EXPECT_NE(dot.find("label=\"accused: Kyiv of the attack\""), std::string::npos) << dot;
    EXPECT_NE(dot.find("label=\"say: \u201CWe will rebuild.\u201D\""), std::string::npos) << dot;
    EXPECT_NE(dot.find("label=\"the port is open\""), std::string::npos) << dot;
    EXPECT_NE(dot.find("label=teacher,"), std::string::npos) << dot;  // the role that repeats the name, once
}

TEST(Render, AnOverviewsCountsAreLabelsAndWidths) {
    GraphData g;
    g.nodes = {{"o", NodeKind::document, "Coast Daily", {{"summary", "3 documents"}}},
               {"p", NodeKind::source, "Tom Reed", {{"type", "person"}, {"summary", "9 claims"}}}};
    Edge e{"o", "p", Relation::reports};
    e.other = {{"summary", "8 claims"}, {"count", "8"}};
    Edge odd{"p", "o", Relation::reports};  // a graph file's count need not be a number
    odd.other = {{"summary", "many"}, {"count", "lots"}};
    g.edges = {e, odd};
    const std::string dot = render::render(g, {render::Format::dot, "t", false});
    EXPECT_NE(dot.find("label=\"Coast Daily\\n3 documents\""), std::string::npos) << dot;
    EXPECT_NE(dot.find("label=\"Tom Reed\\n9 claims\""), std::string::npos) << dot;
    EXPECT_NE(dot.find("penwidth=4.0"), std::string::npos) << dot;  // 1 + log2(8)
    EXPECT_NE(dot.find("xlabel=\"8 claims\""), std::string::npos) << dot;
    EXPECT_NE(dot.find("penwidth=1.0"), std::string::npos) << dot;
}

TEST(Render, RendersPngAndPdfInProcess) {
    GraphData g;
    g.nodes = {{"s1", NodeKind::statement, "text", {{"kind", "indirect"}}}};
    const std::string png = render::render(g, {render::Format::png, "t", false});
    const std::string pdf = render::render(g, {render::Format::pdf, "t", false});
    EXPECT_EQ(png.substr(1, 3), "PNG");
    EXPECT_EQ(pdf.substr(0, 5), "%PDF-");
}

}  // namespace claimgraph
