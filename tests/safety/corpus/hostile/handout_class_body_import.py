# family: modules handed out by allowed modules
class Holder:
    import json


def tool(expr: str):
    return Holder.json.codecs.builtins.eval(expr)
