#pragma once

#include <memory>

namespace ui {

struct WidgetImpl;

// Private fields that changed type without moving anything: the record's
// size, alignment, triviality and special members are unchanged, so what is
// left is inline code of the class compiled into users' programs: Widget has
// none (info), Label's width() reads width_ as an int (warning).
class Widget { std::unique_ptr<WidgetImpl> impl_; int id_;  // expect: field-type-changed info ui::Widget::impl_; field-type-changed info ui::Widget::id_
public:
    Widget();
    ~Widget();
    Widget(const Widget&) = delete;
    Widget& operator=(const Widget&) = delete;

    void show();
};

class Label { const char* text_; float width_;  // expect: field-type-changed warning ui::Label::width_
public:
    explicit Label(const char* text);
    int width() const { return static_cast<int>(width_); }
};

}  // namespace ui
