"""Human-friendly ID generation with module-level counters."""
import string
import secrets
import uuid

_sequence = 0
_issued: set[str] = set()
ALPHABET = string.ascii_uppercase.replace("O", "").replace("I", "") + "23456789"


def next_sequence(prefix: str = "INV", width: int = 6) -> str:
    global _sequence
    _sequence += 1
    return f"{prefix}-{_sequence:0{width}d}"


def reset_sequence(value: int = 0) -> None:
    global _sequence
    _sequence = value


def short_code(length: int = 8, group: int = 4) -> str:
    """Random unambiguous code like 'K7QX-M2ZP', never repeated in this process."""
    while True:
        raw = "".join(secrets.choice(ALPHABET) for _ in range(length))
        code = "-".join(raw[i:i + group] for i in range(0, length, group))
        if code not in _issued:
            _issued.add(code)
            return code


def name_based_id(namespace: str, name: str) -> str:
    ns = uuid.uuid5(uuid.NAMESPACE_DNS, namespace)
    return str(uuid.uuid5(ns, name))


def check_digit(code: str) -> str:
    """Append a mod-len(ALPHABET) check character."""
    chars = code.replace("-", "")
    total = sum((i + 1) * ALPHABET.index(c) for i, c in enumerate(chars))
    return code + ALPHABET[total % len(ALPHABET)]


if __name__ == "__main__":
    print([next_sequence() for _ in range(3)])
    reset_sequence(99)
    print(next_sequence("PO", 4))
    codes = [short_code() for _ in range(3)]
    print(codes, [check_digit(c) for c in codes])
    print(name_based_id("example.com", "user-42") == name_based_id("example.com", "user-42"))
