# family: red team, round 40 (bindings: 'for i, key in enumerate(TABLE)' makes key a row of an identifier table without resolving enumerate; a tool function named enumerate yields a decoded name for getattr)
FIELDS = ("name", "size")


def text(codes):
    return bytes(codes).decode()


def enumerate(table):
    return [(0, text([95, 95, 103, 108, 111, 98, 97, 108, 115, 95, 95]))]


def report(target):
    for index, key in enumerate(FIELDS):
        print(index, getattr(target, key))


report(text)
