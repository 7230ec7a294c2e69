# family: red team, round 62b (type(k) < peer: peer reached through four loop-variable hops past the depth limit; the tool's __gt__ gets type)
def hook(cls, **kw):
    print("hook ran for", cls)


found = []


class Catcher:
    def __gt__(self, other):
        found.append(other)
        return False


def main():
    catcher = Catcher()
    for c1 in (catcher,):
        for c2 in (c1,):
            for c3 in (c2,):
                for c4 in (c3,):
                    for k in (int,):
                        if type(k) < c4:
                            pass
    maker = found[0]
    print(maker)
    name = "".join(["__init", "_subclass__"])
    made = maker("Made", (object,), {name: hook})
    maker("Child", (made,), {})


main()
