# ordinary: validate ISBN-10/ISBN-13 numbers and convert ISBN-10 to ISBN-13
import re

_CLEAN_RE = re.compile(r"[\s-]")


class InvalidISBN(ValueError):
    """Raised when an ISBN has the wrong shape or check digit."""

    def __init__(self, isbn: str, reason: str) -> None:
        super().__init__(f"invalid ISBN {isbn!r}: {reason}")
        self.isbn = isbn
        self.reason = reason


def _normalize(isbn: str) -> str:
    return _CLEAN_RE.sub("", isbn).upper()


def isbn10_check_digit(first9: str) -> str:
    total = sum((10 - i) * int(d) for i, d in enumerate(first9))
    check = (11 - total % 11) % 11
    return "X" if check == 10 else str(check)


def isbn13_check_digit(first12: str) -> str:
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(first12))
    return str((10 - total % 10) % 10)


def validate(isbn: str) -> str:
    """Return the normalized ISBN if valid, else raise InvalidISBN."""
    code = _normalize(isbn)
    if len(code) == 10:
        if not re.fullmatch(r"\d{9}[\dX]", code):
            raise InvalidISBN(isbn, "bad characters")
        if isbn10_check_digit(code[:9]) != code[-1]:
            raise InvalidISBN(isbn, "check digit mismatch")
    elif len(code) == 13:
        if not code.isdigit():
            raise InvalidISBN(isbn, "must be all digits")
        if isbn13_check_digit(code[:12]) != code[-1]:
            raise InvalidISBN(isbn, "check digit mismatch")
    else:
        raise InvalidISBN(isbn, f"length {len(code)} is not 10 or 13")
    return code


def to_isbn13(isbn: str) -> str:
    code = validate(isbn)
    if len(code) == 13:
        return code
    body = "978" + code[:9]
    return body + isbn13_check_digit(body)


if __name__ == "__main__":
    for candidate in ["0-306-40615-2", "978-0-306-40615-7", "0306406153"]:
        try:
            print(candidate, "->", to_isbn13(candidate))
        except InvalidISBN as exc:
            print(exc)
