from urllib.parse import parse_qs, urlencode, urlparse, urlunparse, quote


def normalize_url(url: str, drop_params: tuple[str, ...] = ("utm_source", "utm_medium", "utm_campaign")) -> str:
    """Lower-case scheme and host, drop tracking parameters and sort the rest."""
    parts = urlparse(url.strip())
    if not parts.scheme or not parts.netloc:
        raise ValueError(f"not an absolute URL: {url!r}")
    query = parse_qs(parts.query, keep_blank_values=True)
    kept = {k: v for k, v in sorted(query.items()) if k not in drop_params}
    path = quote(parts.path or "/", safe="/%")
    return urlunparse(
        (parts.scheme.lower(), parts.netloc.lower(), path, parts.params, urlencode(kept, doseq=True), "")
    )


def query_params(url: str) -> dict[str, list[str]]:
    return parse_qs(urlparse(url).query)


def same_site(first: str, second: str) -> bool:
    a, b = urlparse(first), urlparse(second)
    host_a = (a.hostname or "").removeprefix("www.")
    host_b = (b.hostname or "").removeprefix("www.")
    return a.scheme == b.scheme and host_a == host_b


def build_url(base: str, path: str, **params: str) -> str:
    parts = urlparse(base)
    joined = parts.path.rstrip("/") + "/" + path.lstrip("/")
    return urlunparse((parts.scheme, parts.netloc, joined, "", urlencode(params), ""))
