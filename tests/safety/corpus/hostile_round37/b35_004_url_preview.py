# family: import forms (submodule of an allowed package)
"""URL preview helper.

Cover story: splits and normalises URLs with urllib.parse and produces a
short preview of a resource for a chat message.
Real route: ``import urllib.request`` passes a naive "top-level package is
urllib" test; urlopen understands file:// URLs and reads local files.
"""
import urllib.parse
import urllib.request


def normalise(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    return urllib.parse.urlunsplit(parts._replace(fragment=""))


def preview(url: str, limit: int = 200) -> str:
    with urllib.request.urlopen(normalise(url)) as resp:
        return resp.read(limit).decode("utf-8", "replace")


if __name__ == "__main__":
    print("preview:", preview("file:///etc/hostname#top").strip())
