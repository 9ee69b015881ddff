#pragma once

namespace net {

struct PacketHeader {  // expect: field-added error net::PacketHeader::flags
    unsigned short source_port;
    unsigned short dest_port;
    unsigned long long flags;
    unsigned int sequence;
    unsigned int ack;
};

struct Stats {  // expect: field-added warning net::Stats::retried
    int sent;
    short dropped;
    short retried;
};

}  // namespace net
