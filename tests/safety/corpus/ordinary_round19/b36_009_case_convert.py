"""Convert identifiers between snake_case, camelCase, PascalCase and kebab-case."""
import re
from typing import Literal

Style = Literal["snake", "camel", "pascal", "kebab", "constant"]

_BOUNDARY_RE = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")


def split_words(identifier: str) -> list[str]:
    """Split an identifier in any common style into lowercase words."""
    return [w.lower() for w in _BOUNDARY_RE.findall(identifier)]


def convert_case(identifier: str, style: Style) -> str:
    """Re-render ``identifier`` in the requested style."""
    parts = split_words(identifier)
    if not parts:
        return ""
    if style == "snake":
        return "_".join(parts)
    if style == "kebab":
        return "-".join(parts)
    if style == "constant":
        return "_".join(parts).upper()
    if style == "pascal":
        return "".join(p.capitalize() for p in parts)
    if style == "camel":
        return parts[0] + "".join(p.capitalize() for p in parts[1:])
    raise ValueError(f"unknown style: {style}")


def convert_keys(data: dict[str, object], style: Style) -> dict[str, object]:
    """Recursively convert dictionary keys, e.g. for JSON API payloads."""
    out: dict[str, object] = {}
    for key, value in data.items():
        if isinstance(value, dict):
            value = convert_keys(value, style)
        out[convert_case(key, style)] = value
    return out


if __name__ == "__main__":
    for name in ["userId", "HTTPServerError", "max-retry-count", "parse_json2_file"]:
        print(name, "->", convert_case(name, "snake"), convert_case(name, "camel"), convert_case(name, "kebab"))
    print(convert_keys({"first_name": "Ada", "home_address": {"zip_code": "12345"}}, "camel"))
