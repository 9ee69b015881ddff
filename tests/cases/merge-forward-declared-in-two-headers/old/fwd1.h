#pragma once

class Handle;
void use1(Handle* handle);
