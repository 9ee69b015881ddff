#pragma once

namespace gfx {

enum class Format {  // expect: enumerator-added info gfx::Format::Rgb16
    Rgb8,
    Rgba8,
    Gray8,
    Rgb16
};

enum Channel {  // expect: enumerator-added warning gfx::Channel::CHANNEL_ALPHA
    CHANNEL_RED,
    CHANNEL_GREEN,
    CHANNEL_BLUE,
    CHANNEL_ALPHA,
    CHANNEL_COUNT
};

enum Blend {  // expect: enumerator-added error gfx::Blend::BLEND_ALPHA
    BLEND_NONE,
    BLEND_ALPHA,
    BLEND_ADD,
    BLEND_MULTIPLY
};

}  // namespace gfx
