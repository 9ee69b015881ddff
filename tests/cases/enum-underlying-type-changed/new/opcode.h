#pragma once

namespace vm {

enum class Opcode : unsigned short {  // expect: enum-underlying-type-changed error vm::Opcode
    Nop,
    Push,
    Pop,
    Call
};

struct Instruction {  // expect: record-size-changed error vm::Instruction
    Opcode op;
    unsigned char argument;
};

}  // namespace vm
