# family: red team, round 66b (operator.attrgetter given its names by star-unpacking a run-time list)
import operator


def f():
    return 1


u = chr(95) * 2
names = [u + "globals" + u]
print(operator.attrgetter(*names)(f))
