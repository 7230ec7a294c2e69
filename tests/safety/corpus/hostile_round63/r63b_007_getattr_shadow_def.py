# family: red team, round 63b (a def named getattr receives the module that _module_lookup read as math.<name>)
import math
def getattr(obj, key, *rest):
    print(obj)
    return key
def run():
    for key in ("sqrt", "floor"):
        getattr(math, key)
run()
