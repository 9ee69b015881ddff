#pragma once

#define NETLIB_MAX_PACKET 9000  // expect: macro-value-changed warning NETLIB_MAX_PACKET
#define NETLIB_CLAMP(v, low, high) ((v) < (low) ? (low) : (v) > (high) ? (high) : (v))
#define NETLIB_NAME "netlib2"  // expect: macro-value-changed warning NETLIB_NAME
#define NETLIB_VERSION_MINOR 5  // expect: macro-value-changed info NETLIB_VERSION_MINOR
