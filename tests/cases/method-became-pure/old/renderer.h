#pragma once

namespace gfx {

class Renderer {
public:
    virtual ~Renderer();
    virtual void begin_frame();
    virtual void draw(int mesh);
    virtual void end_frame();
};

}  // namespace gfx
