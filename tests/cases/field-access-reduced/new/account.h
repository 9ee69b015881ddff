#pragma once

namespace bank {

class Account {  // expect: field-access-reduced error bank::Account::limit
public:
    Account();
    long balance() const;

    const char* owner;

private:
    long limit;
};

}  // namespace bank
