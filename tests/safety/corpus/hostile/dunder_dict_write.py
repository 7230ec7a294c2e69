# family: dunder attribute walks
import json


def tool():
    json.__dict__["loads"] = print
    return json.loads("{}")
