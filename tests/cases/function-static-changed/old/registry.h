#pragma once

namespace plugins {

class Registry {
public:
    Registry();

    int size() const;
    void add(const char* name);
    Registry& global();
    static bool is_valid_name(const char* name);

private:
    const char** names_;
    int count_;
};

}  // namespace plugins
