#pragma once

/**
 * jobs: a priority job queue.
 *
 * Only comments and blank lines were added in this version.
 */

namespace jobs {

/// How urgently a job runs.
enum class Priority {
    Low,     ///< background work
    Normal,  ///< the default
    High     ///< user-visible work
};

/* One unit of work. */
struct Job {
    int id;             // unique per queue
    Priority priority;  // see Priority
};

// Thread-safe.
class Queue {
public:
    Queue();

    virtual ~Queue();

    /// Adds a job; never blocks.
    void push(const Job& job);

    /// Removes the most urgent job; false when empty.
    bool pop(Job* out);
};

}  // namespace jobs
