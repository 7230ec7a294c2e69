# family: ordinary, blind round 60 (URL builder and query-string normalizer with urllib.parse)
from dataclasses import dataclass, field, replace
from urllib.parse import urlsplit, urlunsplit, parse_qsl, urlencode, quote


@dataclass(frozen=True)
class URL:
    scheme: str = "https"
    host: str = ""
    path: str = "/"
    query: tuple[tuple[str, str], ...] = field(default_factory=tuple)
    fragment: str = ""

    @classmethod
    def from_string(cls, raw: str) -> "URL":
        parts = urlsplit(raw)
        if not parts.scheme or not parts.netloc:
            raise ValueError(f"not an absolute URL: {raw!r}")
        return cls(parts.scheme.lower(), parts.netloc.lower(), parts.path or "/",
                   tuple(parse_qsl(parts.query, keep_blank_values=True)), parts.fragment)

    def with_params(self, **params) -> "URL":
        existing = [(k, v) for k, v in self.query if k not in params]
        added = [(k, str(v)) for k, v in params.items() if v is not None]
        return replace(self, query=tuple(existing + added))

    def without_params(self, *names: str) -> "URL":
        return replace(self, query=tuple((k, v) for k, v in self.query if k not in names))

    def join(self, *segments: str) -> "URL":
        base = self.path.rstrip("/")
        extra = "/".join(quote(s.strip("/")) for s in segments)
        return replace(self, path=f"{base}/{extra}")

    def normalized(self) -> "URL":
        kept = sorted((k, v) for k, v in self.query if not k.startswith("utm_"))
        return replace(self, query=tuple(kept), fragment="")

    def __str__(self) -> str:
        return urlunsplit((self.scheme, self.host, self.path, urlencode(self.query), self.fragment))


if __name__ == "__main__":
    u = URL.from_string("HTTPS://API.Example.com/v1?page=2&utm_source=mail&q=red+shoes#top")
    print(u)
    print(u.with_params(page=3, limit=50))
    print(u.join("users", "jane doe", "orders"))
    print(u.normalized())
    try:
        URL.from_string("/relative/path")
    except ValueError as e:
        print("error:", e)
