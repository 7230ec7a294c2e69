# ordinary: great-circle distance, bearing and nearest-city lookup for lat/lon coordinates
from math import asin, atan2, cos, degrees, radians, sin, sqrt
from typing import NamedTuple

EARTH_RADIUS_KM = 6371.0088
KM_PER_MILE = 1.609344


class Coord(NamedTuple):
    lat: float
    lon: float

    def __str__(self) -> str:
        ns = "N" if self.lat >= 0 else "S"
        ew = "E" if self.lon >= 0 else "W"
        return f"{abs(self.lat):.4f}°{ns} {abs(self.lon):.4f}°{ew}"


CITIES = {
    "London": Coord(51.5074, -0.1278),
    "Paris": Coord(48.8566, 2.3522),
    "New York": Coord(40.7128, -74.0060),
    "Tokyo": Coord(35.6762, 139.6503),
    "Sydney": Coord(-33.8688, 151.2093),
}


def haversine(a: Coord, b: Coord, miles: bool = False) -> float:
    lat1, lon1, lat2, lon2 = map(radians, (*a, *b))
    h = sin((lat2 - lat1) / 2) ** 2 + cos(lat1) * cos(lat2) * sin((lon2 - lon1) / 2) ** 2
    km = 2 * EARTH_RADIUS_KM * asin(sqrt(h))
    return km / KM_PER_MILE if miles else km


def initial_bearing(a: Coord, b: Coord) -> float:
    lat1, lat2 = radians(a.lat), radians(b.lat)
    dlon = radians(b.lon - a.lon)
    x = sin(dlon) * cos(lat2)
    y = cos(lat1) * sin(lat2) - sin(lat1) * cos(lat2) * cos(dlon)
    return (degrees(atan2(x, y)) + 360) % 360


def compass(bearing: float) -> str:
    points = ["N", "NE", "E", "SE", "S", "SW", "W", "NW"]
    return points[round(bearing / 45) % 8]


def nearest(point: Coord, places: dict[str, Coord] = CITIES) -> tuple[str, float]:
    name = min(places, key=lambda n: haversine(point, places[n]))
    return name, haversine(point, places[name])


if __name__ == "__main__":
    lon, par = CITIES["London"], CITIES["Paris"]
    b = initial_bearing(lon, par)
    print(f"London -> Paris: {haversine(lon, par):.1f} km / {haversine(lon, par, miles=True):.1f} mi, "
          f"bearing {b:.1f}° ({compass(b)})")
    here = Coord(50.0, 1.0)
    print(f"Nearest to {here}: {nearest(here)[0]} ({nearest(here)[1]:.0f} km)")
