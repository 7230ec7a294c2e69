# family: ordinary, blind round 73 (dataclass-heavy typed tools)
"""Deduplicate contacts using normalization and fuzzy matching."""
import difflib
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Optional


@dataclass
class Contact:
    name: str
    email: Optional[str] = None
    phone: Optional[str] = None
    sources: list[str] = field(default_factory=list)

    @cached_property
    def norm_name(self) -> str:
        return " ".join(sorted(re.sub(r"[^a-z ]", "", self.name.lower()).split()))

    @cached_property
    def norm_phone(self) -> Optional[str]:
        if not self.phone:
            return None
        digits = re.sub(r"\D", "", self.phone)
        return digits[-10:]

    def merge(self, other: "Contact") -> "Contact":
        return Contact(
            name=max(self.name, other.name, key=len),
            email=self.email or other.email,
            phone=self.phone or other.phone,
            sources=sorted(set(self.sources) | set(other.sources)),
        )


def is_duplicate(a: Contact, b: Contact, threshold: float = 0.85) -> bool:
    if a.email and b.email and a.email.lower() == b.email.lower():
        return True
    if a.norm_phone and a.norm_phone == b.norm_phone:
        return True
    return difflib.SequenceMatcher(None, a.norm_name, b.norm_name).ratio() >= threshold


def dedupe(contacts: list[Contact]) -> list[Contact]:
    result: list[Contact] = []
    for c in contacts:
        for i, existing in enumerate(result):
            if is_duplicate(existing, c):
                result[i] = existing.merge(c)
                break
        else:
            result.append(c)
    return result


if __name__ == "__main__":
    raw = [
        Contact("Jane Doe", "jane@x.com", sources=["crm"]),
        Contact("Doe, Jane", phone="+1 (555) 123-4567", sources=["phone"]),
        Contact("J. Smith", "JSMITH@y.org", sources=["crm"]),
        Contact("John Smith", "jsmith@y.org", "555.123.9999", sources=["email"]),
        Contact("Jon Doh", phone="5551234567", sources=["import"]),
    ]
    for c in dedupe(raw):
        print(c)
