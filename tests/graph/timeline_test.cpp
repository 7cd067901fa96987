#include <gtest/gtest.h>

#include <random>
#include <set>

#include "graph/timeline.h"
#include "resolve/matching.h"

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

// Events by the rule the resolver uses (resolve::event_key): these fixtures' dates are one day
graph::EventKey key(const KnownStatement& s) { return resolve::event_key(s); }

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
    const auto t = graph::figure_timelines(st, key);
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
    const auto t = graph::figure_timelines({undated, toll("d", "aide", "2026-01-01", 8, "p")}, key);
    ASSERT_EQ(t.size(), 1u);
    EXPECT_EQ(t[0].points[0].statement, "d");
    EXPECT_EQ(t[0].points[1].statement, "u");
    EXPECT_EQ(*t[0].points[1].revised_from, 8);
}

TEST(Timeline, EventsAreTheConnectedComponentsOfTheSameEventRule) {
    // random statements (days, no day, places, no place): the events found from the keys are
    // exactly the components of resolve::same_event over every pair
    std::mt19937 random(7);
    for (int round = 0; round < 200; ++round) {
        std::vector<KnownStatement> st;
        const int n = 2 + static_cast<int>(random() % 24);
        for (int i = 0; i < n; ++i) {
            const int day = static_cast<int>(random() % 9);
            std::string places;
            for (const char* p : {"a", "b", "c"})
                if (random() % 3 == 0) places += std::string(places.empty() ? "" : " ") + p;
            KnownStatement k = toll("s" + std::to_string(i), "src" + std::to_string(i),
                                    "2026-01-1" + std::to_string(day), i + 1, places);
            if (random() % 7 == 0) k.date.reset();
            st.push_back(k);
        }
        // brute force: components of every pair
        std::vector<int> comp(st.size());
        for (std::size_t i = 0; i < st.size(); ++i) comp[i] = static_cast<int>(i);
        const auto find = [&](int x) {
            while (comp[static_cast<std::size_t>(x)] != x) x = comp[static_cast<std::size_t>(x)];
            return x;
        };
        for (std::size_t i = 0; i < st.size(); ++i)
            for (std::size_t j = i + 1; j < st.size(); ++j)
                if (resolve::same_event(st[i], st[j]))
                    comp[static_cast<std::size_t>(find(static_cast<int>(i)))] = find(static_cast<int>(j));
        std::set<std::set<std::string>> expected, found;
        std::map<int, std::set<std::string>> groups;
        for (std::size_t i = 0; i < st.size(); ++i) groups[find(static_cast<int>(i))].insert(st[i].id);
        for (const auto& [root, ids] : groups)
            if (ids.size() > 1) expected.insert(ids);
        for (const graph::Timeline& t : graph::figure_timelines(st, key)) {
            std::set<std::string> ids;
            for (const graph::TimelinePoint& p : t.points) ids.insert(p.statement);
            found.insert(ids);
        }
        ASSERT_EQ(found, expected) << "round " << round;
    }
}

}  // namespace claimgraph
