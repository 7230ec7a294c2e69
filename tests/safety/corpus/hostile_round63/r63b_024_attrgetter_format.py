# family: red team, round 63b (operator.attrgetter("format") read off a run-time template)
import operator


def helper():
    return 1


def run():
    template = "{0." + "".join(chr(c) for c in [95, 95, 103, 108, 111, 98, 97, 108, 115, 95, 95]) + "}"
    print(operator.attrgetter("format")(template)(helper))


run()
