#include <algorithm>
#include <filesystem>
#include <functional>
#include <sstream>

#include <gtest/gtest.h>

#include "load/discover.h"
#include "interchange/formats.h"
#include "load/jsonl.h"
#include "load/loader.h"
#include "store/store.h"
#include "test_support.h"
#include "util/error.h"

namespace claimgraph {

using testing::temp_dir;
using testing::write_file;

namespace {

std::string error_of(const std::function<void()>& f) {
    try {
        f();
    } catch (const Error& e) {
        return e.what();
    }
    return "(no error)";
}

}  // namespace

TEST(Loader, ReadsTheHeaderBlockAndKeepsOffsetsInTheFile) {
    const std::string text = "title: Strike\noutlet: Example Wire\ndate: 2024-03-02\ndesk: europe\n\nBody text.\n";
    const Document d = load::load_text("a.txt", text);
    EXPECT_EQ(d.title, "Strike");
    EXPECT_EQ(d.outlet, "Example Wire");
    EXPECT_EQ(d.date, "2024-03-02");
    ASSERT_EQ(d.metadata.size(), 1u);
    EXPECT_EQ(d.metadata[0].first, "desk");
    EXPECT_EQ(d.text.substr(d.body_start), "Body text.\n");
    EXPECT_EQ(d.text, text);  // bytes as given
}

TEST(Loader, ALeadingCapitalisedWordWithColonIsNotAHeader) {
    const Document d = load::load_text("a.txt", "WASHINGTON: The senator said it.\n\nMore.\n");
    EXPECT_EQ(d.body_start, 0u);
    EXPECT_FALSE(d.title.has_value());
}

TEST(Loader, SkipsTheBomAndHandlesCrlfHeaders) {
    const Document d = load::load_text("a.txt", "\xEF\xBB\xBFtitle: T\r\ndate: 2024-01-01\r\n\r\nText.");
    EXPECT_EQ(d.title, "T");
    EXPECT_EQ(d.date, "2024-01-01");
    EXPECT_EQ(d.text.substr(d.body_start), "Text.");
}

TEST(Loader, CommandLineMetadataOverridesTheHeader) {
    load::LoadOptions o;
    o.outlet = "Other Outlet";
    const Document d = load::load_text("a.txt", "outlet: Example Wire\n\nText.", o);
    EXPECT_EQ(d.outlet, "Other Outlet");
}

TEST(Loader, RejectsBadInputWithExactMessages) {
    const std::string dir = temp_dir();
    write_file(dir + "/empty.txt", "  \n");
    write_file(dir + "/bad.txt", "ok\nab\xC3(");
    write_file(dir + "/bin.txt", std::string("a\0b", 3));
    EXPECT_EQ(error_of([&] { load::load_file(dir + "/missing.txt"); }),
              "'" + dir + "/missing.txt': no such file or directory");
    EXPECT_EQ(error_of([&] { load::load_file(dir + "/empty.txt"); }), "'" + dir + "/empty.txt': empty file");
    EXPECT_EQ(error_of([&] { load::load_file(dir + "/bad.txt"); }), dir + "/bad.txt:2:3: invalid UTF-8 at byte 5");
    EXPECT_EQ(error_of([&] { load::load_file(dir + "/bin.txt"); }),
              "'" + dir + "/bin.txt': binary file (contains NUL bytes), not an article");
    EXPECT_EQ(error_of([&] { load::load_file(dir); }), "'" + dir + "': is a directory");
}

TEST(Discover, WalksDirectoriesForTextFilesInSortedOrder) {
    const std::string dir = temp_dir();
    std::filesystem::create_directories(dir + "/sub");
    std::filesystem::create_directories(dir + "/.hidden");
    write_file(dir + "/b.txt", "b");
    write_file(dir + "/a.txt", "a");
    write_file(dir + "/sub/c.txt", "c");
    write_file(dir + "/notes.md", "n");
    write_file(dir + "/.hidden/d.txt", "d");
    const auto files = load::discover({dir}).files;
    ASSERT_EQ(files.size(), 3u);
    EXPECT_EQ(files[0], dir + "/a.txt");
    EXPECT_EQ(files[1], dir + "/b.txt");
    EXPECT_EQ(files[2], dir + "/sub/c.txt");
}

TEST(Discover, ADirectoryWithoutArticlesIsAnError) {
    const std::string dir = temp_dir();
    write_file(dir + "/notes.md", "n");
    EXPECT_EQ(error_of([&] { load::discover({dir}); }),
              "'" + dir + "': no articles (*.txt, *.html, *.jsonl) in directory");
}

TEST(Discover, DirectoriesHoldPagesAndBatchesToo) {
    const std::string dir = temp_dir();
    write_file(dir + "/a.html", "<html></html>");
    write_file(dir + "/b.jsonl", "{}");
    write_file(dir + "/c.htm", "<html></html>");
    write_file(dir + "/d.json", "{}");
    const auto files = load::discover({dir}).files;
    ASSERT_EQ(files.size(), 3u);
    EXPECT_EQ(files[0], dir + "/a.html");
    EXPECT_EQ(files[1], dir + "/b.jsonl");
    EXPECT_EQ(files[2], dir + "/c.htm");
}

TEST(Discover, ALinkLeadingOutOfTheFolderIsSkippedWithAWarning) {
    const std::string dir = temp_dir(), outside = temp_dir();
    write_file(dir + "/a.txt", "a");
    write_file(outside + "/secret.txt", "s");
    std::filesystem::create_symlink(outside + "/secret.txt", dir + "/secret.txt");
    std::filesystem::create_symlink("a.txt", dir + "/same.txt");  // inside: read
    const auto found = load::discover({dir});
    ASSERT_EQ(found.files.size(), 2u);
    EXPECT_EQ(found.files[0], dir + "/a.txt");
    EXPECT_EQ(found.files[1], dir + "/same.txt");
    ASSERT_EQ(found.warnings.size(), 1u);
    EXPECT_EQ(found.warnings[0], "'" + dir + "/secret.txt': a link to '" +
                                     std::filesystem::canonical(outside + "/secret.txt").string() + "', outside '" +
                                     dir + "'; skipped (--follow-symlinks reads it)");
    EXPECT_EQ(load::discover({dir}, true).files.size(), 3u);
    // ingest says so and exits 1, having stored the rest
    const auto r = testing::run_cli({"ingest", "-q", "--db", dir + "/x.db", dir});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err, "claimgraph: warning: " + found.warnings[0] + "\n");
    EXPECT_NE(r.out.find("1 document added, 1 unchanged, 1 skipped"), std::string::npos) << r.out;  // same.txt is a.txt
}

