"""Generate identifiers: UUIDs, short codes, and human-friendly tokens."""

import secrets
import string
import uuid
from enum import Enum

ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O/1/I
WORDS = ["amber", "brisk", "cedar", "delta", "ember", "fable", "grove", "harbor", "ivory", "jolly", "kite", "lunar"]


class IdKind(str, Enum):
    UUID4 = "uuid4"
    UUID5 = "uuid5"
    SHORT = "short"
    WORDS = "words"
    TOKEN = "token"


def short_code(length: int = 8, group: int = 4) -> str:
    raw = "".join(secrets.choice(ALPHABET) for _ in range(length))
    return "-".join(raw[i:i + group] for i in range(0, length, group))


def generate_ids(kind: str, count: int = 1, name: str = "example.com") -> list[str]:
    k = IdKind(kind)
    makers = {
        IdKind.UUID4: lambda: str(uuid.uuid4()),
        IdKind.UUID5: lambda: str(uuid.uuid5(uuid.NAMESPACE_DNS, name)),
        IdKind.SHORT: short_code,
        IdKind.WORDS: lambda: "-".join(secrets.choice(WORDS) for _ in range(3)) + str(secrets.randbelow(100)),
        IdKind.TOKEN: lambda: secrets.token_urlsafe(16),
    }
    return [makers[k]() for _ in range(max(1, count))]


def is_valid_short_code(code: str) -> bool:
    stripped = code.replace("-", "")
    return bool(stripped) and all(c in ALPHABET for c in stripped) and not set(stripped) & set(string.ascii_lowercase)


if __name__ == "__main__":
    for kind in IdKind:
        print(kind.value, generate_ids(kind.value, 2))
    print(is_valid_short_code(generate_ids("short")[0]))
