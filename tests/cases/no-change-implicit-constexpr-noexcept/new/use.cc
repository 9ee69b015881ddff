#include "api.h"

Widget make() { Widget widget; return Widget(widget); }
