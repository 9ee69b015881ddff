#pragma once

namespace scene {

class Node {
public:
    virtual ~Node();
    virtual void update(double dt);
    virtual void render();
};

class Sprite : public Node {
public:
    void update(double dt) override final;  // expect: method-became-final error scene::Sprite::update
    void render() override;

private:
    int texture_;
};

}  // namespace scene
