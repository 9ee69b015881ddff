#pragma once

namespace gfx {

// The enumerators are an anonymous enum's API: giving it a name, or a new
// first enumerator, keeps them.
enum FontStyle { FONT_REGULAR = 0, FONT_BOLD = 1, FONT_ITALIC = 2 };  // expect: type-added info gfx::FontStyle

enum { ALIGN_DEFAULT = 0, ALIGN_LEFT = 0, ALIGN_CENTER, ALIGN_RIGHT };  // expect: enumerator-added info gfx::(anonymous enum ALIGN_DEFAULT)::ALIGN_DEFAULT

struct Font {
    enum Limits { MAX_SIZE = 72 };  // expect: type-added info gfx::Font::Limits
    int size;
    int flags;
};

}  // namespace gfx
