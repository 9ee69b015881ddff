#pragma once

namespace hw {

class Device {  // expect: vtable-layout-changed error hw::Device
public:
    virtual ~Device();
    virtual long read(char* buffer, long size);
    virtual int open(const char* path);
    virtual int close();
};

}  // namespace hw
