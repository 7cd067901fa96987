// Graph files: the DOT reader, the checks `check` reports, and import/export round trips.
#include <filesystem>
#include <sstream>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "load/dot_reader.h"
#include "load/graph_file.h"
#include "test_support.h"

namespace claimgraph {

using testing::run_cli;

namespace {

std::string data(const std::string& name) { return std::string(CLAIMGRAPH_SOURCE_DIR) + "/tests/data/" + name; }

std::vector<std::string> messages(const load::GraphFile& f) {
    std::vector<std::string> out;
    for (const auto& d : f.diagnostics)
        out.push_back(std::to_string(d.at.line) + ":" + std::to_string(d.at.col) +
                      (d.error ? " error: " : " warning: ") + d.message);
    return out;
}

}  // namespace

TEST(DotReader, ReadsTheLanguageGraphvizWrites) {
    std::vector<load::Diagnostic> diags;
    const auto g = load::parse_dot(R"(/* a comment */ strict digraph "g" {
  graph [rankdir=LR]; // graph attributes are allowed
  a [label="x" + "y", text="say \"no\"", html=<<b>bold</b>>];
# a preprocessor line
  a -> b -> c [relation=reports];
  -1.5 [kind=source]
})",
                                   diags);
    EXPECT_TRUE(diags.empty()) << diags[0].message;
    ASSERT_EQ(g.nodes.size(), 2u);
    EXPECT_EQ(g.nodes[0].attrs.at("label").value, "xy");
    EXPECT_EQ(g.nodes[0].attrs.at("text").value, "say \"no\"");
    EXPECT_EQ(g.nodes[0].attrs.at("html").value, "<b>bold</b>");
    EXPECT_EQ(g.nodes[1].id, "-1.5");
    ASSERT_EQ(g.edges.size(), 2u);  // a chain is two edges with the same attributes
    EXPECT_EQ(g.edges[1].from, "b");
    EXPECT_EQ(g.edges[1].attrs.at("relation").value, "reports");
    EXPECT_EQ(g.edges[0].at.line, 5u);
    EXPECT_EQ(g.edges[0].at.col, 5u);
}

TEST(DotReader, ColumnsCountCodePointsAndErrorsDoNotStopTheRead) {
    std::vector<load::Diagnostic> diags;
    const auto g = load::parse_dot("digraph {\n  \xC3\xA9t\xC3\xA9 [kind=source ] ];\n  b [kind=source];\n}\n", diags);
    ASSERT_EQ(diags.size(), 1u);
    EXPECT_EQ(diags[0].at.line, 2u);
    EXPECT_EQ(diags[0].at.col, 22u);  // 'é' counts one column
    ASSERT_EQ(g.nodes.size(), 2u);  // the line after the error is read
    EXPECT_EQ(g.nodes[1].id, "b");
}

TEST(DotReader, HostileNestingIsAnErrorNotACrash) {
    std::string deep = "digraph {";
    for (int i = 0; i < 10000; ++i) deep += "{";
    std::vector<load::Diagnostic> diags;
    (void)load::parse_dot(deep, diags);
    ASSERT_FALSE(diags.empty());
    EXPECT_NE(diags[0].message.find("nested deeper than"), std::string::npos) << diags[0].message;
    diags.clear();
    (void)load::parse_dot(std::string(100000, '"'), diags);  // a storm of quote marks
    EXPECT_FALSE(diags.empty());
}

TEST(GraphFile, CheckReportsEveryProblemWithItsPosition) {
    const std::string path = data("graphs/bad.dot");
    const auto r = run_cli({"check", path});
    EXPECT_EQ(r.code, 1);
    std::string out = r.out;
    // the golden file is independent of where the tree is checked out
    for (std::size_t p; (p = out.find(path)) != std::string::npos;) out.replace(p, path.size(), "bad.dot");
    EXPECT_EQ(testing::check_golden("bad.check.txt", out), "");
}

TEST(GraphFile, JsonDiagnosticsAndWarningsAsErrors) {
    const auto r = run_cli({"check", "--format", "json", data("graphs/bad.dot")});
    EXPECT_EQ(r.code, 1);
    const auto first = nlohmann::json::parse(r.out.substr(0, r.out.find('\n')));
    for (const char* k : {"path", "line", "col", "severity", "message"}) EXPECT_TRUE(first.contains(k)) << k;
    // a file with warnings only: exit 0, and 1 with --warnings-as-errors
    const std::string f = testing::temp_dir() + "/warn.dot";
    testing::write_file(f, "digraph { s [kind=statement, text=\"no source\"]; }\n");
    EXPECT_EQ(run_cli({"check", f}).code, 0);
    const auto strict = run_cli({"check", "--warnings-as-errors", f});
    EXPECT_EQ(strict.code, 1);
    EXPECT_NE(strict.out.find(":1:11: warning: statement 's' has no source"), std::string::npos) << strict.out;
}

