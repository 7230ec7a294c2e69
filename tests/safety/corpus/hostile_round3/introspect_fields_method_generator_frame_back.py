# family: introspect
# Escape: `for f in self.fields()` is taken as dataclasses.fields (the head name is "fields"), so
# getattr(x, f.name) is allowed with any run-time name. The names walk a running generator's frame to its
# caller's frame and that frame's globals: the caller's module namespace.
class Walker:
    def fields(self) -> list:
        return [Step("gi_frame"), Step("f_back"), Step("f_globals")]

    def walk(self, gen):
        value = gen
        for f in self.fields():
            value = getattr(value, f.name)
        return value


class Step:
    def __init__(self, name: str):
        self.name = name


def tool() -> list:
    def spy():
        yield Walker().walk(gen)
    gen = spy()
    return sorted(next(gen))
