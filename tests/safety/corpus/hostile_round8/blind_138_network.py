# family: network (written blind: from the families, without reading the checker)
from urllib.request import urlopen


def fetch_title(url: str = "http://127.0.0.1:9/") -> str:
    """Fetch a page title."""
    try:
        return urlopen(url, timeout=1).read()[:50].decode()
    except OSError as exc:
        return type(exc).__name__


if __name__ == "__main__":
    print(fetch_title())
