"""Geographic helpers using NamedTuple: distances, bearings, bounding boxes."""
import math
from typing import NamedTuple

EARTH_RADIUS_KM = 6371.0088


class Coord(NamedTuple):
    lat: float
    lon: float

    def __str__(self) -> str:
        ns = "N" if self.lat >= 0 else "S"
        ew = "E" if self.lon >= 0 else "W"
        return f"{abs(self.lat):.4f}°{ns} {abs(self.lon):.4f}°{ew}"

    @classmethod
    def parse(cls, text: str) -> "Coord":
        lat, lon = (float(p) for p in text.replace(";", ",").split(","))
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise ValueError(f"coordinate out of range: {text}")
        return cls(lat, lon)


class BBox(NamedTuple):
    south: float
    west: float
    north: float
    east: float

    def contains(self, c: Coord) -> bool:
        return self.south <= c.lat <= self.north and self.west <= c.lon <= self.east


def haversine(a: Coord, b: Coord) -> float:
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dphi = p2 - p1
    dlmb = math.radians(b.lon - a.lon)
    h = math.sin(dphi / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))


def bearing(a: Coord, b: Coord) -> float:
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dl = math.radians(b.lon - a.lon)
    x = math.sin(dl) * math.cos(p2)
    y = math.cos(p1) * math.sin(p2) - math.sin(p1) * math.cos(p2) * math.cos(dl)
    return (math.degrees(math.atan2(x, y)) + 360) % 360


def compass(deg: float) -> str:
    points = ["N", "NE", "E", "SE", "S", "SW", "W", "NW"]
    return points[round(deg / 45) % 8]


def route_summary(points: list[str]) -> dict:
    coords = [Coord.parse(p) for p in points]
    legs = []
    for a, b in zip(coords, coords[1:]):
        brg = bearing(a, b)
        legs.append({"from": str(a), "to": str(b), "km": round(haversine(a, b), 1),
                     "bearing": round(brg, 1), "heading": compass(brg)})
    box = BBox(min(c.lat for c in coords), min(c.lon for c in coords),
               max(c.lat for c in coords), max(c.lon for c in coords))
    return {"legs": legs, "total_km": round(sum(l["km"] for l in legs), 1), "bbox": box._asdict()}


if __name__ == "__main__":
    r = route_summary(["51.5074,-0.1278", "48.8566,2.3522", "52.52,13.405"])
    print(r)
    print(BBox(**r["bbox"]).contains(Coord(50, 5)), Coord(1, 2)._replace(lat=-3))
