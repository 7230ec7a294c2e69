# family: ordinary, blind round 53 (TypeVar Generic in-memory repository)
from dataclasses import dataclass
from typing import Callable, Dict, Generic, Iterator, List, Optional, TypeVar

T = TypeVar("T")
K = TypeVar("K")


class Repository(Generic[K, T]):
    """Tiny in-memory store keyed by a user-supplied key function."""

    def __init__(self, key: Callable[[T], K]) -> None:
        self._key = key
        self._items: Dict[K, T] = {}

    def add(self, item: T) -> K:
        k = self._key(item)
        if k in self._items:
            raise KeyError(f"duplicate key {k!r}")
        self._items[k] = item
        return k

    def get(self, k: K) -> Optional[T]:
        return self._items.get(k)

    def find(self, pred: Callable[[T], bool]) -> List[T]:
        return [i for i in self._items.values() if pred(i)]

    def __iter__(self) -> Iterator[T]:
        return iter(self._items.values())

    def __len__(self) -> int:
        return len(self._items)


def first_or(items: List[T], default: T) -> T:
    return items[0] if items else default


@dataclass
class Book:
    isbn: str
    title: str
    year: int


if __name__ == "__main__":
    books: Repository[str, Book] = Repository(key=lambda b: b.isbn)
    for b in [Book("978-0131103627", "The C Programming Language", 1988),
              Book("978-0262033848", "Introduction to Algorithms", 2009),
              Book("978-0201633610", "Design Patterns", 1994)]:
        books.add(b)
    print(len(books), "books")
    print(books.get("978-0201633610"))
    old = books.find(lambda b: b.year < 1995)
    print("pre-1995:", [b.title for b in old])
    print("first modern:", first_or(books.find(lambda b: b.year > 2020), Book("-", "none", 0)).title)
    nums: Repository[int, int] = Repository(key=lambda n: n % 10)
    nums.add(13)
    try:
        nums.add(23)
    except KeyError as e:
        print("duplicate:", e)
