# family: dunder attribute walks
import json


def tool():
    object.__setattr__(json, "loads", print)
    return json.loads("{}")
