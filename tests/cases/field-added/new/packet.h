#pragma once

namespace net {

struct PacketHeader {
    unsigned short source_port;
    unsigned short dest_port;
    unsigned long long flags;  // expect: field-added error net::PacketHeader::flags
    unsigned int sequence;
    unsigned int ack;
};

struct Stats {
    int sent;
    short dropped;
    short retried;  // expect: field-added warning net::Stats::retried
};

}  // namespace net
