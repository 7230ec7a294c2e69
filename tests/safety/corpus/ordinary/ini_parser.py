"""A tiny INI parser: sections, key = value pairs, comments."""

from typing import Dict, Optional


class ParseError(ValueError):
    def __init__(self, line_no: int, message: str):
        super().__init__(f"line {line_no}: {message}")
        self.line_no = line_no


def parse_ini(text: str, lowercase_keys: bool = True) -> Dict[str, Dict[str, str]]:
    sections: Dict[str, Dict[str, str]] = {}
    current: Optional[str] = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].strip()
            if not current:
                raise ParseError(number, "empty section name")
            sections.setdefault(current, {})
            continue
        if "=" not in line:
            raise ParseError(number, f"expected key = value, got {line!r}")
        if current is None:
            raise ParseError(number, "key outside of any section")
        key, _, value = line.partition("=")
        key = key.strip().lower() if lowercase_keys else key.strip()
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        sections[current][key] = value
    return sections
