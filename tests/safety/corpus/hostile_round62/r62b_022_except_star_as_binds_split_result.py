# family: red team, round 62b (the group's split() returns the except* class itself, which `except* Probe as eg` binds to eg)
def hook(cls, **kw):
    print("hook ran for", cls)


class Probe(Exception):
    def kind(self):
        return type(self)(self)


class Group(ExceptionGroup):
    def split(self, condition):
        return condition, None


def main():
    maker = None
    try:
        raise Group("g", [ValueError("v")])
    except* Probe as eg:
        maker = eg.kind(int)
    print(maker)
    name = "".join(["__init", "_subclass__"])
    made = maker("Made", (object,), {name: hook})
    maker("Child", (made,), {})


main()