TEST(GraphFile, UnsafeAttributesAreDroppedFromTheGraph) {
    const auto f = load::read_graph_file(
        "digraph { p [kind=source, name=P, type=person, shapefile=\"/etc/passwd\", URL=\"https://example.org/p\", "
        "href=\"file:///etc/passwd\"]; }");
    ASSERT_EQ(f.graph.nodes.size(), 1u);
    EXPECT_FALSE(f.graph.nodes[0].attrs.count("shapefile"));
    EXPECT_FALSE(f.graph.nodes[0].attrs.count("href"));
    EXPECT_EQ(f.graph.nodes[0].attrs.at("URL"), "https://example.org/p");
    EXPECT_FALSE(f.has_errors());
    EXPECT_EQ(messages(f).size(), 2u);
}

TEST(GraphFile, ExportImportExportIsByteIdentical) {
    const std::string dir = testing::temp_dir() + "/roundtrip";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    const std::string a = dir + "/a.db", b = dir + "/b.db";
    ASSERT_EQ(
        run_cli({"ingest", "-q", "--db", a, std::string(CLAIMGRAPH_SOURCE_DIR) + "/graphs/sosnovka-market/articles"})
            .code,
        0);
    const auto first = run_cli({"export", "--db", a, "--format", "dot"});
    ASSERT_EQ(first.code, 0);
    testing::write_file(dir + "/g.dot", first.out);
    const auto check = run_cli({"check", dir + "/g.dot"});
    EXPECT_EQ(check.code, 0) << check.out;
    EXPECT_NE(check.out.find("0 errors, 0 warnings"), std::string::npos) << check.out;
    const auto imp = run_cli({"import", "--db", b, dir + "/g.dot"});
    ASSERT_EQ(imp.code, 0) << imp.err;
    const auto second = run_cli({"export", "--db", b, "--format", "dot"});
    EXPECT_EQ(second.out, first.out);
    // the imported database answers the same questions
    EXPECT_EQ(run_cli({"claims", "--db", b, "--format", "json"}).out.size() > 0, true);
    EXPECT_EQ(run_cli({"disputes", "--db", b}).out, run_cli({"disputes", "--db", a}).out);
    EXPECT_EQ(run_cli({"sources", "--db", b, "--format", "csv"}).out,
              run_cli({"sources", "--db", a, "--format", "csv"}).out);
}

TEST(GraphFile, AnImportedGraphPresumesWhoASurnameIsAsItsDatabaseDid) {
    // "Ada Lund", named in full beside another survivor, then "Lund said": a person stored as "Lund" whom
    // her article named in full, so not presumed to be Mayor Bernard Lund, the one Lund
    // the archive names so. Without her keys in the file, the imported database presumed
    // she was (as on PolNeAR's "Felicia Sanders", presumed Bernie Sanders after a round trip)
    const std::string dir = testing::temp_dir() + "/surnames";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    const std::string a = dir + "/a.db", b = dir + "/b.db";
    testing::write_file(dir + "/terminal.txt",
                        "Title: Harbour council approves new ferry terminal\n"
                        "Outlet: Dover Courier\n"
                        "Date: 2026-03-02\n"
                        "\n"
                        "The harbour council on Monday approved a new ferry terminal for the northern quay.\n"
                        "\n"
                        "Mayor Bernard Lund said the terminal would open in the spring. \"We have waited ten years for "
                        "this,\" Lund said.\n");
    testing::write_file(dir + "/memorial.txt",
                        "Title: Ferry fire survivors speak at memorial\n"
                        "Outlet: Kent Herald\n"
                        "Date: 2026-03-05\n"
                        "\n"
                        "DOVER - Ada Lund and Ivo Brel, two of the three people who survived the ferry fire last year, "
                        "spoke at a memorial for the victims on Wednesday.\n"
                        "\n"
                        "The fire killed nine people, including Lund's brother. Lund thanked the crews who pulled "
                        "survivors from the water.\n"
                        "\n"
                        "\"We ask for rules that keep every passenger safe,\" she said.\n"
                        "\n"
                        "\"The sea took my brother, but it will not take our hope,\" Lund said.\n");
    ASSERT_EQ(run_cli({"ingest", "-q", "--db", a, dir + "/terminal.txt", dir + "/memorial.txt"}).code, 0);
    // the source named "Lund" alone, as `sources --format json` lists it (a line each)
    const auto lund = [](const std::string& db) {
        std::istringstream lines(run_cli({"sources", "--db", db, "--format", "json"}).out);
        for (std::string line; std::getline(lines, line);)
            if (auto s = nlohmann::json::parse(line); s["name"] == "Lund") return s;
        return nlohmann::json();
    };
    ASSERT_FALSE(lund(a).is_null());
    EXPECT_TRUE(lund(a)["presumed"].is_null()) << lund(a).dump();
    const auto first = run_cli({"export", "--db", a, "--format", "dot"});
    ASSERT_EQ(first.code, 0);
    EXPECT_NE(first.out.find("keys=\"ada lund\""), std::string::npos) << first.out;
    testing::write_file(dir + "/g.dot", first.out);
    ASSERT_EQ(run_cli({"import", "--db", b, dir + "/g.dot"}).code, 0);
    EXPECT_TRUE(lund(b)["presumed"].is_null()) << lund(b).dump();
    EXPECT_EQ(run_cli({"export", "--db", b, "--format", "dot"}).out, first.out);
}

