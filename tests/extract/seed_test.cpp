// The seed article of ../shared/data/seed (never copied into the project): the
// worked example of DESIGN.md §2. Skips with a message when the shared data is absent.
#include <gtest/gtest.h>

#include "extract/extractor.h"
#include "load/loader.h"
#include "test_support.h"

namespace claimgraph {

TEST(Seed, ResolvesBothMeaningsOfTheMinistryAndZakharovasChain) {
    const auto path = testing::shared_data("seed/belgorod-2023-12-31.txt");
    if (!path) GTEST_SKIP() << "../shared/data/seed is absent; the seed test needs it";
    const Extraction ex = extract::extract(load::load_file(*path));
    EXPECT_GE(ex.statements.size(), 15u);
    const Attribution* defense = testing::find_statement(ex, "This crime will not go unpunished,");
    const Attribution* foreign = testing::find_statement(ex, "Silence in response");
    ASSERT_TRUE(defense && foreign);
    EXPECT_EQ(defense->source->name, "Russia's Defense Ministry");
    EXPECT_EQ(foreign->source->name, "Foreign Ministry");
    const Attribution* z = testing::find_statement(ex, "Britain and the United States");
    ASSERT_TRUE(z);
    EXPECT_EQ(z->source->name, "Maria Zakharova");
    EXPECT_EQ(z->source->organization, "Foreign Ministry");
    ASSERT_EQ(z->via.size(), 1u);
    EXPECT_EQ(z->via[0].type, SourceType::agency);
    const Attribution* she = testing::find_statement(ex, "EU countries");
    ASSERT_TRUE(she);
    EXPECT_EQ(she->source->name, "Maria Zakharova");
}

}  // namespace claimgraph
