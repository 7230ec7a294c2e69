# family: red team, round 63b (operator.methodcaller("format", f) applied to a run-time template)
import operator


def helper():
    return 1


def run():
    template = "{0." + "".join(chr(c) for c in [95, 95, 103, 108, 111, 98, 97, 108, 115, 95, 95]) + "}"
    fill = operator.methodcaller("format", helper)
    print(fill(template))


run()
