#pragma once

#include <memory>

namespace ui {

struct WidgetImpl;

class Widget { WidgetImpl* impl_; unsigned id_;
public:
    Widget();
    ~Widget();
    Widget(const Widget&) = delete;
    Widget& operator=(const Widget&) = delete;

    void show();
};

class Label { const char* text_; int width_;
public:
    explicit Label(const char* text);
    int width() const { return width_; }
};

}  // namespace ui
