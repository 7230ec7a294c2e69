"""Reading a rules file into a :class:`RuleSet`, with errors that name the line, the rule and the field.

``load_rules`` is pure apart from reading the file: it returns a new rule set or raises, so a caller
that already has rules keeps them when the new file is bad.
"""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationError

from genesis_mcp.errors import InvalidInput, NotFound, TooLarge
from genesis_mcp.routing.rules import RuleSet

__all__ = ["MAX_RULES_FILE", "load_rules", "parse_rules"]

MAX_RULES_FILE = 2_000_000  # bytes
_TOML_AT = re.compile(r"\(at line (\d+), column (\d+)\)")
_TOML_RULE = re.compile(r"^\s*\[\[\s*rules\s*\]\]", re.MULTILINE)


def load_rules(path: str | Path) -> RuleSet:
    """The rules in ``path`` (``.json`` is read as JSON, anything else as TOML).

    Raises :class:`NotFound` when the file is missing, :class:`TooLarge` above 2 MB and
    :class:`InvalidInput` naming the line, rule and field of every problem (``details`` lists them).
    """
    p = Path(path)
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        raise NotFound(f"rules file {str(p)!r} does not exist", argument="rules") from None
    except OSError as err:
        raise InvalidInput(f"rules file {str(p)!r} cannot be read: {err.strerror}", argument="rules") from None
    if len(raw) > MAX_RULES_FILE:
        raise TooLarge(f"rules file {str(p)!r} is over {MAX_RULES_FILE} bytes", argument="rules")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise InvalidInput(f"{p.name}: not UTF-8 text (byte {err.start})", argument="rules") from None
    return parse_rules(text, fmt="json" if p.suffix.lower() == ".json" else "toml", source=p.name)


def parse_rules(text: str, *, fmt: Literal["toml", "json"] = "toml", source: str = "rules") -> RuleSet:
    """The rule set in ``text``; raises :class:`InvalidInput` as :func:`load_rules` does."""
    data: Any
    try:
        data = json.loads(text) if fmt == "json" else tomllib.loads(text)
    except json.JSONDecodeError as err:
        raise InvalidInput(
            f"{source}: line {err.lineno}, column {err.colno}: {err.msg}",
            argument="rules",
            details=[{"line": err.lineno, "column": err.colno, "message": err.msg}],
        ) from None
    except tomllib.TOMLDecodeError as err:
        found = _TOML_AT.search(str(err))
        line, col = (int(found.group(1)), int(found.group(2))) if found else (None, None)
        if line is None and "end of document" in str(err):
            line, col = text.count("\n") + 1, len(text.rsplit("\n", 1)[-1]) + 1
        msg = _TOML_AT.sub("", str(err)).strip()
        where = f"line {line}, column {col}: " if line else ""
        raise InvalidInput(
            f"{source}: {where}{msg}", argument="rules", details=[{"line": line, "column": col, "message": msg}]
        ) from None
    try:
        return RuleSet.model_validate(data)
    except ValidationError as err:
        problems = [_locate(e, data, text, fmt) for e in err.errors(include_url=False)]
        shown = "; ".join(p["text"] for p in problems[:10])
        more = f"; and {len(problems) - 10} more" if len(problems) > 10 else ""
        raise InvalidInput(f"{source}: {shown}{more}", argument="rules", details=problems) from None


def _locate(error: Any, data: Any, text: str, fmt: str) -> dict[str, Any]:
    loc = tuple(error["loc"])
    msg = str(error["msg"]).removeprefix("Value error, ")
    out: dict[str, Any] = {"field": ".".join(str(p) for p in loc) or None, "message": msg, "line": None}
    if len(loc) >= 2 and loc[0] == "rules" and isinstance(loc[1], int):
        i = loc[1]
        rules = data.get("rules") if isinstance(data, dict) else None
        rule = rules[i] if isinstance(rules, list) and i < len(rules) else None
        name = rule.get("name") if isinstance(rule, dict) else None
        field = ".".join(str(p) for p in loc[2:]) or "(the rule)"
        keys = [p for p in loc[2:] if isinstance(p, str)]
        line = _line_of(text, fmt, i, name if isinstance(name, str) else None, keys)
        label = f"rule {i + 1}" + (f" ({name!r})" if isinstance(name, str) else "")
        out.update(rule_index=i, rule=name, field=field, line=line)
        out["text"] = f"{label}{f', line {line}' if line else ''}, field {field!r}: {msg}"
    else:
        out["text"] = f"field {out['field'] or '(top level)'!r}: {msg}"
    return out


def _line_of(text: str, fmt: str, index: int, name: str | None, keys: list[str]) -> int | None:
    """Best effort: the line of the deepest key of ``keys`` inside rule ``index``, else the rule's first line."""
    lines = text.splitlines()
    if fmt == "toml":
        starts = [text.count("\n", 0, m.start()) for m in _TOML_RULE.finditer(text)]
        if index >= len(starts):
            return None
        start, end = starts[index], starts[index + 1] if index + 1 < len(starts) else len(lines)
    else:
        if name is None:
            return None
        pattern = re.compile(r'"name"\s*:\s*' + re.escape(json.dumps(name)))
        start = next((k for k, ln in enumerate(lines) if pattern.search(ln)), -1)
        if start < 0:
            return None
        # a JSON rule may begin a few lines above its name; search a window around it
        start, end = max(0, start - 12), min(len(lines), start + 40)
    for key in reversed(keys):
        quoted = f'"{key}"' if fmt == "json" else key
        pattern = re.compile(rf"(^|[\s{{,.\[]){re.escape(quoted)}\s*[=:]")
        header = re.compile(rf"^\s*\[\s*rules\.{re.escape(key)}\s*\]") if fmt == "toml" else None
        for k in range(start, end):
            if pattern.search(lines[k]) or (header and header.search(lines[k])):
                return k + 1
    return start + 1
