"""Pagination helper for list endpoints."""
import math
from typing import Any, Generic, NamedTuple, Sequence, TypeVar
from urllib.parse import urlencode

T = TypeVar("T")


class PageLink(NamedTuple):
    label: str
    page: int | None
    current: bool = False


class Page(Generic[T]):
    def __init__(self, items: Sequence[T], number: int, per_page: int) -> None:
        if per_page < 1:
            raise ValueError("per_page must be >= 1")
        self.total = len(items)
        self.per_page = per_page
        self.pages = max(1, math.ceil(self.total / per_page))
        self.number = min(max(1, number), self.pages)
        start = (self.number - 1) * per_page
        self.items = list(items[start:start + per_page])

    @property
    def has_next(self) -> bool:
        return self.number < self.pages

    @property
    def has_prev(self) -> bool:
        return self.number > 1

    def links(self, window: int = 2) -> list[PageLink]:
        links = [PageLink("«", self.number - 1 if self.has_prev else None)]
        shown = {1, self.pages, *range(self.number - window, self.number + window + 1)}
        last = 0
        for p in sorted(x for x in shown if 1 <= x <= self.pages):
            if p - last > 1:
                links.append(PageLink("…", None))
            links.append(PageLink(str(p), p, p == self.number))
            last = p
        links.append(PageLink("»", self.number + 1 if self.has_next else None))
        return links


def paginate(items: list[Any], page: int = 1, per_page: int = 10, base_url: str = "/items",
             extra_params: dict[str, str] | None = None) -> dict:
    pg: Page[Any] = Page(items, page, per_page)
    params = extra_params or {}

    def url(n: int | None) -> str | None:
        return None if n is None else f"{base_url}?{urlencode({**params, 'page': n, 'per_page': per_page})}"

    return {
        "items": pg.items,
        "page": pg.number,
        "pages": pg.pages,
        "total": pg.total,
        "nav": " ".join(f"[{l.label}]" if l.current else l.label for l in pg.links()),
        "next_url": url(pg.number + 1 if pg.has_next else None),
        "prev_url": url(pg.number - 1 if pg.has_prev else None),
    }


if __name__ == "__main__":
    print(paginate(list(range(1, 96)), page=6, per_page=7, extra_params={"sort": "name"}))