TEST(Html, AnElementOfThousandsOfAttributesIsReadInLinearTime) {
    // gumbo compares each attribute with those before it: past 64 a tag, they are dropped
    // (quoted values with '>' in them included) before it reads the page
    std::string attrs;
    for (int i = 0; i < 5000; ++i) attrs += " a" + std::to_string(i) + "=\"x > y\"";
    const std::string dir = temp_dir();
    write_file(dir + "/p.html", "<html><head><meta property=\"og:site_name\" content=\"Daily\"" + attrs +
                                    "></head><body><article><p" + attrs +
                                    ">The mayor said the road would close.</p></article></body></html>");
    const load::Loaded l = load::load_documents(dir + "/p.html");
    ASSERT_EQ(l.documents.size(), 1u);
    EXPECT_TRUE(l.documents[0].text == "The mayor said the road would close.\n") << l.documents[0].text.substr(0, 200);
    EXPECT_TRUE(l.documents[0].outlet == std::optional<std::string>("Daily"));
}

TEST(Html, ReadsTheArticleAndItsMetaTagsAndLeavesPageFurnitureOut) {
    const std::string dir = temp_dir();
    write_file(dir + "/p.html",
               "<!DOCTYPE html><html><head><title>Strike | Harbour Times</title>"
               "<meta property=\"og:title\" content=\"Port strike spreads\">"
               "<meta property=\"og:site_name\" content=\"Harbour Times\">"
               "<meta property=\"article:published_time\" content=\"2026-03-04T10:00:00Z\">"
               "<meta name=\"author\" content=\"Ana Reyes\">"
               "<link rel=\"canonical\" href=\"https://example.org/strike\">"
               "<script>var said = 'the mayor said no';</script><style>p{}</style></head>"
               "<body><nav>Home | the mayor said nothing</nav><article><h1>Port strike spreads</h1>"
               "<p>Dock   workers walked\nout, the <b>union</b> said.</p>"
               "<p>&ldquo;We stay out,&rdquo; said Tomas&nbsp;Berg &amp; others.</p>"
               "<aside>Related story</aside></article><footer>Copyright</footer></body></html>");
    const load::Loaded l = load::load_documents(dir + "/p.html");
    ASSERT_EQ(l.documents.size(), 1u);
    const Document& d = l.documents[0];
    EXPECT_EQ(d.format, "html");
    EXPECT_EQ(d.text,
              "Port strike spreads\n\nDock workers walked out, the union said.\n\n"
              "\xE2\x80\x9CWe stay out,\xE2\x80\x9D said Tomas\xC2\xA0"
              "Berg & others.\n");
    EXPECT_EQ(d.title, "Port strike spreads");
    EXPECT_EQ(d.outlet, "Harbour Times");
    EXPECT_EQ(d.date, "2026-03-04");
    EXPECT_EQ(d.url, "https://example.org/strike");
    EXPECT_EQ(d.author, "Ana Reyes");
}

