"""Normalize URLs, edit query strings and extract link statistics."""
from collections import Counter
from urllib.parse import urlparse, urlunparse, parse_qsl, urlencode, urljoin, quote, unquote

TRACKING_PARAMS = {"utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "fbclid", "gclid"}
DEFAULT_PORTS = {"http": 80, "https": 443}


def normalize_url(url: str, drop_tracking: bool = True, sort_query: bool = True) -> str:
    parts = urlparse(url.strip())
    scheme = parts.scheme.lower() or "http"
    host = (parts.hostname or "").lower()
    port = parts.port
    netloc = host if port in (None, DEFAULT_PORTS.get(scheme)) else f"{host}:{port}"
    if parts.username:
        netloc = f"{parts.username}@{netloc}"
    path = quote(unquote(parts.path or "/"), safe="/-._~")
    query = parse_qsl(parts.query, keep_blank_values=True)
    if drop_tracking:
        query = [(k, v) for k, v in query if k.lower() not in TRACKING_PARAMS]
    if sort_query:
        query.sort()
    return urlunparse((scheme, netloc, path, "", urlencode(query), ""))


def set_query_params(url: str, **updates) -> str:
    parts = urlparse(url)
    params = dict(parse_qsl(parts.query))
    for key, value in updates.items():
        if value is None:
            params.pop(key, None)
        else:
            params[key] = str(value)
    return urlunparse(parts._replace(query=urlencode(params)))


def resolve_links(base: str, hrefs: list[str]) -> dict:
    resolved = [urljoin(base, h) for h in hrefs]
    base_host = urlparse(base).hostname
    hosts = Counter(urlparse(u).hostname for u in resolved)
    return {
        "links": resolved,
        "internal": sum(1 for u in resolved if urlparse(u).hostname == base_host),
        "hosts": dict(hosts),
    }


if __name__ == "__main__":
    print(normalize_url("HTTPS://Example.COM:443/a%20b/c?utm_source=x&b=2&a=1#frag"))
    print(set_query_params("https://x.io/search?q=cats&page=2", page=3, q=None, lang="en"))
    print(resolve_links("https://site.org/docs/intro.html",
                        ["guide.html", "/about", "https://other.net/x", "../img/logo.png"]))
