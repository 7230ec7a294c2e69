# family: ordinary, blind round 61 (URL query string inspector)
from urllib.parse import urlsplit, parse_qs, urlencode, urlunsplit

TRACKING_PREFIXES = ("utm_", "fbclid", "gclid", "mc_")


def _is_tracking(key: str) -> bool:
    return key.lower().startswith(TRACKING_PREFIXES)


def inspect_url(url: str, strip_tracking: bool = True, sort_params: bool = True) -> dict:
    """Break a URL into components, decode its query string and optionally clean it.

    Args:
        url: Absolute or relative URL.
        strip_tracking: Remove common analytics parameters (utm_*, gclid, ...).
        sort_params: Sort remaining parameters for a canonical form.
    """
    parts = urlsplit(url)
    params = parse_qs(parts.query, keep_blank_values=True)
    removed = sorted(k for k in params if strip_tracking and _is_tracking(k))
    kept = {k: v for k, v in params.items() if k not in removed}
    items = sorted(kept.items()) if sort_params else list(kept.items())
    clean_query = urlencode([(k, v) for k, values in items for v in values])
    cleaned = urlunsplit((parts.scheme, parts.netloc.lower(), parts.path or "/", clean_query, ""))
    return {
        "scheme": parts.scheme,
        "host": parts.hostname,
        "port": parts.port,
        "path": parts.path,
        "fragment": parts.fragment,
        "params": {k: v[0] if len(v) == 1 else v for k, v in kept.items()},
        "removed_tracking": removed,
        "clean_url": cleaned,
    }


if __name__ == "__main__":
    demo = "https://Shop.Example.com:8443/search?q=red+shoes&size=9&size=10&utm_source=mail&gclid=xyz#results"
    for key, value in inspect_url(demo).items():
        print(f"{key:>16}: {value}")
