"""Interchangeable ID generation strategies behind a common interface."""
from __future__ import annotations

import itertools
import secrets
import string
import time
import uuid
from abc import ABC, abstractmethod
from typing import Iterator

ALPHABET = string.digits + string.ascii_lowercase


class IdGenerator(ABC):
    prefix: str = ""

    @abstractmethod
    def _raw(self) -> str: ...

    def new(self) -> str:
        return f"{self.prefix}{self._raw()}"

    def __iter__(self) -> Iterator[str]:
        while True:
            yield self.new()

    def take(self, n: int) -> list[str]:
        return list(itertools.islice(self, n))


class SequentialIds(IdGenerator):
    def __init__(self, prefix: str = "", start: int = 1, width: int = 6) -> None:
        self.prefix, self._counter, self.width = prefix, itertools.count(start), width

    def _raw(self) -> str:
        return str(next(self._counter)).zfill(self.width)


class RandomIds(IdGenerator):
    def __init__(self, prefix: str = "", length: int = 10) -> None:
        self.prefix, self.length = prefix, length

    def _raw(self) -> str:
        return "".join(secrets.choice(ALPHABET) for _ in range(self.length))


class UuidIds(IdGenerator):
    def _raw(self) -> str:
        return str(uuid.uuid4())


class TimeSortableIds(RandomIds):
    """Millisecond timestamp in base36 followed by random suffix (sortable by creation)."""

    def _raw(self) -> str:
        ms, digits = int(time.time() * 1000), []
        while ms:
            ms, rem = divmod(ms, 36)
            digits.append(ALPHABET[rem])
        return "".join(reversed(digits)).rjust(9, "0") + super()._raw()


def make_generator(kind: str, **options: object) -> IdGenerator:
    kinds: dict[str, type[IdGenerator]] = {"seq": SequentialIds, "random": RandomIds,
                                           "uuid": UuidIds, "sortable": TimeSortableIds}
    return kinds[kind](**options)


if __name__ == "__main__":
    print(make_generator("seq", prefix="INV-", start=41).take(3))
    print(len(make_generator("random", length=8).new()), len(make_generator("uuid").new()))
    print(len(make_generator("sortable", prefix="evt_", length=4).new()))
