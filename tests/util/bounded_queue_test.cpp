#include <gtest/gtest.h>

#include <atomic>
#include <stdexcept>
#include <string>
#include <vector>

#include "util/bounded_queue.h"

namespace claimgraph {

TEST(Pipelined, EveryItemArrivesOnceAndInOrder) {
    std::vector<int> seen;
    util::run_pipelined<int>(
        3, [](const auto& push) { for (int i = 0; i < 10000; ++i) push(i); },
        [&](int&& i) { seen.push_back(i); });
    ASSERT_EQ(seen.size(), 10000u);
    for (int i = 0; i < 10000; ++i) ASSERT_EQ(seen[static_cast<std::size_t>(i)], i);
}

TEST(Pipelined, TheProducersFailureIsRethrownAfterWhatItPushed) {
    std::vector<std::string> seen;
    EXPECT_THROW(
        {
            util::run_pipelined<std::string>(
                2,
                [](const auto& push) {
                    push("a");
                    push("b");
                    throw std::runtime_error("disk went away");
                },
                [&](std::string&& s) { seen.push_back(s); });
        },
        std::runtime_error);
    EXPECT_EQ(seen, (std::vector<std::string>{"a", "b"}));
}

TEST(Pipelined, TheConsumersFailureStopsTheProducer) {
    std::atomic<int> pushed = 0;
    try {
        util::run_pipelined<int>(
            2,
            [&](const auto& push) {
                // would run for ever: only the consumer's failure ends it
                for (int i = 0;; ++i) {
                    push(i);
                    ++pushed;
                }
            },
            [](int&& i) {
                if (i == 5) throw std::logic_error("cannot print");
            });
        FAIL() << "the consumer's exception was not rethrown";
    } catch (const std::logic_error& e) {
        EXPECT_STREQ(e.what(), "cannot print");
    }
    // the producer stopped with the queue full: the six taken (0 to 5) and at most the
    // queue's two were counted; the push under way when it stopped threw before its count
    EXPECT_LE(pushed.load(), 8);
}

TEST(BoundedQueue, PopDrainsThenEndsOnceDone) {
    util::BoundedQueue<int> q(4);
    q.push(1);
    q.push(2);
    q.done();
    EXPECT_EQ(q.pop(), 1);
    EXPECT_EQ(q.pop(), 2);
    EXPECT_EQ(q.pop(), std::nullopt);
}

TEST(BoundedQueue, PushAfterStopThrows) {
    util::BoundedQueue<int> q(1);
    q.stop();
    EXPECT_THROW(q.push(1), util::BoundedQueue<int>::Stopped);
}

}  // namespace claimgraph
