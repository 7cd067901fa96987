#include <gtest/gtest.h>

#include "util/text.h"
#include "util/utf8.h"

namespace claimgraph {

TEST(Utf8, FindsTheFirstInvalidByte) {
    EXPECT_FALSE(utf8::first_invalid("plain \xE2\x80\x9Cquoted\xE2\x80\x9D").has_value());
    EXPECT_EQ(utf8::first_invalid("ab\xC3(cd"), 2u);
    EXPECT_EQ(utf8::first_invalid("ok\xFF"), 2u);
}

TEST(Utf8, ReportsLineAndColumnInCodePoints) {
    const std::string s = "first\nsé\xC3";
    const auto lc = utf8::line_col(s, 9);
    EXPECT_EQ(lc.line, 2u);
    EXPECT_EQ(lc.column, 3u);
}

TEST(Text, NormalizesNamesSoApostrophesCompareEqual) {
    EXPECT_EQ(text::normalize_name("  Russia\xE2\x80\x99s   Defense Ministry "), "Russia's Defense Ministry");
    EXPECT_EQ(text::name_key("Russia's DEFENSE Ministry"), "russia's defense ministry");
}

TEST(Text, SplitUndoesJoinAndCountsAreSaidWithTheirNoun) {
    EXPECT_EQ(text::split(text::join({"a", "b c", ""}, "; "), "; "), (std::vector<std::string>{"a", "b c"}));
    EXPECT_EQ(text::split("a; ; b", "; "), (std::vector<std::string>{"a", "", "b"}));
    EXPECT_TRUE(text::split("", "; ").empty());
    EXPECT_EQ(text::counted(1, "claim"), "1 claim");
    EXPECT_EQ(text::counted(0, "claim"), "0 claims");
    EXPECT_EQ(text::counted(2, "person", "people"), "2 people");
}

TEST(Text, TheRoleShownIsTheOneThatSaysMost) {
    EXPECT_TRUE(text::better_role("spokesman", ""));
    EXPECT_TRUE(text::better_role("former President", "Mr."));  // a form of address says least
    EXPECT_FALSE(text::better_role("Mrs.", "Secretary of State"));
    EXPECT_TRUE(text::better_role("Ms.", ""));
    EXPECT_TRUE(text::better_role("governor", "regional governor"));  // then fewer words
    // a total order: of two, exactly one is better
    for (const auto& [a, b] : {std::pair{"Mr.", "Dr."}, {"Mr.", "mayor"}, {"mayor", "governor"}})
        EXPECT_NE(text::better_role(a, b), text::better_role(b, a)) << a << " " << b;
}

TEST(Text, TruncatesOnACodePointBoundary) {
    const std::string s = "ab\xC3\xA9\xC3\xA9\xC3\xA9";  // abééé
    const std::string t = text::truncate(s, 6);
    EXPECT_FALSE(utf8::first_invalid(t).has_value());
    EXPECT_EQ(t, "ab\xE2\x80\xA6");
    EXPECT_EQ(text::truncate("short", 10), "short");
}

}  // namespace claimgraph
