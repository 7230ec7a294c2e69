# ordinary: build and tweak URLs: add/remove query params, normalise, and split into parts
from urllib.parse import parse_qsl, quote, urlencode, urlparse, urlunparse


def with_params(url: str, **params) -> str:
    """Return url with params added/replaced; None removes a parameter."""
    parts = urlparse(url)
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    for key, value in params.items():
        if value is None:
            query.pop(key, None)
        else:
            query[key] = str(value)
    return urlunparse(parts._replace(query=urlencode(sorted(query.items()))))


def normalize(url: str) -> str:
    parts = urlparse(url.strip())
    scheme = parts.scheme.lower() or "https"
    netloc = parts.netloc.lower()
    if (scheme, netloc.rsplit(":", 1)[-1]) in {("http", "80"), ("https", "443")}:
        netloc = netloc.rsplit(":", 1)[0]
    path = quote(parts.path or "/", safe="/%:@")
    return urlunparse((scheme, netloc, path, "", parts.query, ""))


def describe(url: str) -> dict:
    p = urlparse(url)
    return {
        "scheme": p.scheme,
        "host": p.hostname,
        "port": p.port,
        "path": p.path,
        "params": dict(parse_qsl(p.query)),
        "fragment": p.fragment,
    }


if __name__ == "__main__":
    u = "HTTPS://Example.COM:443/search results/?q=python&page=2#top"
    print(normalize(u))
    print(with_params("https://api.example.com/items?page=2&sort=asc", page=3, sort=None, q="red shoes"))
    print(describe("http://user@host.example:8080/a/b?x=1&y=2#frag"))
