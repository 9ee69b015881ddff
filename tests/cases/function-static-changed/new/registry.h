#pragma once

namespace plugins {

class Registry {
public:
    Registry();

    int size() const;
    void add(const char* name);
    static Registry& global();  // expect: function-static-changed error plugins::Registry::global
    bool is_valid_name(const char* name);  // expect: function-static-changed error plugins::Registry::is_valid_name

private:
    const char** names_;
    int count_;
};

}  // namespace plugins
