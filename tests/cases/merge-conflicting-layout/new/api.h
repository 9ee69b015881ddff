#pragma once

struct S {
#ifdef WITH_TAG
    int tag;
#endif
    int x;
};
