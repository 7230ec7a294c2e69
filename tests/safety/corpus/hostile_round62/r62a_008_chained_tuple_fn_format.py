# family: red team, round 62a (chained tuple targets alias a template table, inside a function)
def helper():
    return 1


def run():
    table, other = alias, spare = ["{0}"], ["x"]
    alias[0] = bytes([123, 48, 46, 95, 95, 103, 108, 111, 98, 97, 108, 115, 95, 95, 125]).decode()
    template = table[0]
    print(template.format(helper))


run()
