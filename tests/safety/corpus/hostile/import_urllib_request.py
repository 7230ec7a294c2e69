# family: imports
import urllib.request


def tool(url: str) -> bytes:
    return urllib.request.urlopen(url).read()
