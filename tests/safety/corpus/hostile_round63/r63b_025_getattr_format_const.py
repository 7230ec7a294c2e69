# family: red team, round 63b (getattr(template, "format") on a run-time template)
def helper():
    return 1


def run():
    template = "{0." + "".join(chr(c) for c in [95, 95, 103, 108, 111, 98, 97, 108, 115, 95, 95]) + "}"
    print(getattr(template, "format")(helper))


run()