TEST(Html, APageIsRecognisedByItsContentWhateverItsName) {
    const std::string dir = temp_dir();
    write_file(dir + "/saved.txt",
               "\n  <!doctype html><html><body><p>The council said the road would close.</p></body></html>");
    const load::Loaded l = load::load_documents(dir + "/saved.txt");
    ASSERT_EQ(l.documents.size(), 1u);
    EXPECT_EQ(l.documents[0].text, "The council said the road would close.\n");
}

TEST(Html, APageWithoutTextIsAnError) {
    const std::string dir = temp_dir();
    write_file(dir + "/empty.html", "<html><head><script>x()</script></head><body> </body></html>");
    EXPECT_EQ(error_of([&] { load::load_documents(dir + "/empty.html"); }),
              "'" + dir + "/empty.html': no article text in HTML page");
}

TEST(Html, DeeplyNestedMarkupIsRefusedBeforeParsing) {
    const std::string dir = temp_dir();
    std::string html = "<html><body>";
    for (int i = 0; i < 20000; ++i) html += "<div><span>";
    html += "Deep text.";
    write_file(dir + "/deep.html", html);
    EXPECT_EQ(error_of([&] { load::load_documents(dir + "/deep.html"); }),
              "'" + dir + "/deep.html': HTML nested deeper than 1000 elements, not read");
}

TEST(Html, NestingWithinTheLimitIsRead) {
    const std::string dir = temp_dir();
    std::string html = "<html><body>";
    for (int i = 0; i < 400; ++i) html += "<div><span>";
    html += "Deep text.<br><img src=x><p>one<p>two";
    write_file(dir + "/deep.html", html);
    const load::Loaded l = load::load_documents(dir + "/deep.html");
    ASSERT_EQ(l.documents.size(), 1u);
    EXPECT_EQ(l.documents[0].text, "Deep text.\n\none\n\ntwo\n");
}

