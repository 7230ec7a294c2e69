"""Safely join and normalise URLs; validate against allowed hosts."""
from urllib.parse import urljoin, urlsplit, urlunsplit, quote, unquote, urlencode

ALLOWED_SCHEMES = {"http", "https"}
DEFAULT_PORTS = {"http": 80, "https": 443}


def normalize_url(url: str) -> str:
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        raise ValueError(f"scheme {parts.scheme!r} not allowed")
    host = (parts.hostname or "").lower().rstrip(".")
    if not host:
        raise ValueError("missing host")
    netloc = host if parts.port in (None, DEFAULT_PORTS[scheme]) else f"{host}:{parts.port}"
    segments = []
    for seg in parts.path.split("/"):
        if seg == "..":
            if segments:
                segments.pop()
        elif seg not in (".", ""):
            segments.append(quote(unquote(seg), safe="@:!$&'()*+,;="))
    path = "/" + "/".join(segments) + ("/" if parts.path.endswith("/") and segments else "")
    query = "&".join(sorted(parts.query.split("&"))) if parts.query else ""
    return urlunsplit((scheme, netloc, path, query, ""))


def build_url(base: str, *path: str, **params) -> str:
    url = base.rstrip("/") + "/" + "/".join(quote(str(p), safe="") for p in path)
    return url + ("?" + urlencode(params, doseq=True) if params else "")


def is_same_site(url: str, allowed_hosts: set[str]) -> bool:
    host = urlsplit(url).hostname or ""
    return any(host == h or host.endswith("." + h) for h in allowed_hosts)


def resolve_link(page: str, href: str) -> str:
    return normalize_url(urljoin(page, href))


if __name__ == "__main__":
    print(normalize_url("HTTPS://Example.COM:443/a/./b/../c/%7Euser/?b=2&a=1#frag"))
    print(build_url("https://api.example.com/v1", "users", "ann smith", "posts", page=2, tag=["a", "b"]))
    print(is_same_site("https://cdn.example.com/x", {"example.com"}), is_same_site("https://evil.com", {"example.com"}))
    print(resolve_link("https://example.com/docs/guide/", "../api/index.html"))
    try:
        normalize_url("javascript:alert(1)")
    except ValueError as e:
        print("error:", e)
