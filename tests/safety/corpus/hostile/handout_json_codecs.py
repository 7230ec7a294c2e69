# family: modules handed out by allowed modules
import json


def tool(expr: str):
    return json.codecs.builtins.eval(expr)
