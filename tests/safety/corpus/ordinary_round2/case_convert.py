# ordinary: convert identifiers between camelCase, PascalCase, snake_case, kebab-case and CONSTANT_CASE
import re
from enum import StrEnum

_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_SPLIT = re.compile(r"[\s_\-.]+")


class Case(StrEnum):
    CAMEL = "camel"
    PASCAL = "pascal"
    SNAKE = "snake"
    KEBAB = "kebab"
    CONSTANT = "constant"


def words(identifier: str) -> list[str]:
    spaced = _BOUNDARY.sub(" ", identifier.strip())
    return [w.lower() for w in _SPLIT.split(spaced) if w]


def convert(identifier: str, case: Case | str) -> str:
    parts = words(identifier)
    if not parts:
        return ""
    match Case(case):
        case Case.CAMEL:
            return parts[0] + "".join(p.capitalize() for p in parts[1:])
        case Case.PASCAL:
            return "".join(p.capitalize() for p in parts)
        case Case.SNAKE:
            return "_".join(parts)
        case Case.KEBAB:
            return "-".join(parts)
        case Case.CONSTANT:
            return "_".join(parts).upper()


def detect(identifier: str) -> Case | None:
    for case in Case:
        if convert(identifier, case) == identifier:
            return case
    return None


if __name__ == "__main__":
    for name in ["parseHTTPResponse", "user_id", "XMLHttpRequest", "max-retry-count", "API_KEY"]:
        detected = detect(name)
        conversions = {c.value: convert(name, c) for c in Case}
        print(f"{name:<20} ({detected or '?'}) -> {conversions}")
