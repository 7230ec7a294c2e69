# family: ordinary, blind round 73 (dataclass-heavy typed tools)
"""Build and parse simple URLs with a typed dataclass (no network)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, KW_ONLY, replace
from typing import Literal, Optional

Scheme = Literal["http", "https"]
Query = dict[str, str]

_URL_RE = re.compile(
    r"^(?P<scheme>https?)://(?P<host>[A-Za-z0-9.-]+)(?::(?P<port>\d+))?(?P<path>/[^?#]*)?(?:\?(?P<query>[^#]*))?$"
)
_SAFE = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.~")


def quote(text: str) -> str:
    return "".join(c if c in _SAFE else "".join(f"%{b:02X}" for b in c.encode()) for c in text)


@dataclass(frozen=True)
class Url:
    host: str
    _: KW_ONLY
    scheme: Scheme = "https"
    port: Optional[int] = None
    path: str = "/"
    query: Query = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.port is not None and not 0 < self.port < 65536:
            raise ValueError(f"bad port {self.port}")
        if not self.path.startswith("/"):
            raise ValueError("path must start with '/'")

    @classmethod
    def parse(cls, text: str) -> Url:
        m = _URL_RE.match(text)
        if not m:
            raise ValueError(f"not a URL: {text!r}")
        query = dict(p.split("=", 1) for p in (m["query"] or "").split("&") if "=" in p)
        return cls(m["host"], scheme=m["scheme"], port=int(m["port"]) if m["port"] else None,
                   path=m["path"] or "/", query=query)

    def with_params(self, **params: str) -> Url:
        return replace(self, query={**self.query, **params})

    def __str__(self) -> str:
        netloc = self.host if self.port is None else f"{self.host}:{self.port}"
        qs = "&".join(f"{quote(k)}={quote(v)}" for k, v in sorted(self.query.items()))
        return f"{self.scheme}://{netloc}{self.path}" + (f"?{qs}" if qs else "")


if __name__ == "__main__":
    u = Url("api.example.com", path="/v1/search")
    print(u.with_params(q="café au lait", page="2"))
    parsed = Url.parse("http://localhost:8080/items?sort=asc&limit=10")
    print(parsed)
    print(parsed.with_params(limit="50"))
    try:
        Url.parse("ftp://nope")
    except ValueError as e:
        print(e)
