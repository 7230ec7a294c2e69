"""Fluent builder for URLs with safe query-string handling."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit


@dataclass(frozen=True)
class URL:
    scheme: str = "https"
    host: str = ""
    path: str = "/"
    query: tuple[tuple[str, str], ...] = ()
    fragment: str = ""
    port: int | None = field(default=None)

    @classmethod
    def parse(cls, text: str) -> "URL":
        parts = urlsplit(text)
        return cls(parts.scheme or "https", parts.hostname or "", parts.path or "/",
                   tuple(parse_qsl(parts.query, keep_blank_values=True)), parts.fragment, parts.port)

    def with_path(self, *segments: str) -> "URL":
        base = self.path.rstrip("/")
        extra = "/".join(quote(s.strip("/"), safe="") for s in segments)
        return replace(self, path=f"{base}/{extra}")

    def with_query(self, **params: Any) -> "URL":
        kept = [(k, v) for k, v in self.query if k not in params]
        for key, value in params.items():
            if value is None:
                continue
            values = value if isinstance(value, (list, tuple)) else [value]
            kept.extend((key, str(v).lower() if isinstance(v, bool) else str(v)) for v in values)
        return replace(self, query=tuple(kept))

    def without_query(self, *keys: str) -> "URL":
        return replace(self, query=tuple((k, v) for k, v in self.query if k not in keys))

    @property
    def netloc(self) -> str:
        return f"{self.host}:{self.port}" if self.port else self.host

    def __str__(self) -> str:
        return urlunsplit((self.scheme, self.netloc, self.path, urlencode(self.query), self.fragment))

    def __truediv__(self, segment: str) -> "URL":
        return self.with_path(segment)


def build_search_url(base: str, term: str, page: int = 1, tags: list[str] | None = None) -> str:
    return str(URL.parse(base).with_path("search").with_query(q=term, page=page, tag=tags or None))


if __name__ == "__main__":
    print(build_search_url("https://example.com/api/", "red shoes & socks", 2, ["sale", "new"]))
    u = URL.parse("http://localhost:8080/v1?debug=1&x=2#top") / "users" / "a b"
    print(u.with_query(debug=False).without_query("x"))
