"""Parse INI-style configuration text into typed nested dictionaries."""
from __future__ import annotations

import re
from typing import Any

SECTION_RE = re.compile(r"^\[(?P<name>[^\]]+)\]$")
PAIR_RE = re.compile(r"^(?P<key>[\w.\-]+)\s*[=:]\s*(?P<value>.*)$")


class IniSyntaxError(ValueError):
    def __init__(self, line_no: int, line: str) -> None:
        super().__init__(f"line {line_no}: cannot parse {line!r}")
        self.line_no = line_no


def coerce(value: str) -> Any:
    """Convert common literal forms (bool, int, float, list) to Python values."""
    value = value.strip().strip('"')
    lowered = value.lower()
    if lowered in {"true", "yes", "on"}:
        return True
    if lowered in {"false", "no", "off"}:
        return False
    for cast in (int, float):
        try:
            return cast(value)
        except ValueError:
            pass
    if "," in value:
        return [coerce(part) for part in value.split(",") if part.strip()]
    return value


def parse_ini(text: str, default_section: str = "DEFAULT") -> dict[str, dict[str, Any]]:
    result: dict[str, dict[str, Any]] = {default_section: {}}
    current = default_section
    for line_no, raw in enumerate(text.splitlines(), start=1):
        line = raw.split(";", 1)[0].split("#", 1)[0].strip()
        if not line:
            continue
        if m := SECTION_RE.match(line):
            current = m["name"].strip()
            result.setdefault(current, {})
        elif m := PAIR_RE.match(line):
            result[current][m["key"].lower()] = coerce(m["value"])
        else:
            raise IniSyntaxError(line_no, raw)
    defaults = result[default_section]
    return {name: {**defaults, **values} for name, values in result.items()
            if name != default_section or values}


SAMPLE = """
; global options
timeout = 30
[server]
host = example.internal
port: 8080
debug = off   # comment
[client]
retries = 3
backoff = 0.5
tags = a, b, c
"""

if __name__ == "__main__":
    import pprint
    pprint.pprint(parse_ini(SAMPLE))
    try:
        parse_ini("[x]\nnot a pair")
    except IniSyntaxError as err:
        print(err, err.line_no)
