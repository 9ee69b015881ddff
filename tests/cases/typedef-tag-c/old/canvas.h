#ifndef CANVAS_H
#define CANVAS_H

typedef enum { COLOR_RED, COLOR_GREEN } color_t;

typedef struct {
    int x;
    int y;
} point_t;

typedef union number {
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
