#pragma once

namespace ui {

class Widget {
public:
    Widget();
    virtual ~Widget();

    virtual void paint();
    void resize(int width, int height);
    virtual void on_click(int x, int y);

private:
    int width_;
    int height_;
};

}  // namespace ui
