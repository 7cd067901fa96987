#include <gtest/gtest.h>

#include "graph/timeline.h"

namespace claimgraph {

namespace {

KnownStatement toll(const std::string& id, const std::string& source, const std::string& date, long long value,
                    const std::string& place) {
    KnownStatement k;
    k.id = id;
    k.text = "killed " + std::to_string(value);
    k.source_id = source;
    k.source_name = source;
    k.date = date;
    k.places = place;
    k.figures.push_back({"killed", value, std::nullopt, std::to_string(value), {}});
    return k;
}

bool same_place(const KnownStatement& a, const KnownStatement& b) { return a.places == b.places; }

}  // namespace

TEST(Timeline, OneSourcesNewValueIsARevisionAndEventsStayApart) {
    const std::vector<KnownStatement> st{
        toll("s3", "governor", "2026-03-14T21:40", 24, "sosnovka"),
        toll("s1", "governor", "2026-03-14T09:10", 14, "sosnovka"),
        toll("s2", "ministry", "2026-03-14T11:30", 20, "sosnovka"),
        toll("s4", "ministry", "2026-03-14T12:00", 20, "sosnovka"),  // a repeat, not a revision
        toll("o1", "mayor", "2026-03-14T10:00", 3, "odesa"),
        toll("o2", "police", "2026-03-14T11:00", 4, "odesa"),
        toll("x1", "mayor", "2026-03-14T10:00", 7, "kherson"),  // alone: no timeline
    };
    const auto t = graph::figure_timelines(st, same_place);
    ASSERT_EQ(t.size(), 2u);
    // sorted by first date: Sosnovka (09:10) before Odesa (10:00)
    const graph::Timeline& s = t[0];
    ASSERT_EQ(s.points.size(), 4u);
    EXPECT_EQ(s.points[0].statement, "s1");
    EXPECT_EQ(s.points[3].statement, "s3");
    ASSERT_TRUE(s.points[3].revised_from.has_value());
    EXPECT_EQ(*s.points[3].revised_from, 14);
    EXPECT_FALSE(s.points[2].revised_from.has_value());  // the ministry said 20 twice
    EXPECT_EQ(s.revisions, 1u);
    EXPECT_EQ(s.sources, 2u);
    EXPECT_EQ(t[1].points.size(), 2u);
    EXPECT_EQ(t[1].revisions, 0u);
}

TEST(Timeline, UndatedFiguresComeLast) {
    KnownStatement undated = toll("u", "aide", "", 9, "p");
    undated.date.reset();
    const auto t = graph::figure_timelines({undated, toll("d", "aide", "2026-01-01", 8, "p")}, same_place);
    ASSERT_EQ(t.size(), 1u);
    EXPECT_EQ(t[0].points[0].statement, "d");
    EXPECT_EQ(t[0].points[1].statement, "u");
    EXPECT_EQ(*t[0].points[1].revised_from, 8);
}

}  // namespace claimgraph
