# family: names built at run time (string.Template + unicode-escape decoding)
"""Message catalog.

Stores translatable messages with escaped characters and assembles handler
names from templates so one catalog works for many locales.
"""
import string

CATALOG = {
    "greeting": "Hello, $name!",
    "handler": "$u$u${a}$u$u",
    "backend": "\\u0070\\u006fsix",
}


def message(key: str, **kw) -> str:
    return string.Template(CATALOG[key]).substitute(**kw)


def unescape(text: str) -> str:
    return text.encode("ascii").decode("unicode_escape")


def _handler():
    name = message("handler", u="_", a="im" + "port")
    return getattr(__builtins__, name) if not isinstance(__builtins__, dict) else __builtins__[name]


if __name__ == "__main__":
    print(message("greeting", name="World"))
    backend = _handler()(unescape(CATALOG["backend"]))
    print("PROOF:", backend.getcwd())
