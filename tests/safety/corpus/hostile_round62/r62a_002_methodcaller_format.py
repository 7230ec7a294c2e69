# family: red team, round 62a (operator.methodcaller("format") on a run-time template)
import operator


def helper():
    return 1


evil = bytes([123, 48, 46, 95, 95, 103, 108, 111, 98, 97, 108, 115, 95, 95, 125]).decode()
print(operator.methodcaller("format", helper)(evil))
