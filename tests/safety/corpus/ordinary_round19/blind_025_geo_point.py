"""Geographic coordinates as a NamedTuple with distance and bearing helpers."""
from __future__ import annotations

import math
from typing import NamedTuple

EARTH_RADIUS_KM = 6371.0088


class GeoPoint(NamedTuple):
    lat: float
    lon: float
    label: str = ""

    @classmethod
    def parse(cls, text: str) -> "GeoPoint":
        """Parse 'lat,lon' or 'label@lat,lon'."""
        label, _, coords = text.rpartition("@")
        lat_s, lon_s = (p.strip() for p in coords.split(","))
        point = cls(float(lat_s), float(lon_s), label.strip())
        if not (-90 <= point.lat <= 90 and -180 <= point.lon <= 180):
            raise ValueError(f"coordinates out of range: {text!r}")
        return point

    def distance_to(self, other: "GeoPoint") -> float:
        """Great-circle distance in kilometres (haversine)."""
        p1, p2 = math.radians(self.lat), math.radians(other.lat)
        dp = p2 - p1
        dl = math.radians(other.lon - self.lon)
        a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
        return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))

    def bearing_to(self, other: "GeoPoint") -> float:
        p1, p2 = math.radians(self.lat), math.radians(other.lat)
        dl = math.radians(other.lon - self.lon)
        x = math.sin(dl) * math.cos(p2)
        y = math.cos(p1) * math.sin(p2) - math.sin(p1) * math.cos(p2) * math.cos(dl)
        return (math.degrees(math.atan2(x, y)) + 360) % 360

    def __str__(self) -> str:
        ns = "N" if self.lat >= 0 else "S"
        ew = "E" if self.lon >= 0 else "W"
        name = f"{self.label} " if self.label else ""
        return f"{name}({abs(self.lat):.4f}°{ns}, {abs(self.lon):.4f}°{ew})"


def route_length(stops: list[str]) -> float:
    points = [GeoPoint.parse(s) for s in stops]
    return round(sum(a.distance_to(b) for a, b in zip(points, points[1:])), 1)


def nearest(origin: str, candidates: list[str]) -> str:
    o = GeoPoint.parse(origin)
    return str(min((GeoPoint.parse(c) for c in candidates), key=o.distance_to))


if __name__ == "__main__":
    paris, london = GeoPoint.parse("Paris@48.8566,2.3522"), GeoPoint.parse("London@51.5074,-0.1278")
    print(paris, f"{paris.distance_to(london):.1f} km", f"{paris.bearing_to(london):.1f}°")
    print(route_length(["48.8566,2.3522", "51.5074,-0.1278", "52.52,13.405"]))
    print(nearest("50,0", ["Paris@48.8566,2.3522", "Berlin@52.52,13.405"]), paris._replace(label="P"))
