# family: ordinary, blind round 48 (urllib.parse URL normalizer and query builder)
from urllib.parse import (urlsplit, urlunsplit, parse_qsl, urlencode, quote, unquote, urljoin)

TRACKING_PARAMS = {"utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content",
                   "fbclid", "gclid"}
DEFAULT_PORTS = {"http": 80, "https": 443}


def normalize(url: str) -> str:
    url = url.strip()
    if "://" not in url:  # bare "example.com/path" would otherwise parse as a path
        url = "http://" + url
    parts = urlsplit(url)
    scheme = parts.scheme.lower() or "http"
    host = (parts.hostname or "").lower().rstrip(".")
    if host.startswith("www."):
        host = host[4:]
    netloc = host
    if parts.port and parts.port != DEFAULT_PORTS.get(scheme):
        netloc += f":{parts.port}"
    path = quote(unquote(parts.path), safe="/%:@") or "/"
    while "//" in path:
        path = path.replace("//", "/")
    if path != "/" and path.endswith("/"):
        path = path[:-1]
    query = sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                   if k.lower() not in TRACKING_PARAMS)
    return urlunsplit((scheme, netloc, path, urlencode(query), ""))


def build_url(base: str, path: str = "", **params) -> str:
    url = urljoin(base if base.endswith("/") else base + "/", path.lstrip("/"))
    clean = {k: v for k, v in params.items() if v is not None}
    return f"{url}?{urlencode(clean, doseq=True)}" if clean else url


if __name__ == "__main__":
    messy = [
        "HTTPS://WWW.Example.com:443/Blog//posts/?utm_source=tw&b=2&a=1#comments",
        "http://example.com:8080/a%20b/c/",
        "example.com/search?q=caf%C3%A9&gclid=xyz&page=",
        "https://shop.example.com/item?id=7&id=3&fbclid=abc",
    ]
    for u in messy:
        print(f"{u}\n   -> {normalize(u)}")
    print(build_url("https://api.example.com/v2", "/users", role=["admin", "dev"],
                    q="o'neil & co", limit=20, cursor=None))
    print(urljoin("https://example.com/docs/guide/intro.html", "../api/index.html"))
