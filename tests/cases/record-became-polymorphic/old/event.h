#pragma once

namespace events {

struct Event {
    int type;
    long timestamp;
};

class Handler {
public:
    virtual void handle(const Event& event);
    int id;
};

void dispatch(const Event& event);

}  // namespace events
