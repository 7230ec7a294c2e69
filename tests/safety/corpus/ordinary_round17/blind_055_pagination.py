"""Paginate sequences and build page-number navigation windows."""
import math
from dataclasses import dataclass
from typing import Sequence


@dataclass(frozen=True)
class Page:
    items: list
    number: int
    size: int
    total_items: int

    @property
    def total_pages(self) -> int:
        return max(1, math.ceil(self.total_items / self.size))

    @property
    def has_next(self) -> bool:
        return self.number < self.total_pages

    @property
    def has_prev(self) -> bool:
        return self.number > 1

    @property
    def range_label(self) -> str:
        if not self.items:
            return f"0 of {self.total_items}"
        start = (self.number - 1) * self.size + 1
        return f"{start}-{start + len(self.items) - 1} of {self.total_items}"

    def nav(self, window: int = 2) -> list:
        """Page links like [1, '…', 4, 5, 6, '…', 20]."""
        pages = {1, self.total_pages, *range(self.number - window, self.number + window + 1)}
        pages = sorted(p for p in pages if 1 <= p <= self.total_pages)
        out = []
        for prev, cur in zip([None] + pages, pages):
            if prev is not None and cur - prev > 1:
                out.append("…")
            out.append(cur)
        return out


def paginate(seq: Sequence, page: int = 1, size: int = 10) -> Page:
    if size < 1:
        raise ValueError("page size must be >= 1")
    total_pages = max(1, math.ceil(len(seq) / size))
    page = min(max(1, page), total_pages)
    start = (page - 1) * size
    return Page(list(seq[start:start + size]), page, size, len(seq))


if __name__ == "__main__":
    data = list(range(1, 196))
    p = paginate(data, page=7, size=10)
    print(p.items, p.range_label, p.has_prev, p.has_next)
    print(p.nav(), paginate(data, 1, 10).nav(), paginate(data, 99, 10).nav())
    print(paginate([], 3).range_label)
