#pragma once

namespace ui {

class Widget {
public:
    Widget();
    virtual ~Widget();

    virtual void paint();
    virtual void resize(int width, int height);  // expect: method-virtuality-changed error ui::Widget::resize
    void on_click(int x, int y);  // expect: method-virtuality-changed error ui::Widget::on_click

private:
    int width_;
    int height_;
};

}  // namespace ui
