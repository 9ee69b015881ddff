#pragma once

namespace net {

struct PacketHeader {
    unsigned short source_port;
    unsigned short dest_port;
    unsigned int sequence;
    unsigned int ack;
};

struct Stats {
    int sent;
    short dropped;
};

}  // namespace net
