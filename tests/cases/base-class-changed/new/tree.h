#pragma once

namespace tree {

struct Node {
    int id;
};

struct Tagged {
    int tag;
};

struct Serializable {};

struct Leaf : Node, Tagged {  // expect: base-class-changed error tree::Leaf
    int weight;
};

class Branch : protected Node, public Serializable {  // expect: base-class-changed error tree::Branch; base-class-changed info tree::Branch
public:
    int children() const;

private:
    int count_;
};

}  // namespace tree
