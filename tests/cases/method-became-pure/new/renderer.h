#pragma once

namespace gfx {

class Renderer {
public:
    virtual ~Renderer();
    virtual void begin_frame();
    virtual void draw(int mesh) = 0;  // expect: method-became-pure error gfx::Renderer::draw
    virtual void end_frame();
};

}  // namespace gfx
