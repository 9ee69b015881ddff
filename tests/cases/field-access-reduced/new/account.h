#pragma once

namespace bank {

class Account {
public:
    Account();
    long balance() const;

    const char* owner;

private:
    long limit;  // expect: field-access-reduced error bank::Account::limit
};

}  // namespace bank