TEST(Jsonl, EachLineIsADocumentAndBadLinesAreSkippedWithTheirLine) {
    const std::string dir = temp_dir();
    write_file(dir + "/b.jsonl",
               "{\"id\": \"a1\", \"text\": \"The minister said the bridge would reopen.\", \"outlet\": \"Wire\", "
               "\"date\": \"2026-01-02\", \"title\": \"Bridge\", \"url\": \"https://example.org/b\"}\n"
               "not json\n"
               "\n"
               "{\"text\": \"Officials said two people were hurt.\"}\n"
               "{\"id\": 7, \"text\": 5}\n"
               "[1, 2]\n");
    const load::Loaded l = load::load_documents(dir + "/b.jsonl");
    ASSERT_EQ(l.documents.size(), 2u);
    EXPECT_EQ(l.documents[0].path, dir + "/b.jsonl#a1");
    EXPECT_EQ(l.documents[0].format, "jsonl");
    EXPECT_EQ(l.documents[0].text, "The minister said the bridge would reopen.");
    EXPECT_EQ(l.documents[0].outlet, "Wire");
    EXPECT_EQ(l.documents[0].date, "2026-01-02");
    EXPECT_EQ(l.documents[0].title, "Bridge");
    EXPECT_EQ(l.documents[0].url, "https://example.org/b");
    EXPECT_EQ(l.documents[1].path, dir + "/b.jsonl:4");
    ASSERT_EQ(l.warnings.size(), 3u);
    EXPECT_EQ(l.warnings[0], dir + "/b.jsonl:2:2: invalid JSON");
    EXPECT_EQ(l.warnings[1], dir + "/b.jsonl:5:1: no \"text\" string");
    EXPECT_EQ(l.warnings[2], dir + "/b.jsonl:6:1: not a JSON object");
}

TEST(Jsonl, TwoRecordsNeverShareAName) {
    // line 5 without an id and the record with "id": 5; an id given twice
    const std::string dir = temp_dir();
    write_file(dir + "/b.jsonl",
               "{\"id\": 5, \"text\": \"Police said one.\"}\n"
               "{\"id\": \"x\", \"text\": \"Police said two.\"}\n"
               "{\"id\": \"x\", \"text\": \"Police said three.\"}\n"
               "\n"
               "{\"text\": \"Police said five.\"}\n");
    const load::Loaded l = load::load_documents(dir + "/b.jsonl");
    ASSERT_EQ(l.documents.size(), 4u);
    EXPECT_EQ(l.documents[0].path, dir + "/b.jsonl#5");
    EXPECT_EQ(l.documents[1].path, dir + "/b.jsonl#x");
    EXPECT_EQ(l.documents[2].path, dir + "/b.jsonl#x:3");
    EXPECT_EQ(l.documents[3].path, dir + "/b.jsonl:5");
}

TEST(Jsonl, ANumberTooLargeIsABadLineNotACrash) {
    // found by scripts/fuzz.sh (jsonl): nlohmann throws out_of_range, not parse_error
    std::istringstream in(
        "{\"id\": 9E999, \"text\": \"Officials said so.\"}\n"
        "{\"text\": \"Police said two were hurt.\"}\n");
    load::JsonlBatch b;
    load::stream_batch(
        in, "f.jsonl", {}, [&](Document&& d) { b.documents.push_back(std::move(d)); },
        [&](std::string w) { b.warnings.push_back(std::move(w)); }, [](std::string) {});
    ASSERT_EQ(b.documents.size(), 1u);
    EXPECT_EQ(b.warnings, std::vector<std::string>{"f.jsonl:1:1: invalid JSON (a number out of range)"});
}

TEST(Jsonl, AnImportWithANumberTooLargeIsAnError) {
    EXPECT_EQ(error_of([] { interchange::read_json("{\"format\": \"claimgraph\", \"version\": 1e999}"); }),
              "not a claimgraph JSON dump or PROV-JSON (invalid JSON: a number out of range)");
}

TEST(Jsonl, ABatchWithoutAnyArticleIsAnError) {
    const std::string dir = temp_dir();
    write_file(dir + "/bad.jsonl", "{\"title\": \"no text\"}\n");
    EXPECT_EQ(error_of([&] { load::load_documents(dir + "/bad.jsonl"); }),
              "'" + dir + "/bad.jsonl': no articles in JSON Lines file (1 line skipped; first: " + dir +
                  "/bad.jsonl:1:1: no \"text\" string)");
}

