# family: dunder attribute walks
import json


def tool():
    return json.loads.__globals__["codecs"]
