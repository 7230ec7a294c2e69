# family: format strings
from string import Formatter


class Leaky(Formatter):
    pass


def tool(template: str, obj) -> str:
    return Leaky().format(template, obj)
