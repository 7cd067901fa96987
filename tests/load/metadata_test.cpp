// A publication date written at the top of an article's text is found when nothing else
// gives one (issue 23: the seed's first line `date 2023-12-31` was ignored).
#include <map>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "load/metadata.h"
#include "store/store.h"
#include "test_support.h"

namespace claimgraph {

using load::date_near_top;

TEST(DateNearTop, ReadsTheDateLinesPagesAndWireCopyOpenWith) {
    EXPECT_EQ(date_near_top(" date 2023-12-31 Follow us on Image Source : AP Ukraine attacked.\n\nText."),
              "2023-12-31");
    EXPECT_EQ(date_near_top("Updated: Dec 31, 2023\nThe governor said."), "2023-12-31");
    EXPECT_EQ(date_near_top("31 December 2023 14:05\nThe governor said."), "2023-12-31");
    EXPECT_EQ(date_near_top("First Published: June 13, 2013 | 10:02 AM\nText."), "2013-06-13");
    EXPECT_EQ(date_near_top("Posted 2024-03-02 09:40 by the desk\nText."), "2024-03-02T09:40");
    EXPECT_EQ(date_near_top("Last updated - Saturday, March 2, 2024.\nText."), "2024-03-02");
    // the third line that holds anything is the last one looked at
    EXPECT_EQ(date_near_top("KYIV\n\nBy Anna Berg\nPublished 2 March 2024\nText."), "2024-03-02");
    EXPECT_EQ(date_near_top("KYIV\nBy Anna Berg\nReuters\nPublished 2 March 2024\n"), std::nullopt);
}

TEST(DateNearTop, FindsNoneInTextThatIsNotADate) {
    EXPECT_EQ(date_near_top("The mayor said on Monday that the bridge was closed.\n"), std::nullopt);
    EXPECT_EQ(date_near_top("Dated plans were dropped, officials said.\n"), std::nullopt);
    EXPECT_EQ(date_near_top("Updates: the road is open.\n"), std::nullopt);       // not the label
    EXPECT_EQ(date_near_top("date 2023-02-30 was announced\n"), std::nullopt);   // not a calendar day
    EXPECT_EQ(date_near_top(""), std::nullopt);
    // past the first 500 bytes nothing is read
    EXPECT_EQ(date_near_top(std::string(600, 'x') + "\nPublished 2 March 2024\n"), std::nullopt);
}

TEST(DateNearTop, AHeaderOrTheCommandLineWinsOverTheText) {
    const std::string dir = testing::temp_dir();
    testing::write_file(dir + "/top.txt", "date 2023-12-31 Image: AP\n\nThe governor said 21 people were killed.\n");
    testing::write_file(dir + "/header.txt",
                        "outlet: Daily A\ndate: 2024-01-02\n\nUpdated: Dec 31, 2023\nThe mayor said the bridge "
                        "was hit.\n");
    const auto dates = [&](const std::vector<std::string>& extra) {
        const std::string db = dir + "/d" + std::to_string(extra.size()) + ".db";
        std::vector<std::string> args = {"ingest", "-q", "--db", db};
        args.insert(args.end(), extra.begin(), extra.end());
        args.push_back(dir + "/top.txt");
        args.push_back(dir + "/header.txt");
        const auto r = testing::run_cli(args);
        EXPECT_EQ(r.code, 0) << r.err;
        std::map<std::string, std::string> out;
        for (const DocumentRow& d : store::Store(db, store::OpenMode::read_only).documents())
            out[d.path.substr(d.path.rfind('/') + 1)] = d.date.value_or("none");
        return out;
    };
    EXPECT_EQ(dates({}), (std::map<std::string, std::string>{{"top.txt", "2023-12-31"}, {"header.txt", "2024-01-02"}}));
    EXPECT_EQ(dates({"--date", "2024-05-06"}),
              (std::map<std::string, std::string>{{"top.txt", "2024-05-06"}, {"header.txt", "2024-05-06"}}));
}

}  // namespace claimgraph
