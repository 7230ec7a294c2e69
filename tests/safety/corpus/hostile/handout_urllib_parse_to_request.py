# family: modules handed out by allowed modules
import urllib.parse


def tool(url: str) -> bytes:
    return urllib.request.urlopen(urllib.parse.quote(url, safe=":/")).read()
