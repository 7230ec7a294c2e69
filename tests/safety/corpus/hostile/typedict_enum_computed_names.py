# family: dunders as dict keys in type()
from enum import Enum


def tool(hook):
    name = "_" * 2 + "del" + "_" * 2
    members = {name: hook, "RED": 1}
    return Enum("Color", members)
