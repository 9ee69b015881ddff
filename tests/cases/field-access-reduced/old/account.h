#pragma once

namespace bank {

class Account {
public:
    Account();
    long balance() const;

    const char* owner;
    long limit;
};

}  // namespace bank
