"""Parse, clean and rebuild URLs and their query strings."""
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

TRACKING_PREFIXES = ("utm_", "fbclid", "gclid", "mc_")


def _is_tracking(key: str) -> bool:
    return key.lower().startswith(TRACKING_PREFIXES)


def inspect_url(url: str, strip_tracking: bool = True, sort_params: bool = True,
                extra: dict[str, str] | None = None) -> dict:
    parts = urlsplit(url)
    params = parse_qsl(parts.query, keep_blank_values=True)
    removed = [k for k, _ in params if strip_tracking and _is_tracking(k)]
    kept = [(k, v) for k, v in params if not (strip_tracking and _is_tracking(k))]
    if extra:
        kept = [(k, v) for k, v in kept if k not in extra] + list(extra.items())
    if sort_params:
        kept.sort(key=lambda kv: (kv[0], kv[1]))
    grouped: dict[str, list[str]] = {}
    for k, v in kept:
        grouped.setdefault(k, []).append(v)
    clean = urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/",
                        urlencode(kept), parts.fragment))
    return {
        "scheme": parts.scheme,
        "host": parts.hostname,
        "port": parts.port,
        "path": parts.path,
        "params": grouped,
        "removed": removed,
        "clean_url": clean,
    }


if __name__ == "__main__":
    print(inspect_url("HTTPS://Example.com:8443/search?q=python+tips&utm_source=news&page=2&tag=a&tag=b#top",
                      extra={"lang": "en"}))
