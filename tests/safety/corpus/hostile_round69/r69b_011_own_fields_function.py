# family: held names - f.name of a tool-defined function named fields, read as dataclasses.fields
# result: checker: REFUSED ('fields' must be dataclasses.fields); escape: no
import types


def helper():
    return 1


def fields(x):
    u = "_"
    return [types.SimpleNamespace(name=u + u + "globals" + u + u)]


for f in fields(helper):
    print(getattr(helper, f.name))
