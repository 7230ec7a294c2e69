# ordinary: manipulate URL query strings (add, remove, normalise parameters)
from urllib.parse import parse_qsl, urlencode, urlparse, urlunparse

TRACKING = {"utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "fbclid", "gclid"}


def with_params(url, **params):
    parts = urlparse(url)
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    for key, value in params.items():
        if value is None:
            query.pop(key, None)
        else:
            query[key] = str(value)
    return urlunparse(parts._replace(query=urlencode(query)))


def strip_tracking(url):
    parts = urlparse(url)
    kept = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k.lower() not in TRACKING]
    return urlunparse(parts._replace(query=urlencode(kept)))


def normalize(url):
    parts = urlparse(url.strip())
    scheme = parts.scheme.lower() or "https"
    host = (parts.hostname or "").lower()
    port = parts.port
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    path = parts.path or "/"
    query = urlencode(sorted(parse_qsl(parts.query, keep_blank_values=True)))
    return urlunparse((scheme, host, path, "", query, ""))


if __name__ == "__main__":
    url = "https://Example.com:443/shop?item=42&utm_source=news&color=red#reviews"
    print(with_params(url, page=2, color=None))
    print(strip_tracking(url))
    print(normalize(url))
    print(normalize("HTTP://example.com:8080?b=2&a=1"))
