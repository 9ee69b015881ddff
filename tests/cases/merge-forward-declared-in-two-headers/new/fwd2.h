#pragma once

class Handle;
void use2(Handle* handle);
void use3(Handle* handle);  // expect: function-added info use3
