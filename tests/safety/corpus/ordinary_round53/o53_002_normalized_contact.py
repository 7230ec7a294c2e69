# family: ordinary, blind round 53 (frozen dataclass normalizing in __post_init__)
from dataclasses import dataclass, FrozenInstanceError
import re

_PHONE_DIGITS = re.compile(r"\D+")


@dataclass(frozen=True)
class Contact:
    """Immutable contact record. Inputs are normalized on construction."""

    name: str
    email: str
    phone: str = ""

    def __post_init__(self):
        # frozen dataclasses block normal assignment, so go through object.__setattr__
        object.__setattr__(self, "name", " ".join(self.name.split()).title())
        object.__setattr__(self, "email", self.email.strip().lower())
        digits = _PHONE_DIGITS.sub("", self.phone)
        if digits and len(digits) == 10:
            digits = f"({digits[:3]}) {digits[3:6]}-{digits[6:]}"
        object.__setattr__(self, "phone", digits)
        if "@" not in self.email:
            raise ValueError(f"invalid email: {self.email!r}")


def dedupe(contacts):
    seen = set()
    out = []
    for c in contacts:
        if c not in seen:
            seen.add(c)
            out.append(c)
    return out


if __name__ == "__main__":
    raw = [
        Contact("  ada   lovelace ", "ADA@Example.com ", "555.123.4567"),
        Contact("Ada Lovelace", "ada@example.com", "(555) 123-4567"),
        Contact("grace hopper", "grace@navy.mil"),
    ]
    unique = dedupe(raw)
    for c in unique:
        print(c)
    try:
        unique[0].email = "other@x.org"
    except FrozenInstanceError as exc:
        print("cannot modify:", type(exc).__name__)
    try:
        Contact("Nobody", "not-an-email")
    except ValueError as exc:
        print("rejected:", exc)
