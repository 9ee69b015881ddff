#pragma once

namespace containers {

class IntVector {
public:
    IntVector();
    IntVector(IntVector&& other);  // expect: function-noexcept-changed error containers::IntVector::IntVector
    ~IntVector();

    void swap(IntVector& other) noexcept;
    unsigned long size() const noexcept;  // expect: function-noexcept-changed info containers::IntVector::size
    void push_back(int value);

private:
    int* data_;
    unsigned long size_;
    unsigned long capacity_;
};

class Observer {
public:
    virtual ~Observer();
    virtual void notify(int event) noexcept;  // expect: function-noexcept-changed error containers::Observer::notify
};

}  // namespace containers
