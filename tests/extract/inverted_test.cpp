// Frames whose speaker comes after what was said: "CONTENT, X said" (inverted.cpp).
#include <gtest/gtest.h>

#include "test_support.h"

namespace claimgraph {

using testing::extract_text;
using testing::find_statement;

TEST(Inverted, AConnectiveOpeningTheSentenceIsNoPartOfWhatWasSaid) {
    // "Also," links the sentence to the one before; the speaker said the rest
    const auto ex = extract_text("Joseph Lund said he will not vote for Vale. Also, Vale isn't a conservative, he said.");
    const Attribution* a = find_statement(ex, "Vale isn't a conservative");
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->content_text, "Vale isn't a conservative");
    ASSERT_TRUE(a->source);
    EXPECT_EQ(a->source->text, "he");
    // a word that is the content's own stays ("Still" is no connective without its comma)
    const auto still = extract_text("Still the cranes are not safe, she said.");
    const Attribution* b = find_statement(still, "cranes");
    ASSERT_NE(b, nullptr);
    EXPECT_EQ(b->content_text, "Still the cranes are not safe");
}

}  // namespace claimgraph
