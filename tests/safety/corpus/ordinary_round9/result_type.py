"""Ok/Err result type for parsing key=value configuration lines."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar, Union

T = TypeVar("T")
E = TypeVar("E")


@dataclass(frozen=True)
class Ok(Generic[T]):
    value: T


@dataclass(frozen=True)
class Err(Generic[E]):
    error: E


Result = Union[Ok[T], Err[str]]


def parse_value(raw: str) -> Result[object]:
    raw = raw.strip()
    if raw.lower() in ("true", "false"):
        return Ok(raw.lower() == "true")
    try:
        return Ok(int(raw))
    except ValueError:
        pass
    try:
        return Ok(float(raw))
    except ValueError:
        pass
    if len(raw) >= 2 and raw[0] == raw[-1] == '"':
        return Ok(raw[1:-1])
    return Err(f"cannot parse value {raw!r}")


def parse_line(line: str) -> Result[tuple[str, object]]:
    key, sep, rest = line.partition("=")
    if not sep or not key.strip():
        return Err(f"missing '=' in {line!r}")
    match parse_value(rest):
        case Ok(value=v):
            return Ok((key.strip(), v))
        case Err(error=e):
            return Err(f"{key.strip()}: {e}")


def parse_config(text: str) -> dict[str, object]:
    """Entry point: parse lines; collect values and errors."""
    values: dict[str, object] = {}
    errors: list[str] = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match parse_line(line):
            case Ok((k, v)):
                values[k] = v
            case Err(msg):
                errors.append(msg)
    return {"values": values, "errors": errors}
