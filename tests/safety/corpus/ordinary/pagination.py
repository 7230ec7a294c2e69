import math
from dataclasses import dataclass
from typing import Generic, Sequence, TypeVar

T = TypeVar("T")


@dataclass
class Page(Generic[T]):
    items: list[T]
    number: int
    size: int
    total: int

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.total / self.size))

    @property
    def has_next(self) -> bool:
        return self.number < self.pages

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    def to_dict(self) -> dict:
        return {
            "items": self.items,
            "page": self.number,
            "pages": self.pages,
            "total": self.total,
            "next": self.number + 1 if self.has_next else None,
            "previous": self.number - 1 if self.has_previous else None,
        }


def paginate(items: Sequence[T], page: int = 1, size: int = 10) -> dict:
    if size < 1 or size > 100:
        raise ValueError("size must be between 1 and 100")
    if page < 1:
        raise ValueError("page numbers start at 1")
    start = (page - 1) * size
    chunk = list(items[start:start + size])
    return Page(chunk, page, size, len(items)).to_dict()
