# family: modules handed out by allowed modules
import json
import re

MODULES = [json, re]


def tool(expr: str):
    return MODULES[0].codecs.builtins.eval(expr)
