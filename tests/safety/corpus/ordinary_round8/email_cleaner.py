"""Normalise, validate and de-duplicate e-mail addresses."""
import re
from dataclasses import dataclass

EMAIL_RE = re.compile(r"^(?P<local>[A-Za-z0-9._%+-]+)@(?P<domain>[A-Za-z0-9.-]+\.[A-Za-z]{2,})$")
GMAIL_DOMAINS = {"gmail.com", "googlemail.com"}
DISPOSABLE = {"mailinator.com", "10minutemail.com", "guerrillamail.com"}


@dataclass(frozen=True)
class Email:
    local: str
    domain: str

    @classmethod
    def parse(cls, raw: str) -> "Email":
        value = raw.strip().strip("<>").lower()
        m = EMAIL_RE.match(value)
        if not m or ".." in value:
            raise ValueError(f"invalid address: {raw!r}")
        return cls(m["local"], m["domain"])

    def canonical(self) -> "Email":
        local, domain = self.local, self.domain
        if domain in GMAIL_DOMAINS:
            local = local.split("+", 1)[0].replace(".", "")
            domain = "gmail.com"
        return Email(local, domain)

    def __str__(self) -> str:
        return f"{self.local}@{self.domain}"


def clean_emails(addresses: list[str], drop_disposable: bool = True) -> dict:
    seen: dict[Email, str] = {}
    invalid, disposable, duplicates = [], [], []
    for raw in addresses:
        try:
            email = Email.parse(raw)
        except ValueError:
            invalid.append(raw)
            continue
        if drop_disposable and email.domain in DISPOSABLE:
            disposable.append(raw)
            continue
        key = email.canonical()
        if key in seen:
            duplicates.append(f"{raw} (same as {seen[key]})")
        else:
            seen[key] = raw
    return {"valid": [str(e) for e in seen], "invalid": invalid, "disposable": disposable,
            "duplicates": duplicates}


if __name__ == "__main__":
    print(clean_emails(["John.Smith+news@Gmail.com", "johnsmith@googlemail.com", "bad@@x", "a@mailinator.com",
                        "<ann@example.org>", "ann@example.org", "x..y@example.com"]))
