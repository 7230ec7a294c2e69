# family: red team, round 63a (e.__class__ read inside an `in` comparison hands the class to the tool container's __contains__)
def hook(cls, **kw):
    print("hook ran for", cls)


found = []


class Probe(Exception):
    def kind(self):
        return type(self)(self)


class Catcher:
    def __contains__(self, item):
        found.append(item.kind(int))
        return True


def main():
    try:
        raise Probe("p")
    except Exception as e:
        if e.__class__ in Catcher():
            pass
    maker = found[0]
    print(maker)
    name = "".join(["__init", "_subclass__"])
    made = maker("Made", (object,), {name: hook})
    maker("Child", (made,), {})


main()
