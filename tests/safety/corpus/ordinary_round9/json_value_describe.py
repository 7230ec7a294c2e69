"""Describe the structure of a JSON-compatible value."""
from typing import Any

JSON = dict[str, Any] | list[Any] | str | int | float | bool | None


def describe(value: JSON, depth: int = 0) -> str:
    pad = "  " * depth
    match value:
        case None:
            return f"{pad}null"
        case bool(b):
            return f"{pad}bool({str(b).lower()})"
        case int(n):
            return f"{pad}int({n})"
        case float(f):
            return f"{pad}float({f:g})"
        case str(s) if len(s) > 20:
            return f"{pad}str(len={len(s)})"
        case str(s):
            return f"{pad}str({s!r})"
        case []:
            return f"{pad}empty list"
        case [first, *rest]:
            lines = [f"{pad}list[{1 + len(rest)}]"]
            lines.append(describe(first, depth + 1))
            if rest:
                lines.append(f"{pad}  ... {len(rest)} more")
            return "\n".join(lines)
        case dict() if not value:
            return f"{pad}empty object"
        case dict(d):
            lines = [f"{pad}object{{{len(d)}}}"]
            for key in sorted(d):
                lines.append(f"{pad}  {key}:")
                lines.append(describe(d[key], depth + 2))
            return "\n".join(lines)
        case _:
            return f"{pad}unknown {type(value).__name__}"


def describe_json(value: JSON) -> str:
    """Entry point: return an indented structural description."""
    return describe(value)
