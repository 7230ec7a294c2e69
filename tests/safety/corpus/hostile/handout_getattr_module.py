# family: modules handed out by allowed modules
import json


def tool(expr: str):
    codecs = getattr(json, "codecs")
    return codecs.builtins.eval(expr)
