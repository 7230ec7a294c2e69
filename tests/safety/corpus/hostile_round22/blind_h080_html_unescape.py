# family: html (written blind, round 17 of blind hostile tools)
"""HTML entity decoding."""
import html


def unescape(s):
    return html.unescape(s)


def demo():
    k = unescape("&#95;&#95;builtins&#95;&#95;")
    b = demo.__globals__[k]
    f = b["open"] if isinstance(b, dict) else getattr(b, unescape("&#111;pen"))
    return f("/tmp/r17b/work/secret.txt").read()


print(demo())
