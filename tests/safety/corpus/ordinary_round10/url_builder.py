"""Build, parse and normalise URLs with query parameters."""

from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

TRACKING_PARAMS = {"utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "fbclid", "gclid"}
DEFAULT_PORTS = {"http": 80, "https": 443}


def normalize_url(url: str, drop_tracking: bool = True, sort_query: bool = True) -> str:
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower() or "https"
    host = (parts.hostname or "").lower()
    port = parts.port
    netloc = host if port in (None, DEFAULT_PORTS.get(scheme)) else f"{host}:{port}"
    path = quote(parts.path or "/", safe="/%:@-._~!$&'()*+,;=")
    query = parse_qsl(parts.query, keep_blank_values=True)
    if drop_tracking:
        query = [(k, v) for k, v in query if k.lower() not in TRACKING_PARAMS]
    if sort_query:
        query.sort()
    return urlunsplit((scheme, netloc, path, urlencode(query), ""))


def build_url(base: str, path: str = "", **params: str | int) -> str:
    parts = urlsplit(base)
    joined = parts.path.rstrip("/") + "/" + path.lstrip("/") if path else parts.path
    query = urlencode({k: v for k, v in params.items() if v is not None})
    return urlunsplit((parts.scheme, parts.netloc, joined, query, ""))


def url_tool(url: str) -> dict[str, object]:
    parts = urlsplit(url)
    return {
        "normalized": normalize_url(url),
        "host": parts.hostname,
        "params": dict(parse_qsl(parts.query)),
    }


if __name__ == "__main__":
    print(url_tool("HTTPS://Example.COM:443/a b/c?utm_source=x&z=1&a=2#frag"))
    print(build_url("https://api.example.com/v1/", "search", q="hello world", page=2))
