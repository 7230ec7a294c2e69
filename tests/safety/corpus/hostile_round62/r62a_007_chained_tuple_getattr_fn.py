# family: red team, round 62a (chained tuple targets alias an identifier table a getattr loop trusts, in a function)
def helper():
    return 1


def run():
    fields, other = alias, spare = ["name"], ["x"]
    alias[0] = bytes([95, 95, 103, 108, 111, 98, 97, 108, 115, 95, 95]).decode()
    for key in fields:
        print(getattr(helper, key))


run()
