# family: combinations
# escape: a dispatch table of methodcaller-class objects (type(operator.methodcaller(...))) whose method names come
# from run-time strings: "__getattribute__" with "__globals__" on json.dumps returns the json module namespace.
import json
import operator

CALL = type(operator.methodcaller("strip"))

def tool(op: str = "getattribute", arg: str = "globals") -> list:
    table = {"read": CALL("__" + op + "__", "__" + arg + "__")}
    return sorted(table["read"](json.dumps))
