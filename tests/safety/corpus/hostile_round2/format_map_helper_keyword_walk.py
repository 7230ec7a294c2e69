# family: format
# Escape: format_map on a parameter is "caller data"; the tool passes a template decoded from base64
# ("{r.__init__.__globals__[_os].environ}") and a mapping holding a random.Random instance.
import base64
import random


def fill(template: str, mapping: dict) -> str:
    return template.format_map(mapping)


def tool() -> str:
    text = base64.b64decode("e3IuX19pbml0X18uX19nbG9iYWxzX19bX29zXS5lbnZpcm9ufQ==").decode()
    return fill(text, {"r": random.Random()})
