"""Normalise URLs (string manipulation only, no network)."""
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

DEFAULT_PORTS = {"http": 80, "https": 443, "ftp": 21}
TRACKING_PREFIXES = ("utm_", "fbclid", "gclid")


class UrlParts:
    __match_args__ = ("scheme", "host", "port")

    def __init__(self, url: str) -> None:
        parts = urlsplit(url.strip())
        self.scheme = parts.scheme.lower()
        self.host = (parts.hostname or "").lower()
        self.port = parts.port
        self.path = parts.path or "/"
        self.query = parts.query
        self.fragment = parts.fragment


def _netloc(p: UrlParts) -> str:
    match p:
        case UrlParts(scheme, host, None):
            return host
        case UrlParts(scheme, host, port) if DEFAULT_PORTS.get(scheme) == port:
            return host
        case UrlParts(_, host, port):
            return f"{host}:{port}"


def normalize_url(url: str, drop_tracking: bool = True) -> str:
    """Entry point: lowercase scheme/host, drop default port, sort query."""
    p = UrlParts(url)
    if not p.scheme or not p.host:
        raise ValueError(f"not an absolute URL: {url!r}")
    params = parse_qsl(p.query, keep_blank_values=True)
    if drop_tracking:
        params = [(k, v) for k, v in params if not k.startswith(TRACKING_PREFIXES)]
    params.sort()
    path = quote(p.path, safe="/%:@!$&'()*+,;=-._~")
    while "//" in path:
        path = path.replace("//", "/")
    return urlunsplit((p.scheme, _netloc(p), path, urlencode(params), ""))
