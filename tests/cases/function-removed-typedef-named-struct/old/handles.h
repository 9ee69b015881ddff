#pragma once
#pragma clang diagnostic ignored "-Wnon-c-typedef-for-linkage"

// Each unnamed struct is named by its typedef, and so are its members.
typedef struct {
    int x;
    int get() const;
} a_t;

typedef struct {
    int y;
    int get() const;  // expect: function-removed error b_t::get
} b_t;
