#pragma once

namespace hw {

class Device {
public:
    virtual ~Device();
    virtual int open(const char* path);
    virtual int close();
    virtual long read(char* buffer, long size);
};

}  // namespace hw
