# family: ordinary, blind round 62 (URL building and query string munging)
from urllib.parse import urlencode, urlsplit, urlunsplit, parse_qsl, quote

BASE = "https://shop.example.com"
ROUTES = {
    "product": "/p/{slug}",
    "search": "/search",
    "category": "/c/{cat}/{sub}",
}
TRACKING = {"utm_source", "utm_medium", "utm_campaign", "fbclid", "gclid"}


def build(route, query=None, **params):
    path = ROUTES[route].format(**{k: quote(str(v)) for k, v in params.items()})
    url = BASE + path
    if query:
        url += "?" + urlencode(sorted(query.items()), doseq=True)
    return url


def strip_tracking(url):
    parts = urlsplit(url)
    kept = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in TRACKING]
    return urlunsplit(parts._replace(query=urlencode(kept), fragment=""))


def query_dict(url):
    out = {}
    for k, v in parse_qsl(urlsplit(url).query):
        out.setdefault(k, []).append(v)
    return {k: v[0] if len(v) == 1 else v for k, v in out.items()}


if __name__ == "__main__":
    print(build("product", slug="red shoes & socks"))
    print(build("search", {"q": "café au lait", "page": 2, "tag": ["new", "sale"]}))
    print(build("category", cat="home", sub="kitchen"))
    try:
        build("category", cat="home")
    except KeyError as e:
        print("missing param:", e)
    messy = "https://shop.example.com/p/x?id=7&utm_source=news&color=red&gclid=abc&color=blue#top"
    print(strip_tracking(messy))
    print(query_dict(messy))
