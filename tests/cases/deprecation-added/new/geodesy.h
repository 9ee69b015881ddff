#pragma once

#include <apicompat/attributes.h>

namespace geo {

struct LatLon {
    double lat;
    double lon;
};

APICOMPAT_DEPRECATED("1.4", "2.0", "geo::vincenty", "inaccurate near the poles") double haversine(LatLon a, LatLon b);  // expect: deprecation-added info geo::haversine
double vincenty(LatLon a, LatLon b);
[[deprecated("use vincenty")]] double spherical_law(LatLon a, LatLon b);

class Route {
public:
    Route();

    void append(LatLon point);
    double length_km() const;
    [[deprecated("use length_km")]] double length_miles() const;  // expect: deprecation-added info geo::Route::length_miles

private:
    LatLon* points_;
    int count_;
};

}  // namespace geo
