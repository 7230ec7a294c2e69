# ordinary: Rust-style Result[T, E] with Ok/Err dataclasses and pattern matching for error handling
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Generic, TypeVar, Union

T = TypeVar("T")
U = TypeVar("U")
E = TypeVar("E")


@dataclass(frozen=True)
class Ok(Generic[T]):
    value: T

    def is_ok(self) -> bool:
        return True


@dataclass(frozen=True)
class Err(Generic[E]):
    error: E

    def is_ok(self) -> bool:
        return False


Result = Union[Ok[T], Err[E]]


def map_ok(result: Result[T, E], fn: Callable[[T], U]) -> Result[U, E]:
    match result:
        case Ok(value):
            return Ok(fn(value))
        case Err() as err:
            return err


def and_then(result: Result[T, E], fn: Callable[[T], Result[U, E]]) -> Result[U, E]:
    return fn(result.value) if isinstance(result, Ok) else result


def parse_int(text: str) -> Result[int, str]:
    try:
        return Ok(int(text.strip()))
    except ValueError:
        return Err(f"not an integer: {text!r}")


def positive(n: int) -> Result[int, str]:
    return Ok(n) if n > 0 else Err(f"{n} is not positive")


def describe(result: Result[object, str]) -> str:
    match result:
        case Ok(value=int() as n) if n > 100:
            return f"big number {n}"
        case Ok(value):
            return f"ok: {value!r}"
        case Err(error=msg):
            return f"error: {msg}"
    return "unreachable"


if __name__ == "__main__":
    for raw in ["42", " 7 ", "-3", "abc", "250"]:
        r = and_then(parse_int(raw), positive)
        print(f"{raw!r:>7} -> {describe(r):<28} doubled={map_ok(r, lambda n: n * 2)}")
