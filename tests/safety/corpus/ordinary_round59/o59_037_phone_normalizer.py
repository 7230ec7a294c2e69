# family: ordinary, blind round 59 (normalise phone numbers to E.164)
import re
from dataclasses import dataclass
from typing import Optional

COUNTRY_CODES = {"US": "1", "CA": "1", "GB": "44", "DE": "49", "FR": "33", "IN": "91", "AU": "61"}
NATIONAL_LENGTHS = {"1": (10,), "44": (10,), "49": (10, 11), "33": (9,), "91": (10,), "61": (9,)}


@dataclass(frozen=True)
class PhoneNumber:
    country_code: str
    national: str

    @property
    def e164(self) -> str:
        return f"+{self.country_code}{self.national}"

    def __str__(self) -> str:
        n = self.national
        if self.country_code == "1":
            return f"+1 ({n[:3]}) {n[3:6]}-{n[6:]}"
        return f"+{self.country_code} " + " ".join(re.findall(r".{1,4}", n))


def normalize_phone(raw: str, default_region: str = "US") -> Optional[PhoneNumber]:
    text = raw.strip()
    text = re.sub(r"(?i)\s*(ext\.?|x)\s*\d+$", "", text)
    digits = re.sub(r"\D", "", text)
    if text.startswith("+") or text.startswith("00"):
        digits = digits[2:] if text.startswith("00") else digits
        for cc in sorted(set(COUNTRY_CODES.values()), key=len, reverse=True):
            if digits.startswith(cc) and len(digits) - len(cc) in NATIONAL_LENGTHS[cc]:
                return PhoneNumber(cc, digits[len(cc):])
        return None
    cc = COUNTRY_CODES.get(default_region.upper())
    if cc is None:
        raise ValueError(f"unknown region {default_region}")
    if cc != "1" and digits.startswith("0"):
        digits = digits[1:]
    if cc == "1" and len(digits) == 11 and digits.startswith("1"):
        digits = digits[1:]
    return PhoneNumber(cc, digits) if len(digits) in NATIONAL_LENGTHS[cc] else None


if __name__ == "__main__":
    samples = [("(415) 555-2671", "US"), ("1-415-555-2671 ext 22", "US"),
               ("020 7946 0958", "GB"), ("+49 30 12345678", "US"),
               ("0033 1 23 45 67 89", "US"), ("12345", "US"), ("98765 43210", "IN")]
    for raw, region in samples:
        p = normalize_phone(raw, region)
        print(f"{raw:<24} [{region}] -> {p.e164 if p else 'invalid':<14} {p or ''}")
