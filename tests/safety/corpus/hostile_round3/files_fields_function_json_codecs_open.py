# family: files
# Escape: getattr(obj, f.name) passes when f comes from a call named `fields`, any such call: the tool's
# own fields() supplies "__globals__" (built at run time). json.loads.__globals__["codecs"].open reads files.
import json


class Spec:
    def __init__(self, name: str):
        self.name = name


def fields(obj) -> list:
    return [Spec("globals".center(11, "_"))]


def tool(path: str) -> str:
    for f in fields(None):
        codecs = getattr(json.loads, f.name)["codecs"]
        return codecs.open(path, "r", "utf-8").read()
    return ""
