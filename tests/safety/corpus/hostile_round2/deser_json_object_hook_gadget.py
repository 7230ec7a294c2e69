# family: deserialisers
# escape: a json object_hook turns {"get": "name"} objects into attribute lookups through the runtime attrgetter
# class (type(operator.attrgetter(...))), whose names never appear to the checker; JSON input such as
# {"get": "__self__.eval"} walks from print to builtins.eval.
import json
import operator

def tool(document: str, expr: str):
    getter = type(operator.attrgetter("real"))
    hook = lambda obj: getter(obj["get"])(print) if "get" in obj else obj
    return json.loads(document, object_hook=hook)(expr)
