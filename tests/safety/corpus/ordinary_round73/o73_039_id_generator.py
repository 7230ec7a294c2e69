# family: ordinary, blind round 73 (dataclass-heavy typed tools)
"""Generate human-friendly IDs, short hashes and tokens."""
import hashlib
import random
import string
import uuid
from dataclasses import dataclass, field
from itertools import count
from typing import Iterator

ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O/1/I


@dataclass(frozen=True)
class IdFormat:
    prefix: str
    length: int = 8
    group: int = 4

    def __post_init__(self) -> None:
        if not self.prefix.isalpha() or not self.prefix.isupper():
            raise ValueError("prefix must be uppercase letters")
        if self.length % self.group:
            raise ValueError("length must be a multiple of group")


@dataclass
class IdGenerator:
    fmt: IdFormat
    seed: int | None = None
    _rng: random.Random = field(init=False, repr=False)
    _issued: set[str] = field(default_factory=set, init=False, repr=False)

    def __post_init__(self) -> None:
        self._rng = random.Random(self.seed)

    def new(self) -> str:
        while True:
            raw = "".join(self._rng.choice(ALPHABET) for _ in range(self.fmt.length))
            parts = [raw[i:i + self.fmt.group] for i in range(0, len(raw), self.fmt.group)]
            ident = f"{self.fmt.prefix}-{'-'.join(parts)}"
            if ident not in self._issued:
                self._issued.add(ident)
                return ident

    def stream(self) -> Iterator[str]:
        for _ in count():
            yield self.new()


def short_hash(text: str, length: int = 10) -> str:
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()[:length]


def stable_uuid(namespace: str, name: str) -> uuid.UUID:
    return uuid.uuid5(uuid.uuid5(uuid.NAMESPACE_DNS, namespace), name)


def token(n: int = 24, rng: random.Random | None = None) -> str:
    rng = rng or random.Random(0)
    return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(n))


if __name__ == "__main__":
    gen = IdGenerator(IdFormat("INV", 8, 4), seed=7)
    ids = gen.stream()
    print([next(ids) for _ in range(3)])
    print(short_hash("hello world"), stable_uuid("example.com", "user-42"))
    print(token(16))
    try:
        IdFormat("inv")
    except ValueError as e:
        print(e)
