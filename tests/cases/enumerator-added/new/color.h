#pragma once

namespace gfx {

enum class Format {
    Rgb8,
    Rgba8,
    Gray8,
    Rgb16  // expect: enumerator-added info gfx::Format::Rgb16
};

enum Channel {
    CHANNEL_RED,
    CHANNEL_GREEN,
    CHANNEL_BLUE,
    CHANNEL_ALPHA,  // expect: enumerator-added warning gfx::Channel::CHANNEL_ALPHA
    CHANNEL_COUNT
};

enum Blend {
    BLEND_NONE,
    BLEND_ALPHA,  // expect: enumerator-added error gfx::Blend::BLEND_ALPHA
    BLEND_ADD,
    BLEND_MULTIPLY
};

}  // namespace gfx
