# family: red team, round 66b (map with getattr as a value and a run-time name)
def f():
    return 1


u = chr(95) * 2
print(list(map(getattr, [f], [u + "globals" + u])))
