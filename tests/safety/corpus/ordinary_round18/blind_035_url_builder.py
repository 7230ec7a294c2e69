"""Fluent builder for URLs with query parameters, plus helpers to parse and normalise them."""
from __future__ import annotations

from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit


class URLBuilder:
    def __init__(self, base: str) -> None:
        parts = urlsplit(base)
        self._scheme, self._netloc = parts.scheme or "https", parts.netloc
        self._path = [p for p in parts.path.split("/") if p]
        self._query: list[tuple[str, str]] = parse_qsl(parts.query, keep_blank_values=True)
        self._fragment = parts.fragment

    def path(self, *segments: object) -> "URLBuilder":
        self._path.extend(quote(str(s), safe="") for s in segments)
        return self

    def param(self, key: str, value: object | None) -> "URLBuilder":
        if value is None:
            return self
        if isinstance(value, (list, tuple)):
            self._query.extend((key, str(v)) for v in value)
        else:
            self._query.append((key, str(value).lower() if isinstance(value, bool) else str(value)))
        return self

    def params(self, **kwargs: object) -> "URLBuilder":
        for k, v in kwargs.items():
            self.param(k, v)
        return self

    def fragment(self, frag: str) -> "URLBuilder":
        self._fragment = frag
        return self

    def build(self) -> str:
        return urlunsplit((self._scheme, self._netloc, "/" + "/".join(self._path),
                           urlencode(self._query), self._fragment))

    __str__ = build


def normalize_url(url: str) -> str:
    """Lower-case scheme/host, drop default ports and tracking params, sort the query."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    if parts.port and (parts.scheme, parts.port) not in {("http", 80), ("https", 443)}:
        host += f":{parts.port}"
    query = sorted((k, v) for k, v in parse_qsl(parts.query) if not k.startswith("utm_"))
    return urlunsplit((parts.scheme.lower(), host, parts.path or "/", urlencode(query), ""))


if __name__ == "__main__":
    url = (URLBuilder("https://api.example.com/v2?lang=en").path("users", "jane doe", "repos")
           .params(sort="updated", page=2, archived=False, tag=["a", "b"], missing=None).fragment("top"))
    print(url)
    print(normalize_url("HTTPS://Example.COM:443/shop?utm_source=x&b=2&a=1#frag"))
