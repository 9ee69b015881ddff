#pragma once

namespace tree {

struct Node {
    int id;
};

struct Tagged {
    int tag;
};

struct Serializable {};

struct Leaf : Node {
    int weight;
};

class Branch : public Node {
public:
    int children() const;

private:
    int count_;
};

}  // namespace tree
