# ordinary: immutable geo point dataclass that normalises its values in __post_init__ (frozen dataclass idiom)
from dataclasses import dataclass, field
import math


@dataclass(frozen=True, order=True)
class GeoPoint:
    lat: float
    lon: float
    label: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        if not -90 <= self.lat <= 90:
            raise ValueError(f"latitude out of range: {self.lat}")
        # wrap longitude into [-180, 180) and round both to ~1cm precision
        lon = ((self.lon + 180) % 360) - 180
        object.__setattr__(self, "lon", round(lon, 7))
        object.__setattr__(self, "lat", round(self.lat, 7))
        object.__setattr__(self, "label", self.label.strip())

    def offset(self, north_m: float, east_m: float) -> "GeoPoint":
        dlat = north_m / 111_320
        dlon = east_m / (111_320 * math.cos(math.radians(self.lat)))
        return GeoPoint(self.lat + dlat, self.lon + dlon, self.label)

    def __str__(self) -> str:
        name = f"{self.label}: " if self.label else ""
        return f"{name}{self.lat:.5f}, {self.lon:.5f}"


if __name__ == "__main__":
    p = GeoPoint(51.5, 359.9, "  Greenwich-ish ")
    print(p, repr(p))
    print(p.offset(100, 100))
    print(sorted([GeoPoint(10, 20), GeoPoint(-5, 0), GeoPoint(10, -20)]))
    print(GeoPoint(1, 2, "a") == GeoPoint(1, 2, "b"), hash(GeoPoint(1, 2)) == hash(GeoPoint(1, 2.0)))