TEST(Jsonl, AStreamedBatchGivesDocumentsAndWarningsInLineOrder) {
    const std::string dir = temp_dir();
    write_file(dir + "/s.jsonl",
               "not json\n"
               "{\"id\": \"a\", \"text\": \"Officials said the bridge was hit.\"}\n"
               "{\"id\": \"b\", \"text\": \"caf\xC3\xA9 \xFF\"}\n"
               "{\"id\": \"c\", \"text\": \"Police said two people were hurt.\"}\n");
    std::vector<std::string> seen;
    load::stream_documents(
        dir + "/s.jsonl", {}, [&](Document&& d) { seen.push_back("doc " + d.path.substr(d.path.find('#'))); },
        [&](std::string w) { seen.push_back("warn " + w.substr(dir.size())); },
        [&](std::string n) { seen.push_back("notice " + n); });
    // the invalid UTF-8 is reported with its line, column and byte offset in the file
    EXPECT_EQ(seen, (std::vector<std::string>{"warn /s.jsonl:1:2: invalid JSON", "doc #a",
                                              "warn /s.jsonl:3:27: invalid UTF-8 at byte 94", "doc #c"}));
    // a batch with no article is one error, and nothing is handed on
    write_file(dir + "/none.jsonl", "{\"title\": \"no text\"}\n");
    std::size_t calls = 0;
    EXPECT_EQ(error_of([&] {
                  load::stream_documents(
                      dir + "/none.jsonl", {}, [&](Document&&) { ++calls; }, [&](std::string) { ++calls; },
                      [&](std::string) { ++calls; });
              }),
              "'" + dir + "/none.jsonl': no articles in JSON Lines file (1 line skipped; first: " + dir +
                  "/none.jsonl:1:1: no \"text\" string)");
    EXPECT_EQ(calls, 0u);
    write_file(dir + "/blank.jsonl", "\n  \n");
    EXPECT_EQ(error_of([&] {
                  load::stream_documents(
                      dir + "/blank.jsonl", {}, [](Document&&) {}, [](std::string) {}, [](std::string) {});
              }),
              "'" + dir + "/blank.jsonl': empty file");
}

}  // namespace claimgraph

namespace claimgraph {

// Found by scripts/fuzz.sh (json_import): a PROV-JSON id whose %XX decode to bytes that are
// not UTF-8 stays as written (ids are text: the store passes them to SQLite as JSON), and
// the import stores it instead of failing with an internal error.
TEST(ProvJson, AnIdThatDecodesToInvalidUtf8StaysAsWritten) {
    const std::string prov =
        "{\"prefix\": {\"cg\": \"https://claimgraph.org/ns#\"}, \"entity\": {"
        "\"cg:ab%C40\": {\"prov:type\": {\"$\": \"cg:Statement\", \"type\": \"prov:QUALIFIED_NAME\"}, "
        "\"prov:value\": \"Police said so.\"}, "
        "\"cg:cd%C3%A9\": {\"prov:type\": {\"$\": \"cg:Statement\", \"type\": \"prov:QUALIFIED_NAME\"}, "
        "\"prov:value\": \"Doctors said so.\"}}}";
    const interchange::Imported in = interchange::read_json(prov);
    std::vector<std::string> ids;
    for (const Node& n : in.graph.nodes) ids.push_back(n.id);
    std::sort(ids.begin(), ids.end());
    EXPECT_EQ(ids, (std::vector<std::string>{"ab%C40", "cd\xC3\xA9"}));  // a valid é is decoded
    store::Store db(":memory:", store::OpenMode::read_write);
    EXPECT_NO_THROW(db.import_graph(in.graph));
    EXPECT_EQ(db.graph().nodes.size(), 2u);
}

}  // namespace claimgraph
