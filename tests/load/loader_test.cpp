#include <filesystem>
#include <functional>

#include <gtest/gtest.h>

#include "load/discover.h"
#include "load/loader.h"
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
    load::MetadataOverrides o;
    o.outlet = "Other Outlet";
    const Document d = load::load_text("a.txt", "outlet: Example Wire\n\nText.", o);
    EXPECT_EQ(d.outlet, "Other Outlet");
}

TEST(Loader, RejectsBadInputWithExactMessages) {
    const std::string dir = temp_dir();
    write_file(dir + "/empty.txt", "  \n");
    write_file(dir + "/bad.txt", "ok\nab\xC3(");
    write_file(dir + "/bin.txt", std::string("a\0b", 3));
    EXPECT_EQ(error_of([&] { load::load_file(dir + "/missing.txt"); }), "'" + dir + "/missing.txt': no such file or directory");
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
    const auto files = load::discover({dir});
    ASSERT_EQ(files.size(), 3u);
    EXPECT_EQ(files[0], dir + "/a.txt");
    EXPECT_EQ(files[1], dir + "/b.txt");
    EXPECT_EQ(files[2], dir + "/sub/c.txt");
}

TEST(Discover, ADirectoryWithoutArticlesIsAnError) {
    const std::string dir = temp_dir();
    write_file(dir + "/notes.md", "n");
    EXPECT_EQ(error_of([&] { load::discover({dir}); }), "'" + dir + "': no articles (*.txt) in directory");
}

}  // namespace claimgraph
