# ordinary: normalise URLs and add/remove query parameters
from urllib.parse import urlparse, urlencode, parse_qsl, urlunparse
from typing import Optional

TRACKING = {"utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "fbclid", "gclid"}


def _clean_query(query: str, add: dict[str, str], drop_tracking: bool) -> str:
    pairs = [(k, v) for k, v in parse_qsl(query, keep_blank_values=True)
             if not (drop_tracking and k.lower() in TRACKING)]
    existing = {k for k, _ in pairs}
    pairs.extend((k, v) for k, v in add.items() if k not in existing)
    return urlencode(sorted(pairs))


def normalize_url(url: str, add_params: Optional[dict[str, str]] = None, drop_tracking: bool = True) -> dict:
    """Lower-case scheme/host, drop default ports and tracking params, sort the query."""
    parts = urlparse(url.strip())
    if not parts.scheme or not parts.netloc:
        return {"ok": False, "error": "URL needs a scheme and a host"}
    host = parts.hostname or ""
    port = parts.port
    if port and not ((parts.scheme == "http" and port == 80) or (parts.scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    cleaned = parts._replace(
        scheme=parts.scheme.lower(),
        netloc=host.lower(),
        path=parts.path or "/",
        query=_clean_query(parts.query, add_params or {}, drop_tracking),
        fragment="",
    )
    return {"ok": True, "url": urlunparse(cleaned), "host": host.lower()}


if __name__ == "__main__":
    print(normalize_url("HTTPS://Example.COM:443/a?b=2&utm_source=x&a=1#frag", {"ref": "agent"}))
