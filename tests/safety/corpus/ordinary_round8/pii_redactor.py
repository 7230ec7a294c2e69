"""Mask personal data (emails, phone numbers, card numbers, IPs) in free text."""
import re
from collections import Counter
from typing import Callable, Match

__all__ = ["redact"]


def _mask_email(m: Match[str]) -> str:
    user, domain = m.group(1), m.group(2)
    return f"{user[0]}***@{domain}"


def _mask_card(m: Match[str]) -> str:
    digits = re.sub(r"\D", "", m.group(0))
    if not 13 <= len(digits) <= 19:
        return m.group(0)
    return "**** **** **** " + digits[-4:]


def _mask_phone(m: Match[str]) -> str:
    digits = re.sub(r"\D", "", m.group(0))
    return "[PHONE ..." + digits[-2:] + "]"


PATTERNS: list[tuple[str, re.Pattern[str], Callable[[Match[str]], str]]] = [
    ("email", re.compile(r"\b([A-Za-z0-9._%+-]+)@([A-Za-z0-9.-]+\.[A-Za-z]{2,})\b"), _mask_email),
    ("card", re.compile(r"\b(?:\d[ -]?){12,18}\d\b"), _mask_card),
    ("ipv4", re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b"), lambda m: "[IP]"),
    ("phone", re.compile(r"(?<![\w*])\+?\d{1,3}[ .-]?(?:\(?\d{1,4}\)?[ .-]?){1,3}\d{3,4}\b"), _mask_phone),
]


def redact(text: str, kinds: list[str] | None = None) -> dict:
    enabled = set(kinds) if kinds else {name for name, _, _ in PATTERNS}
    counts: Counter[str] = Counter()
    for name, pattern, masker in PATTERNS:
        if name not in enabled:
            continue

        def counting(m: Match[str], _masker=masker, _name=name) -> str:
            counts[_name] += 1
            return _masker(m)

        text = pattern.sub(counting, text)
    return {"text": text, "counts": dict(counts), "total": sum(counts.values())}


if __name__ == "__main__":
    sample = ("Contact jane.doe@example.com or call +44 20 7946 0958. Card 4111 1111 1111 1111 was used "
              "from 192.168.1.20; backup contact bob@mail.org.")
    print(redact(sample))
    print(redact(sample, kinds=["email"]))
