"""Parse fixed-format 'key=value; ...' contact records into objects with light validation."""
from __future__ import annotations

import copy
import re
import uuid
from typing import Any

EMAIL_RE = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")


class Contact:
    FIELDS = ("name", "email", "phone", "company", "notes")
    REQUIRED = ("name", "email")

    def __init__(self, **values: Any) -> None:
        if unknown := set(values) - set(self.FIELDS):
            raise TypeError(f"unknown fields: {', '.join(sorted(unknown))}")
        for name in self.FIELDS:
            setattr(self, name, values.get(name, ""))
        self.id = uuid.uuid5(uuid.NAMESPACE_URL, f"mailto:{self.email.lower()}")

    @classmethod
    def from_string(cls, line: str) -> "Contact":
        pairs = (chunk.split("=", 1) for chunk in line.split(";") if "=" in chunk)
        return cls(**{k.strip().lower(): v.strip() for k, v in pairs})

    def errors(self) -> list[str]:
        problems = [f"{f} is required" for f in self.REQUIRED if not getattr(self, f)]
        if self.email and not EMAIL_RE.match(self.email):
            problems.append(f"invalid email {self.email!r}")
        if self.phone and not 7 <= len(re.sub(r"\D", "", self.phone)) <= 15:
            problems.append(f"invalid phone {self.phone!r}")
        return problems

    def to_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.FIELDS if getattr(self, name)}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Contact) and self.id == other.id

    def __hash__(self) -> int:
        return hash(self.id)

    def __repr__(self) -> str:
        return "Contact(" + ", ".join(f"{k}={v!r}" for k, v in self.to_dict().items()) + ")"


def import_contacts(text: str) -> tuple[list[Contact], list[str]]:
    good: dict[Contact, Contact] = {}
    rejected = []
    for n, line in enumerate(filter(str.strip, text.splitlines()), 1):
        try:
            c = Contact.from_string(line)
        except TypeError as exc:
            rejected.append(f"line {n}: {exc}")
            continue
        if errs := c.errors():
            rejected.append(f"line {n}: {'; '.join(errs)}")
        elif c in good:
            merged = copy.copy(good[c])
            merged.notes = "; ".join(filter(None, [merged.notes, c.notes]))
            good[c] = merged
        else:
            good[c] = c
    return list(good.values()), rejected


DATA = """name=Ada Lovelace; email=ada@example.com; phone=+44 20 7946 0018
name=Grace Hopper; email=grace@navy.example.mil; company=US Navy
name=Ada L.; email=ADA@example.com; notes=met at conference
email=nobody@example.com
name=Bad; email=bad@; phone=12
name=X; email=x@example.org; fax=123
"""

if __name__ == "__main__":
    contacts, rejected = import_contacts(DATA)
    print(*contacts, sep="\n")
    print(*rejected, sep="\n")
