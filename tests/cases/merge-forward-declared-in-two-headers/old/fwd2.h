#pragma once

class Handle;
void use2(Handle* handle);
