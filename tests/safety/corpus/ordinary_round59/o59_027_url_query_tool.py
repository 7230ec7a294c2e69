# family: ordinary, blind round 59 (normalise URLs and edit query parameters)
from urllib.parse import urlsplit, urlunsplit, parse_qsl, urlencode, quote, unquote

TRACKING_PREFIXES = ("utm_", "fbclid", "gclid", "mc_")
DEFAULT_PORTS = {"http": 80, "https": 443}


def normalize_url(url: str, drop_tracking: bool = True, sort_query: bool = True) -> str:
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower() or "http"
    host = (parts.hostname or "").lower()
    port = parts.port
    netloc = host if port in (None, DEFAULT_PORTS.get(scheme)) else f"{host}:{port}"
    if parts.username:
        netloc = f"{parts.username}@{netloc}"
    path = quote(unquote(parts.path or "/"), safe="/:@-._~!$&'()*+,;=")
    while "//" in path:
        path = path.replace("//", "/")
    query = parse_qsl(parts.query, keep_blank_values=True)
    if drop_tracking:
        query = [(k, v) for k, v in query if not k.lower().startswith(TRACKING_PREFIXES)]
    if sort_query:
        query.sort()
    return urlunsplit((scheme, netloc, path, urlencode(query), ""))


def set_query_params(url: str, **params) -> str:
    parts = urlsplit(url)
    current = dict(parse_qsl(parts.query, keep_blank_values=True))
    for key, value in params.items():
        if value is None:
            current.pop(key, None)
        else:
            current[key] = str(value)
    return urlunsplit(parts._replace(query=urlencode(current)))


if __name__ == "__main__":
    urls = [
        "HTTPS://Example.COM:443//docs//a%20b/?utm_source=x&b=2&a=1#section",
        "http://shop.example.org:8080/item?id=42&fbclid=abc&color=red",
        "https://user@Example.com/path/with spaces?q=caf%C3%A9",
    ]
    for u in urls:
        print(normalize_url(u))
    print(set_query_params("https://api.example.com/v1/search?q=tea&page=1", page=2, limit=50, q=None))
