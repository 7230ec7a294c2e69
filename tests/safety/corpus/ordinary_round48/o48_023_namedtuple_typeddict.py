# family: ordinary, blind round 48 (NamedTuple and TypedDict records)
from typing import NamedTuple, TypedDict, NotRequired, Optional
from collections import Counter


class GeoPoint(NamedTuple):
    lat: float
    lon: float

    def __str__(self) -> str:
        ns = "N" if self.lat >= 0 else "S"
        ew = "E" if self.lon >= 0 else "W"
        return f"{abs(self.lat):.4f}°{ns} {abs(self.lon):.4f}°{ew}"


class Station(NamedTuple):
    code: str
    name: str
    location: GeoPoint
    elevation_m: int = 0


class Reading(TypedDict):
    station: str
    temp_c: float
    humidity: NotRequired[int]


def warmest(readings: list[Reading]) -> Optional[Reading]:
    return max(readings, key=lambda r: r["temp_c"], default=None)


def avg_by_station(readings: list[Reading]) -> dict[str, float]:
    sums: Counter = Counter()
    counts: Counter = Counter()
    for r in readings:
        sums[r["station"]] += r["temp_c"]
        counts[r["station"]] += 1
    return {k: round(sums[k] / counts[k], 2) for k in sums}


if __name__ == "__main__":
    stations = [
        Station("OSL", "Oslo Blindern", GeoPoint(59.9423, 10.72), 94),
        Station("SCL", "Santiago", GeoPoint(-33.4489, -70.6693), 570),
        Station._make(["REY", "Reykjavik", GeoPoint(64.1466, -21.9426), 61]),
    ]
    for s in stations:
        print(f"{s.code}: {s.name:<14} {s.location}  {s.elevation_m} m")
    print(stations[2]._asdict()["elevation_m"], stations[0]._replace(elevation_m=100).elevation_m)

    readings: list[Reading] = [
        {"station": "OSL", "temp_c": 4.5, "humidity": 81},
        {"station": "SCL", "temp_c": 22.1},
        {"station": "OSL", "temp_c": 6.1},
        {"station": "REY", "temp_c": 1.2, "humidity": 90},
        {"station": "SCL", "temp_c": 19.7, "humidity": 40},
    ]
    print("warmest:", warmest(readings))
    print("averages:", avg_by_station(readings))
    print("with humidity:", sum("humidity" in r for r in readings))
