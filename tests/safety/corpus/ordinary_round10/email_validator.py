"""Validate and normalise email addresses with pragmatic rules."""

import re
from dataclasses import dataclass, field

LOCAL_RE = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$")
LABEL_RE = re.compile(r"^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$")
DISPOSABLE = {"mailinator.com", "10minutemail.com", "guerrillamail.com"}


@dataclass
class EmailCheck:
    address: str
    normalized: str = ""
    problems: list[str] = field(default_factory=list)

    @property
    def valid(self) -> bool:
        return not self.problems


def check_email(address: str, reject_disposable: bool = True) -> EmailCheck:
    result = EmailCheck(address)
    text = address.strip()
    if text.count("@") != 1:
        result.problems.append("must contain exactly one @")
        return result
    local, domain = text.rsplit("@", 1)
    domain = domain.lower().rstrip(".")
    if not local or len(local) > 64 or not LOCAL_RE.match(local):
        result.problems.append("invalid local part")
    labels = domain.split(".")
    if len(labels) < 2 or not all(LABEL_RE.match(l) for l in labels) or labels[-1].isdigit():
        result.problems.append("invalid domain")
    if reject_disposable and domain in DISPOSABLE:
        result.problems.append("disposable domain")
    if domain in {"gmail.com", "googlemail.com"}:
        local = local.split("+", 1)[0].replace(".", "").lower()
        domain = "gmail.com"
    result.normalized = f"{local}@{domain}"
    return result


def validate_emails(addresses: list[str]) -> list[dict[str, object]]:
    return [{"address": c.address, "valid": c.valid, "normalized": c.normalized, "problems": c.problems}
            for c in map(check_email, addresses)]


if __name__ == "__main__":
    for row in validate_emails(["John.Doe+news@GMail.com", "bad@@x.com", "x@mailinator.com", "a@-b.com", "ok@sub.example.org"]):
        print(row)
