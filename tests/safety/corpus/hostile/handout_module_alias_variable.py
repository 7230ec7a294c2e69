# family: modules handed out by allowed modules
import json

codec_module = json


def tool(expr: str):
    return codec_module.codecs.builtins.exec(expr)
