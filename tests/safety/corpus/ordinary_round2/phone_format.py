# ordinary: normalise North American phone numbers to E.164 and pretty formats, with extension support
import re
from dataclasses import dataclass
from typing import Optional

_DIGITS = re.compile(r"\d")
_EXT = re.compile(r"(?:ext\.?|x|#)\s*(\d{1,6})\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class PhoneNumber:
    area: str
    exchange: str
    line: str
    extension: Optional[str] = None

    @property
    def e164(self) -> str:
        return f"+1{self.area}{self.exchange}{self.line}"

    def pretty(self) -> str:
        base = f"({self.area}) {self.exchange}-{self.line}"
        return f"{base} ext. {self.extension}" if self.extension else base


def parse_phone(raw: str) -> PhoneNumber:
    text = raw.strip()
    extension = None
    if (m := _EXT.search(text)):
        extension = m.group(1)
        text = text[:m.start()]
    digits = "".join(_DIGITS.findall(text))
    if len(digits) == 11 and digits.startswith("1"):
        digits = digits[1:]
    if len(digits) != 10:
        raise ValueError(f"expected 10 digits, found {len(digits)} in {raw!r}")
    area, exchange, line = digits[:3], digits[3:6], digits[6:]
    if area[0] in "01" or exchange[0] in "01":
        raise ValueError(f"invalid area code or exchange in {raw!r}")
    return PhoneNumber(area, exchange, line, extension)


def dedupe_phones(raw_numbers: list[str]) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = {}
    for raw in raw_numbers:
        try:
            key = parse_phone(raw).e164
        except ValueError:
            key = "invalid"
        groups.setdefault(key, []).append(raw)
    return groups


if __name__ == "__main__":
    samples = ["(415) 555-2671", "415.555.2671", "+1 415 555 2671 x204", "1-800-FLOWERS", "212-055-1234"]
    for s in samples:
        try:
            p = parse_phone(s)
            print(f"{s:<24} -> {p.e164:<13} {p.pretty()}")
        except ValueError as err:
            print(f"{s:<24} !! {err}")
    print(dedupe_phones(samples))
