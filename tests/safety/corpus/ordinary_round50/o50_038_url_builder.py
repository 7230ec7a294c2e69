# family: ordinary, blind round 50 (URL building and parsing)
from urllib.parse import (parse_qs, quote, urlencode, urljoin, urlsplit,
                          urlunsplit)


def build_url(base, *path_parts, query=None, fragment=""):
    """Join path segments safely (percent-encoding each) and append a query string."""
    scheme, netloc, path, _, _ = urlsplit(base)
    segments = [s for s in path.split("/") if s]
    segments += [quote(str(p), safe="") for p in path_parts]
    q = urlencode({k: v for k, v in (query or {}).items() if v is not None}, doseq=True)
    return urlunsplit((scheme, netloc, "/" + "/".join(segments), q, fragment))


def parse_url(url):
    parts = urlsplit(url)
    return {
        "scheme": parts.scheme,
        "host": parts.hostname,
        "port": parts.port or {"http": 80, "https": 443}.get(parts.scheme),
        "path": parts.path,
        "query": {k: v if len(v) > 1 else v[0] for k, v in parse_qs(parts.query).items()},
        "fragment": parts.fragment,
    }


def strip_tracking(url, prefixes=("utm_", "fbclid", "gclid")):
    parts = urlsplit(url)
    params = [(k, v) for k, vs in parse_qs(parts.query, keep_blank_values=True).items()
              for v in vs if not k.startswith(prefixes)]
    return urlunsplit(parts._replace(query=urlencode(params)))


if __name__ == "__main__":
    u = build_url("https://api.example.com/v2/", "users", "jane doe/42", "files",
                  query={"tag": ["a", "b"], "limit": 20, "cursor": None}, fragment="top")
    print(u)
    print(parse_url("https://user@shop.example.com:8443/cart?item=7&item=9&coupon=SAVE10#pay"))
    print(strip_tracking("https://example.com/post?id=5&utm_source=news&utm_medium=email&fbclid=xyz"))
    print(urljoin("https://example.com/docs/guide/intro.html", "../api/index.html"))
