# family: red team, round 66b (getattr picked out of a dict display of builtins)
def f():
    return 1


u = chr(95) * 2
table = {"read": getattr}
print(table["read"](f, u + "globals" + u))
