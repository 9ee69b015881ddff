#pragma once

#include <memory>

namespace ui {

struct WidgetImpl;

class Widget {
public:
    Widget();
    ~Widget();
    Widget(const Widget&) = delete;
    Widget& operator=(const Widget&) = delete;

    void show();

private:
    WidgetImpl* impl_;
    unsigned id_;
};

class Label {
public:
    explicit Label(const char* text);
    int width() const { return width_; }

private:
    const char* text_;
    int width_;
};

}  // namespace ui
