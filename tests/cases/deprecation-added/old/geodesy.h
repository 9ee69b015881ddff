#pragma once

#include <apicompat/attributes.h>

namespace geo {

struct LatLon {
    double lat;
    double lon;
};

double haversine(LatLon a, LatLon b);
double vincenty(LatLon a, LatLon b);
[[deprecated("use vincenty")]] double spherical_law(LatLon a, LatLon b);

class Route {
public:
    Route();

    void append(LatLon point);
    double length_km() const;
    double length_miles() const;

private:
    LatLon* points_;
    int count_;
};

}  // namespace geo
