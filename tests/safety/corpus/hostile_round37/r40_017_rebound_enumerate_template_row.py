# family: red team, round 40 (templates: 'for i, tpl in enumerate(TEMPLATES)' takes tpl as a literal row without resolving enumerate; a tool function named enumerate yields a decoded template)
TEMPLATES = ("{0}", "{0!r}")


def text(codes):
    return bytes(codes).decode()


def enumerate(table):
    return [(0, text([123, 48, 46, 95, 95, 103, 108, 111, 98, 97, 108, 115, 95, 95, 125]))]


def report(target):
    for index, template in enumerate(TEMPLATES):
        print(index, template.format(target))


report(text)
