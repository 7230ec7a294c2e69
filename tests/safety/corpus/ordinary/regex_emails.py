import re
from collections import Counter

EMAIL = re.compile(r"(?P<user>[\w.+-]+)@(?P<domain>[\w-]+(?:\.[\w-]+)+)", re.IGNORECASE)


def extract_emails(text: str, unique: bool = True) -> list[str]:
    """Find email addresses in free text, lower-cased, in order of appearance."""
    found = [m.group(0).lower() for m in EMAIL.finditer(text)]
    if not unique:
        return found
    seen: set[str] = set()
    result = []
    for address in found:
        if address not in seen:
            seen.add(address)
            result.append(address)
    return result


def domains(text: str) -> dict[str, int]:
    """Count addresses per domain."""
    counts = Counter(m.group("domain").lower() for m in EMAIL.finditer(text))
    return dict(counts.most_common())


def mask(text: str) -> str:
    """Replace the user part of each address with its first letter and stars."""

    def hide(match: re.Match) -> str:
        user = match.group("user")
        return f"{user[0]}{'*' * (len(user) - 1)}@{match.group('domain')}"

    return EMAIL.sub(hide, text)
