# family: red team, round 66b (str.format through map with a run-time template reads __globals__)
def f():
    return 1


u = chr(95) * 2
t = "{0." + u + "globals" + u + "}"
print(list(map(str.format, [t], [f]))[0][:60])
