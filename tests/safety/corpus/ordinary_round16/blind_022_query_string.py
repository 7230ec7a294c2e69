"""Build, parse and merge URL query strings."""
from urllib.parse import urlencode, urlsplit, urlunsplit, parse_qsl, quote


def parse_query(url: str) -> dict[str, list[str]]:
    result: dict[str, list[str]] = {}
    for k, v in parse_qsl(urlsplit(url).query, keep_blank_values=True):
        result.setdefault(k, []).append(v)
    return result


def with_params(url: str, drop: tuple[str, ...] = (), **params) -> str:
    """Return ``url`` with ``params`` set (replacing existing) and ``drop`` removed."""
    parts = urlsplit(url)
    pairs = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if k not in params and k not in drop]
    for k, v in params.items():
        if v is None:
            continue
        if isinstance(v, (list, tuple)):
            pairs.extend((k, str(x)) for x in v)
        else:
            pairs.append((k, str(v)))
    return urlunsplit(parts._replace(query=urlencode(pairs, quote_via=quote)))


def strip_tracking(url: str) -> str:
    parts = urlsplit(url)
    keep = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if not (k.startswith("utm_") or k in {"fbclid", "gclid", "mc_eid"})]
    return urlunsplit(parts._replace(query=urlencode(keep), fragment=""))


if __name__ == "__main__":
    u = "https://shop.example.com/search?q=red+shoes&page=2&utm_source=news&tag=a&tag=b#top"
    print(parse_query(u))
    print(with_params(u, page=3, sort="price asc", tag=["x", "y"], drop=("utm_source",)))
    print(strip_tracking(u))
