#pragma once

namespace containers {

class IntVector {
public:
    IntVector();
    IntVector(IntVector&& other) noexcept;
    ~IntVector();

    void swap(IntVector& other) noexcept;
    unsigned long size() const;
    void push_back(int value);

private:
    int* data_;
    unsigned long size_;
    unsigned long capacity_;
};

class Observer {
public:
    virtual ~Observer();
    virtual void notify(int event);
};

}  // namespace containers
