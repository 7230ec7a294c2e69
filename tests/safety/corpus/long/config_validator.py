"""Validate and normalise a service configuration (a longer ordinary tool for the benchmark)."""

from __future__ import annotations

import ipaddress
import json
import re
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Callable, Literal, Optional, TypedDict
from urllib.parse import urlparse

DURATION = re.compile(r"^(?P<value>\d+(?:\.\d+)?)(?P<unit>ms|s|m|h)$")
UNITS = {"ms": 0.001, "s": 1, "m": 60, "h": 3600}


class LogLevel(str, Enum):
    DEBUG = "debug"
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


class Upstream(TypedDict, total=False):
    url: str
    timeout: str
    retries: int


@dataclass
class Problem:
    path: str
    message: str

    def __str__(self) -> str:
        return "{}: {}".format(self.path, self.message)


@dataclass
class Validator:
    problems: list[Problem] = field(default_factory=list)

    def fail(self, path: str, message: str) -> None:
        self.problems.append(Problem(path, message))

    def duration(self, path: str, value: Any) -> Optional[float]:
        match = DURATION.match(str(value))
        if not match:
            self.fail(path, f"{value!r} is not a duration like 250ms, 5s or 2m")
            return None
        return float(match["value"]) * UNITS[match["unit"]]

    def port(self, path: str, value: Any) -> Optional[int]:
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 65535:
            self.fail(path, "a port is an integer from 1 to 65535")
            return None
        return value

    def address(self, path: str, value: Any) -> Optional[str]:
        try:
            return str(ipaddress.ip_address(str(value)))
        except ValueError:
            self.fail(path, f"{value!r} is not an IP address")
            return None

    def url(self, path: str, value: Any, schemes: tuple[str, ...] = ("http", "https")) -> Optional[str]:
        parts = urlparse(str(value))
        if parts.scheme not in schemes or not parts.netloc:
            self.fail(path, f"{value!r} is not an {'/'.join(schemes)} URL")
            return None
        return parts.geturl()

    def each(self, path: str, items: Any, check: Callable[[str, Any], Any]) -> list[Any]:
        if not isinstance(items, list):
            self.fail(path, "expected a list")
            return []
        return [check(f"{path}[{i}]", item) for i, item in enumerate(items)]


def normalise_upstream(v: Validator, path: str, raw: Upstream) -> dict[str, Any]:
    return {
        "url": v.url(f"{path}.url", raw.get("url", "")),
        "timeout": v.duration(f"{path}.timeout", raw.get("timeout", "5s")),
        "retries": max(0, min(int(raw.get("retries", 2)), 10)),
    }


def validate_config(text: str, mode: Literal["strict", "lenient"] = "strict") -> dict[str, Any]:
    """Check a JSON service config; return the normalised config and every problem found."""
    v = Validator()
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        return {"valid": False, "problems": [f"$: invalid JSON ({exc.msg})"], "config": None}
    if not isinstance(raw, dict):
        return {"valid": False, "problems": ["$: expected an object"], "config": None}
    level = raw.get("log_level", "info")
    if level not in {member.value for member in LogLevel}:
        v.fail("$.log_level", f"must be one of {', '.join(m.value for m in LogLevel)}")
    config = {
        "listen": v.address("$.listen", raw.get("listen", "127.0.0.1")),
        "port": v.port("$.port", raw.get("port", 8080)),
        "log_level": LogLevel(level).value if level in LogLevel._value2member_map_ else None,
        "upstreams": [normalise_upstream(v, f"$.upstreams[{i}]", u) for i, u in enumerate(raw.get("upstreams", []))],
        "allow": v.each("$.allow", raw.get("allow", []), v.address),
    }
    problems = [str(p) for p in v.problems]
    valid = not problems or (mode == "lenient" and all("duration" not in p for p in problems))
    return {"valid": valid, "problems": problems, "config": config}
