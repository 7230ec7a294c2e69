# family: ordinary, blind round 48 (generics with TypeVar and Generic)
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Generic, Iterator, TypeVar, Union

T = TypeVar("T")
U = TypeVar("U")
E = TypeVar("E", bound=Exception)


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: list[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def peek(self) -> T | None:
        return self._items[-1] if self._items else None

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)


@dataclass(frozen=True)
class Ok(Generic[T]):
    value: T

    def map(self, fn: Callable[[T], U]) -> "Result[U, Exception]":
        try:
            return Ok(fn(self.value))
        except Exception as exc:  # noqa: BLE001
            return Err(exc)


@dataclass(frozen=True)
class Err(Generic[E]):
    error: E

    def map(self, fn: Callable) -> "Err[E]":
        return self


Result = Union[Ok[T], Err[E]]


def safe_int(text: str) -> Result[int, ValueError]:
    try:
        return Ok(int(text))
    except ValueError as exc:
        return Err(exc)


if __name__ == "__main__":
    s: Stack[str] = Stack()
    for word in "to be or not".split():
        s.push(word)
    print("stack top-down:", list(s), "peek:", s.peek(), "size:", len(s))
    print("popped:", s.pop(), s.pop())

    for raw in ["42", "7", "zero", "0"]:
        r = safe_int(raw).map(lambda n: 100 // n).map(lambda q: q * 2)
        match r:
            case Ok(value=v):
                print(f"{raw!r:>7} -> Ok({v})")
            case Err(error=e):
                print(f"{raw!r:>7} -> Err({type(e).__name__}: {e})")
