// A bounded queue between two threads, and a producer run on a second thread whose items
// this one consumes: ingest's reader and writer, a listing read from SQLite on one core
// while the other formats it. The bound keeps memory flat however much passes through.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>

namespace claimgraph::util {

/// One producer, one consumer. push() waits while the queue is full; pop() waits while it
/// is empty and gives nullopt once the producer said done() and everything was taken.
template <class T>
class BoundedQueue {
public:
    /// Thrown by push() once the consumer gave up (stop()): the producer unwinds.
    struct Stopped {};

    explicit BoundedQueue(std::size_t capacity) : m_capacity(capacity ? capacity : 1) {}
    BoundedQueue(const BoundedQueue&) = delete;
    BoundedQueue& operator=(const BoundedQueue&) = delete;

    void push(T item) {
        std::unique_lock lock(m_mutex);
        m_space.wait(lock, [&] { return m_items.size() < m_capacity || m_stopped; });
        if (m_stopped) throw Stopped{};
        m_items.push_back(std::move(item));
        m_ready.notify_one();
    }
    std::optional<T> pop() {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [&] { return !m_items.empty() || m_done; });
        if (m_items.empty()) return std::nullopt;
        T item = std::move(m_items.front());
        m_items.pop_front();
        m_space.notify_one();
        return item;
    }
    /// The producer is done: pop() drains what is left, then gives nullopt.
    void done() {
        std::lock_guard lock(m_mutex);
        m_done = true;
        m_ready.notify_one();
    }
    /// The consumer gives up: the producer's next push() throws Stopped.
    void stop() {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_space.notify_one();
    }

private:
    std::size_t m_capacity;
    std::mutex m_mutex;
    std::condition_variable m_ready, m_space;
    std::deque<T> m_items;
    bool m_done = false, m_stopped = false;
};

/// Runs `produce(push)` on a second thread and `consume(T&&)` here on each item it pushed,
/// in order, at most `capacity` items waiting between them. An exception thrown by either
/// side stops the other and is rethrown here once both have stopped.
template <class T, class Produce, class Consume>
void run_pipelined(std::size_t capacity, Produce&& produce, Consume&& consume) {
    BoundedQueue<T> queue(capacity);
    std::exception_ptr failed;  // the producer's, read only after join()
    std::thread producer([&] {
        try {
            produce([&](T item) { queue.push(std::move(item)); });
        } catch (const typename BoundedQueue<T>::Stopped&) {
        } catch (...) {
            failed = std::current_exception();
        }
        queue.done();
    });
    try {
        while (std::optional<T> item = queue.pop()) consume(std::move(*item));
    } catch (...) {
        queue.stop();
        producer.join();
        throw;
    }
    producer.join();
    if (failed) std::rethrow_exception(failed);
}

}  // namespace claimgraph::util