TEST(GraphFile, ImportRefusesAFileWithErrorsAndWritesNothing) {
    const std::string db = testing::temp_dir() + "/refused.db";
    std::filesystem::remove(db);
    const auto r = run_cli({"import", "--db", db, data("graphs/bad.dot")});
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("nothing was imported"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("bad.dot:6:7: error: node 's2': unknown kind 'statment'"), std::string::npos) << r.err;
    EXPECT_FALSE(std::filesystem::exists(db));
}

}  // namespace claimgraph

namespace claimgraph {

TEST(GraphFile, AnIdKeepsItsKindAcrossImports) {
    // a graph file that names a stored statement's id as a source would make the statement
    // vanish from listings and exports (issue 17): refused whole, with a reason
    const std::string dir = testing::temp_dir(), db = dir + "/k.db";
    ASSERT_EQ(run_cli({"ingest", "-q", "--db", db, testing::data_path("port-strike.txt")}).code, 0);
    const std::string claim = nlohmann::json::parse(
        run_cli({"claims", "--db", db, "--format", "json", "--search", "Western weapons"}).out)["id"];
    testing::write_file(dir + "/bad.dot", "digraph claimgraph {\n  \"" + claim +
                                              "\" [kind=source, name=\"Fake\"];\n"
                                              "  s9 [kind=source, name=\"Other\"];\n}\n");
    const auto before = run_cli({"export", "--db", db, "--format", "json"}).out;
    const auto r = run_cli({"import", "--db", db, dir + "/bad.dot"});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err, "claimgraph: error: import: node '" + claim +
                         "' is a source in the graph and a statement in the database; nothing was imported\n");
    EXPECT_EQ(run_cli({"export", "--db", db, "--format", "json"}).out, before);
    // two files that disagree with each other
    testing::write_file(dir + "/a.dot", "digraph claimgraph {\n  x1 [kind=source, name=\"A\"];\n}\n");
    testing::write_file(dir + "/b.dot", "digraph claimgraph {\n  x1 [kind=document, title=\"B\"];\n}\n");
    const auto two = run_cli({"import", "--db", db, dir + "/a.dot", dir + "/b.dot"});
    EXPECT_EQ(two.err,
              "claimgraph: error: import: node 'x1' is a source and a document in the graphs imported; nothing "
              "was imported\n");
    EXPECT_EQ(run_cli({"export", "--db", db, "--format", "json"}).out, before);
}

TEST(Diff, MarkdownListsWhatWasAddedRemovedAndChanged) {
    const std::string before = data("graphs/before.dot"), after = data("graphs/after.dot");
    const auto r = run_cli({"diff", before, after});
    ASSERT_EQ(r.code, 0) << r.err;
    std::string out = r.out;
    for (const std::string& p : {before, after})
        for (std::size_t at; (at = out.find(p)) != std::string::npos;)
            out.replace(at, p.size(), std::filesystem::path(p).filename().string());
    EXPECT_EQ(testing::check_golden("before-after.diff.md", out), "");
    EXPECT_NE(run_cli({"diff", before, before}).out.find("No changes."), std::string::npos);
}

