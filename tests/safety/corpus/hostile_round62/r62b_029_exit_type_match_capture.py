# family: red team, round 62b (__exit__ hands its exception class on through a match capture pattern)
def hook(cls, **kw):
    print("hook ran for", cls)


found = []


class Probe(Exception):
    def kind(self):
        return type(self)(self)


class Guard:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        match exc_type:
            case caught:
                found.append(caught.kind(int))
        return True


def main():
    with Guard():
        raise Probe("p")
    maker = found[0]
    print(maker)
    name = "".join(["__init", "_subclass__"])
    made = maker("Made", (object,), {name: hook})
    maker("Child", (made,), {})


main()
