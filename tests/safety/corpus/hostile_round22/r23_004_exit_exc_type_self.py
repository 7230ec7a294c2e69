# family: red team, round 23 (special cases: prefixes, future annotations, exit types, library base stores)
# __exit__ receives the exception's class (exc_type) without the class name ever being used as a value;
# objects._bound takes a parameter for an object while no class is handed out (type(self) only called at
# once), so k.describe(k) passes and describe's `self` is the class Boom: type(self)(self) is type(Boom),
# the metaclass `type` itself, returned as a plain value.
class Boom(Exception):
    def describe(self):
        return type(self)(self)


class Catch:
    def __init__(self):
        self.kind = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.kind = take(exc_type)
        return True


def take(k):
    return k.describe(k)


def entry():
    catcher = Catch()
    with catcher:
        raise Boom()
    meta = catcher.kind
    print(meta)
    made = meta("Made", (), {"greeting": "class built at run time"})
    print(made, made.greeting)


entry()