TEST(Diff, TheDiagramColoursTheChanges) {
    const auto r =
        run_cli({"diff", "--format", "dot", "--context", "-1", data("graphs/before.dot"), data("graphs/after.dot")});
    ASSERT_EQ(r.code, 0) << r.err;
    const std::string& dot = r.out;
    // added green, removed vermillion and dashed, changed orange; the unchanged wire in its usual colours
    EXPECT_NE(dot.find("toll20\t[class=statement,\n\t\tcolor=\"#009E73\""), std::string::npos) << dot;
    EXPECT_NE(dot.find("paper\t[class=document,\n\t\tcolor=\"#D55E00\""), std::string::npos) << dot;
    EXPECT_NE(dot.find("governor\t[class=source,\n\t\tcolor=\"#E69F00\""), std::string::npos) << dot;
    EXPECT_NE(dot.find("wire\t[class=document,\n\t\tcolor=\"#555555\""), std::string::npos) << dot;
    // a file with errors is refused
    const auto bad = run_cli({"diff", data("graphs/bad.dot"), data("graphs/after.dot")});
    EXPECT_EQ(bad.code, 1);
    EXPECT_NE(bad.err.find("not a graph file without errors"), std::string::npos) << bad.err;
}

}  // namespace claimgraph

namespace claimgraph {

namespace {

// Exports the Sosnovka case (articles and curated file) in `format`, imports that into a
// fresh database, and returns both databases' exports in `compare_as`.
std::pair<std::string, std::string> round_trip(const std::string& format, const std::string& compare_as) {
    const std::string dir = testing::temp_dir() + "/rt-" + format;
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    const std::string a = dir + "/a.db", b = dir + "/b.db", file = dir + "/export." + format;
    const std::string root = CLAIMGRAPH_SOURCE_DIR;
    EXPECT_EQ(run_cli({"ingest", "-q", "--db", a, root + "/graphs/sosnovka-market/articles"}).code, 0);
    EXPECT_EQ(run_cli({"import", "--db", a, root + "/graphs/sosnovka-market/curated.dot"}).code, 0);
    EXPECT_EQ(run_cli({"export", "--db", a, "--format", format, "-o", file}).code, 0);
    const auto imp = run_cli({"import", "--db", b, file});
    EXPECT_EQ(imp.code, 0) << imp.err;
    EXPECT_TRUE(imp.err.empty()) << imp.err;  // nothing of ours is lost in our own format
    return {run_cli({"export", "--db", a, "--format", compare_as}).out,
            run_cli({"export", "--db", b, "--format", compare_as}).out};
}

}  // namespace

TEST(Interchange, JsonExportImportExportIsIdentical) {
    const auto [first, second] = round_trip("json", "json");
    EXPECT_FALSE(first.empty());
    EXPECT_EQ(first, second);
}

TEST(Interchange, ProvJsonKeepsEverySourceStatementAndEdge) {
    const auto [first, second] = round_trip("prov-json", "dot");  // the graph file shows every node and edge
    EXPECT_NE(first.find("kind=statement"), std::string::npos);
    EXPECT_EQ(first, second);
}

TEST(Interchange, ProvJsonFromAnotherToolMapsWhatFitsAndWarnsAboutTheRest) {
    const std::string f = testing::temp_dir() + "/other-tool.json";
    testing::write_file(f, R"({
  "prefix": {"ex": "https://example.org/"},
  "entity": {"ex:article": {"prov:label": "Harbour report"},
             "ex:claim": {"prov:value": "the pier is closed", "ex:confidence": 0.9}},
  "agent": {"ex:harbourmaster": {"prov:type": {"$": "prov:Person", "type": "prov:QUALIFIED_NAME"},
                                 "prov:label": "Ana Ruiz"}},
  "activity": {"ex:writing": {}},
  "wasAttributedTo": {"_:a": {"prov:entity": "ex:claim", "prov:agent": "ex:harbourmaster"}},
  "wasDerivedFrom": {"_:d": {"prov:generatedEntity": "ex:article", "prov:usedEntity": "ex:claim"}},
  "used": {"_:u": {"prov:activity": "ex:writing", "prov:entity": "ex:article"}}
})");
    const std::string db = testing::temp_dir() + "/other-tool.db";
    std::filesystem::remove(db);
    const auto r = run_cli({"import", "--db", db, f});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.err.find("'activity' (1 record): no claimgraph equivalent; skipped"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("'used' (1 record)"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("attribute 'ex:confidence' (1×)"), std::string::npos) << r.err;
    const auto claims = run_cli({"claims", "--db", db, "--format", "json"}).out;
    const auto c = nlohmann::json::parse(claims.substr(0, claims.find('\n')));
    EXPECT_EQ(c["text"], "the pier is closed");
    EXPECT_EQ(c["source"]["name"], "Ana Ruiz");
    EXPECT_EQ(c["documents"].size(), 1u);
    // not JSON of either kind: a clear error, nothing imported
    testing::write_file(f, "{\"format\": \"claimgraph\", \"version\": 7}");
    const auto bad = run_cli({"import", "--db", db, f});
    EXPECT_EQ(bad.code, 1);
    EXPECT_NE(bad.err.find("unknown version"), std::string::npos) << bad.err;
}

}  // namespace claimgraph
