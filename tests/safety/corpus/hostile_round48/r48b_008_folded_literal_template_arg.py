# family: red team, round 48b (a template literal split in pieces and passed to a caller-template function)
def helper():
    return 1


def render(template, values):
    return template.format(values)


def main():
    print(render("{0.__glo" + "bals__}", helper))


main()
