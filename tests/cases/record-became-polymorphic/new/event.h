#pragma once

namespace events {

struct Event {  // expect: record-became-polymorphic error events::Event
    virtual ~Event();
    int type;
    long timestamp;
};

class Handler {  // expect: record-became-polymorphic error events::Handler
public:
    void handle(const Event& event);
    int id;
};

void dispatch(const Event& event);

}  // namespace events
