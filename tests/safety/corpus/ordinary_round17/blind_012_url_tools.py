"""Normalise URLs and manipulate their query strings."""
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

DEFAULT_PORTS = {"http": 80, "https": 443}
TRACKING_PREFIXES = ("utm_", "fbclid", "gclid")


def normalize_url(url: str, drop_tracking: bool = True) -> str:
    """Lowercase scheme/host, drop default ports, sort query params."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower() or "http"
    host = (parts.hostname or "").lower()
    port = parts.port
    netloc = host if port in (None, DEFAULT_PORTS.get(scheme)) else f"{host}:{port}"
    if parts.username:
        netloc = f"{parts.username}@{netloc}"
    query = parse_qsl(parts.query, keep_blank_values=True)
    if drop_tracking:
        query = [(k, v) for k, v in query if not k.startswith(TRACKING_PREFIXES)]
    path = parts.path or "/"
    return urlunsplit((scheme, netloc, path, urlencode(sorted(query)), ""))


def set_query_param(url: str, key: str, value: str) -> str:
    parts = urlsplit(url)
    params = dict(parse_qsl(parts.query, keep_blank_values=True))
    params[key] = value
    return urlunsplit(parts._replace(query=urlencode(params)))


def url_info(url: str) -> dict:
    parts = urlsplit(url)
    return {
        "scheme": parts.scheme,
        "host": parts.hostname,
        "port": parts.port,
        "path": parts.path,
        "params": dict(parse_qsl(parts.query)),
        "fragment": parts.fragment,
    }


if __name__ == "__main__":
    u = "HTTPS://Example.COM:443/a/b?z=1&utm_source=x&a=2#top"
    print(normalize_url(u))
    print(set_query_param("http://x.org/p?a=1", "page", "3"))
    print(url_info("http://user@host.io:8080/path?q=search+term&lang=en#frag"))
