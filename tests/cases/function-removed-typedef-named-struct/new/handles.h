#pragma once
#pragma clang diagnostic ignored "-Wnon-c-typedef-for-linkage"

// Each unnamed struct is named by its typedef, and so are its members.
typedef struct {
    int x;
    int get() const;
} a_t;

typedef struct {
    int y;
} b_t;
