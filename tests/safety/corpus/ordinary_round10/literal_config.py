"""Parse simple KEY=VALUE settings where values are Python literals."""

import ast
import re
import warnings
from typing import Any

LINE_RE = re.compile(r"^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.+?)\s*$")


class SettingsWarning(UserWarning):
    pass


def parse_value(raw: str) -> Any:
    try:
        return ast.literal_eval(raw)
    except (ValueError, SyntaxError):
        warnings.warn(f"treating {raw!r} as a plain string", SettingsWarning, stacklevel=2)
        return raw


def parse_settings(text: str) -> dict[str, Any]:
    settings: dict[str, Any] = {}
    for lineno, line in enumerate(text.splitlines(), 1):
        stripped = line.split("#", 1)[0].strip()
        if not stripped:
            continue
        m = LINE_RE.match(stripped)
        if not m:
            raise ValueError(f"line {lineno}: expected KEY = VALUE, got {line!r}")
        key, raw = m.groups()
        if key in settings:
            warnings.warn(f"line {lineno}: {key} redefined", SettingsWarning, stacklevel=2)
        settings[key] = parse_value(raw)
    return settings


def load_settings(text: str) -> dict[str, Any]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = parse_settings(text)
    result["_warnings"] = [str(w.message) for w in caught]
    return result


if __name__ == "__main__":
    cfg = """
    DEBUG = True
    PORT = 8080   # web port
    HOSTS = ["a.example", "b.example"]
    LIMITS = {"rps": 10, "burst": 20}
    NAME = service-one
    PORT = 9090
    """
    print(load_settings(cfg))
