# family: modules handed out by allowed modules
import json


def module():
    return json


def tool(expr: str):
    return module().codecs.builtins.eval(expr)
