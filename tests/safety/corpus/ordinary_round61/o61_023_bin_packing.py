# family: ordinary, blind round 61 (first-fit decreasing bin packing)
import math
from dataclasses import dataclass, field


@dataclass
class Bin:
    capacity: float
    items: list[tuple[str, float]] = field(default_factory=list)

    @property
    def used(self) -> float:
        return sum(size for _, size in self.items)

    @property
    def free(self) -> float:
        return self.capacity - self.used

    def try_add(self, name: str, size: float) -> bool:
        if size <= self.free + 1e-9:
            self.items.append((name, size))
            return True
        return False


class ItemTooLargeError(ValueError):
    pass


def pack_bins(items: dict[str, float], bin_capacity: float) -> dict:
    """Pack named items into as few bins as possible using first-fit decreasing.

    Args:
        items: Mapping of item name to size.
        bin_capacity: Capacity of each bin.
    """
    oversized = [n for n, s in items.items() if s > bin_capacity]
    if oversized:
        raise ItemTooLargeError(f"items exceed bin capacity: {oversized}")
    bins: list[Bin] = []
    for name, size in sorted(items.items(), key=lambda kv: kv[1], reverse=True):
        if not any(b.try_add(name, size) for b in bins):
            new_bin = Bin(bin_capacity)
            new_bin.try_add(name, size)
            bins.append(new_bin)
    lower_bound = math.ceil(sum(items.values()) / bin_capacity)
    return {
        "bins_used": len(bins),
        "lower_bound": lower_bound,
        "bins": [{"items": [n for n, _ in b.items], "used": round(b.used, 3),
                  "fill_pct": round(100 * b.used / b.capacity, 1)} for b in bins],
    }


if __name__ == "__main__":
    files = {"video.mp4": 4.2, "backup.zip": 3.1, "photos.tar": 2.6, "docs.pdf": 0.8,
             "music.flac": 1.9, "notes.txt": 0.1, "iso.img": 3.9}
    result = pack_bins(files, bin_capacity=4.7)
    print(result["bins_used"], "bins (lower bound", result["lower_bound"], ")")
    for b in result["bins"]:
        print(b)
