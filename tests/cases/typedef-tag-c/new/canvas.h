#ifndef CANVAS_H
#define CANVAS_H

/* Tags given to types named by typedefs: `enum color` and `struct point`
   are new names; `color_t` and `point_t` name the same types as before. */
typedef enum color { COLOR_RED, COLOR_GREEN } color_t;  // expect: type-added info color

typedef struct point {  // expect: type-added info point
    int x;
    int y;
} point_t;

/* A tag removed: code writing `union number` no longer compiles. */
typedef union {  // expect: type-removed error number
    int i;
    float f;
} number_t;

typedef struct {
    point_t origin;
    color_t fill;
    number_t scale;
} shape_t;

void canvas_draw(const point_t* at, color_t color);
point_t canvas_center(void);
number_t canvas_scale(number_t factor);

#endif
