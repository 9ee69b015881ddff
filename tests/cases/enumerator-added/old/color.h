#pragma once

namespace gfx {

enum class Format {
    Rgb8,
    Rgba8,
    Gray8
};

enum Channel {
    CHANNEL_RED,
    CHANNEL_GREEN,
    CHANNEL_BLUE,
    CHANNEL_COUNT
};

enum Blend {
    BLEND_NONE,
    BLEND_ADD,
    BLEND_MULTIPLY
};

}  // namespace gfx
