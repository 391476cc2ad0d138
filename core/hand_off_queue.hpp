#pragma once
// Work handed from the caller's thread to a thread of its own, in order: the caller fills an
// item, hands it over and gets back an emptied one, so that after the first few no fresh
// memory is touched (on these machines a page fault costs microseconds). The import writes
// its batches so while it reads the next rows, and the paths report writes its text so while
// it makes the next chunk.
//
// `consume` runs on the queue's thread, one item after another, and must leave the item
// empty for reuse. What it throws is rethrown to the caller by the next hand_over() or
// drain(), and what was still queued is dropped. Destroying the queue stops the thread
// after the item it is consuming and drops the rest: the caller's work failed.

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace polku {

template <typename Item>
class HandOffQueue {
  public:
    // At most `depth` items wait for the thread; hand_over() waits for room beyond that.
    HandOffQueue(std::function<void(Item&)> consume, std::size_t depth)
        : m_consume(std::move(consume)), m_depth(depth) {
        m_thread = std::thread([this] { consume_queued(); });
    }
    ~HandOffQueue() {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }
    HandOffQueue(const HandOffQueue&) = delete;
    HandOffQueue& operator=(const HandOffQueue&) = delete;

    // Queues `item` and gives it back empty: one consumed before, or a new one.
    void hand_over(Item& item) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_queue.size() < m_depth || m_error; });
        rethrow_error();
        m_queue.push_back(std::move(item));
        item = Item();
        if (!m_spare.empty()) {
            item = std::move(m_spare.back());
            m_spare.pop_back();
        }
        lock.unlock();
        m_changed.notify_all();
    }

    // Returns once every item handed over is consumed.
    void drain() {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return (m_queue.empty() && !m_consuming) || m_error; });
        rethrow_error();
    }

  private:
    void rethrow_error() {
        if (m_error) {
            std::rethrow_exception(m_error);
        }
    }

    void consume_queued() {
        std::unique_lock lock(m_mutex);
        while (true) {
            m_changed.wait(lock, [&] { return !m_queue.empty() || m_stop; });
            if (m_stop) {
                return;
            }
            Item item = std::move(m_queue.front());
            m_queue.pop_front();
            m_consuming = true;
            lock.unlock();
            m_changed.notify_all();  // room in the queue
            std::exception_ptr error;
            try {
                m_consume(item);
            } catch (...) {
                error = std::current_exception();
            }
            lock.lock();
            m_consuming = false;
            if (error) {
                m_error = error;
                m_queue.clear();
            } else {
                m_spare.push_back(std::move(item));
            }
            m_changed.notify_all();
        }
    }

    std::function<void(Item&)> m_consume;
    std::size_t m_depth;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Item> m_queue;   // handed over, waiting for the thread
    std::vector<Item> m_spare;  // consumed, for reuse
    bool m_consuming = false;
    bool m_stop = false;
    std::exception_ptr m_error;
    std::thread m_thread;  // last: started once everything above is made
};

}  // namespace polku
