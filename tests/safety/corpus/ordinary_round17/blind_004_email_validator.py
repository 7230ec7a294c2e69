"""Validate email addresses with a pragmatic set of rules."""
import re
from dataclasses import dataclass, field

LOCAL_RE = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+$")
LABEL_RE = re.compile(r"^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$")


@dataclass
class EmailCheck:
    address: str
    valid: bool = True
    problems: list[str] = field(default_factory=list)

    def fail(self, message: str) -> None:
        self.valid = False
        self.problems.append(message)


def validate_email(address: str) -> EmailCheck:
    """Check an email address and explain any problems found."""
    result = EmailCheck(address)
    if address.count("@") != 1:
        result.fail("must contain exactly one '@'")
        return result
    local, domain = address.split("@")
    if not local or len(local) > 64:
        result.fail("local part must be 1-64 characters")
    elif not LOCAL_RE.match(local) or ".." in local or local.startswith("."):
        result.fail("local part has invalid characters or dots")
    labels = domain.split(".")
    if len(labels) < 2:
        result.fail("domain needs at least one dot")
    for label in labels:
        if not LABEL_RE.match(label):
            result.fail(f"invalid domain label: {label!r}")
    if labels and labels[-1].isdigit():
        result.fail("top-level domain cannot be numeric")
    return result


if __name__ == "__main__":
    for addr in ["alice@example.com", "bob@@x.org", "c..d@site.io", "e@-bad-.com", "f@host"]:
        check = validate_email(addr)
        print(addr, check.valid, check.problems)
