# family: red team, round 62b (except* calls the group's own split() with the except* class; its method runs with int as self)
class Base:
    pass


def hook(cls, **kw):
    print("hook ran for", cls)


class Probe(Exception):
    def kind(self):
        return type(self)(self)


class Group(ExceptionGroup):
    def split(self, condition):
        found.append(condition.kind(int))
        return super().split(condition)


found = []


def main():
    try:
        try:
            raise Group("g", [ValueError("v")])
        except* Probe:
            pass
    except ExceptionGroup:
        pass
    maker = found[0]
    print(maker)
    name = "".join(["__init", "_subclass__"])
    made = maker("Made", (Base,), {name: hook})
    maker("Child", (made,), {})


main()
