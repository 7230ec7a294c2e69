# family: ordinary, blind round 61 (ISBN-10/13 validator and converter)
import re
from enum import Enum


class IsbnKind(Enum):
    ISBN10 = 10
    ISBN13 = 13


def _clean(raw: str) -> str:
    return re.sub(r"[\s-]", "", raw).upper()


def _isbn10_ok(code: str) -> bool:
    if not re.fullmatch(r"\d{9}[\dX]", code):
        return False
    total = sum((10 - i) * (10 if ch == "X" else int(ch)) for i, ch in enumerate(code))
    return total % 11 == 0


def _isbn13_check_digit(first12: str) -> int:
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(first12))
    return (10 - total % 10) % 10


def _isbn13_ok(code: str) -> bool:
    return bool(re.fullmatch(r"\d{13}", code)) and _isbn13_check_digit(code[:12]) == int(code[12])


def check_isbn(raw: str) -> dict:
    """Validate an ISBN-10 or ISBN-13 and return the ISBN-13 form when possible."""
    code = _clean(raw)
    try:
        kind = IsbnKind(len(code))
    except ValueError:
        return {"input": raw, "valid": False, "reason": f"length {len(code)} is not 10 or 13"}
    valid = _isbn10_ok(code) if kind is IsbnKind.ISBN10 else _isbn13_ok(code)
    result = {"input": raw, "kind": kind.name, "valid": valid}
    if valid:
        if kind is IsbnKind.ISBN10:
            body = "978" + code[:9]
            result["isbn13"] = body + str(_isbn13_check_digit(body))
        else:
            result["isbn13"] = code
    return result


if __name__ == "__main__":
    for isbn in ["0-306-40615-2", "978-0-306-40615-7", "0306406153", "12345"]:
        print(check_isbn(isbn))
