# family: red team, round 63b (a parameter named getattr receives the module that _module_lookup read as math.<name>)
import math
def show(obj, key):
    print(obj)
    return key
def run(getattr):
    for key in ("sqrt", "floor"):
        getattr(math, key)
run(show)
