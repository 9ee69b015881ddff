#ifndef IMGIO_H
#define IMGIO_H

#include <stddef.h>

/* imgio: a tiny C image I/O library (current). */

typedef struct imgio_image imgio_image;

enum imgio_status {
    IMGIO_OK = 0,
    IMGIO_ERR_IO = 1,
    IMGIO_ERR_FORMAT = 2
};

struct imgio_rect {
    int x;
    int y;
    int width;
    int height;
};

imgio_image *imgio_open(const char *path);
void imgio_close(imgio_image *img);
int imgio_width(const imgio_image *img);
int imgio_height(const imgio_image *img);
enum imgio_status imgio_save(const imgio_image *img, const char *path, float quality); // expect: parameter-type-changed error imgio_save
size_t imgio_crop(imgio_image *img, struct imgio_rect rect);
const char *imgio_version(void);

#endif /* IMGIO_H */
