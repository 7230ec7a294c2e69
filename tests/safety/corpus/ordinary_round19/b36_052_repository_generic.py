"""A generic in-memory repository keyed by id, typed with Protocol and Generic."""
from dataclasses import dataclass, replace
from typing import Callable, Generic, Iterator, Protocol, TypeVar


class HasId(Protocol):
    @property
    def id(self) -> int: ...


T = TypeVar("T", bound=HasId)


class NotFound(KeyError):
    pass


class Repository(Generic[T]):
    def __init__(self) -> None:
        self._items: dict[int, T] = {}

    def add(self, item: T) -> T:
        if item.id in self._items:
            raise ValueError(f"duplicate id {item.id}")
        self._items[item.id] = item
        return item

    def get(self, item_id: int) -> T:
        try:
            return self._items[item_id]
        except KeyError:
            raise NotFound(item_id) from None

    def update(self, item: T) -> None:
        self.get(item.id)
        self._items[item.id] = item

    def delete(self, item_id: int) -> T:
        return self._items.pop(item_id)

    def find(self, predicate: Callable[[T], bool]) -> list[T]:
        return [i for i in self._items.values() if predicate(i)]

    def __iter__(self) -> Iterator[T]:
        return iter(self._items.values())

    def __len__(self) -> int:
        return len(self._items)


@dataclass(frozen=True)
class User:
    id: int
    name: str
    active: bool = True


@dataclass(frozen=True)
class Book:
    id: int
    title: str
    year: int


if __name__ == "__main__":
    users: Repository[User] = Repository()
    users.add(User(1, "ada"))
    users.add(User(2, "linus", active=False))
    users.update(replace(users.get(2), active=True))
    print([u.name for u in users.find(lambda u: u.active)])

    books: Repository[Book] = Repository()
    for b in [Book(1, "SICP", 1985), Book(2, "TAOCP", 1968)]:
        books.add(b)
    print(sorted(b.title for b in books.find(lambda b: b.year < 1980)), len(books))
    try:
        books.get(99)
    except NotFound as exc:
        print("not found:", exc)
