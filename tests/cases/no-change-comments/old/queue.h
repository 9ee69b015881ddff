#pragma once

namespace jobs {

enum class Priority { Low, Normal, High };

struct Job {
    int id;
    Priority priority;
};

class Queue {
public:
    Queue();
    virtual ~Queue();
    void push(const Job& job);
    bool pop(Job* out);
};

}  // namespace jobs
