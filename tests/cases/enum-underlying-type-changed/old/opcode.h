#pragma once

namespace vm {

enum class Opcode : unsigned char {
    Nop,
    Push,
    Pop,
    Call
};

struct Instruction {
    Opcode op;
    unsigned char argument;
};

}  // namespace vm
