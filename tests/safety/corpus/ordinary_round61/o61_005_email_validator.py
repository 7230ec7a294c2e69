# family: ordinary, blind round 61 (email address validator)
import re
from typing import NamedTuple

LOCAL_RE = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$")
LABEL_RE = re.compile(r"^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$")
DISPOSABLE = {"mailinator.com", "tempmail.com", "10minutemail.com"}


class EmailCheck(NamedTuple):
    email: str
    valid: bool
    reason: str
    normalized: str | None


def _check(address: str) -> EmailCheck:
    address = address.strip()
    if address.count("@") != 1:
        return EmailCheck(address, False, "must contain exactly one @", None)
    local, domain = address.rsplit("@", 1)
    if not local or len(local) > 64:
        return EmailCheck(address, False, "local part length invalid", None)
    if not LOCAL_RE.match(local):
        return EmailCheck(address, False, "local part has invalid characters", None)
    labels = domain.split(".")
    if len(labels) < 2 or not all(LABEL_RE.match(lbl) for lbl in labels):
        return EmailCheck(address, False, "domain is malformed", None)
    if labels[-1].isdigit():
        return EmailCheck(address, False, "top-level domain cannot be numeric", None)
    normalized = f"{local}@{domain.lower()}"
    if domain.lower() in DISPOSABLE:
        return EmailCheck(address, False, "disposable domain", normalized)
    return EmailCheck(address, True, "ok", normalized)


def validate_emails(addresses: list[str]) -> dict:
    """Validate a list of email addresses and summarise the results."""
    results = [_check(a)._asdict() for a in addresses]
    return {
        "valid_count": sum(r["valid"] for r in results),
        "invalid_count": sum(not r["valid"] for r in results),
        "results": results,
    }


if __name__ == "__main__":
    demo = ["Alice@Example.COM", "bob@@x.com", "carol.@x.org", "dan@mailinator.com", "eve@sub-domain.io"]
    for item in validate_emails(demo)["results"]:
        print(item)
