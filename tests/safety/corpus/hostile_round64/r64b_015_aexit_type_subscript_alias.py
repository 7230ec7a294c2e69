# family: red team, round 64b (__aexit__ subscripts its exception class: the generic alias forwards attribute reads to the class)
import asyncio


def hook(cls, **kw):
    print("hook ran for", cls)


found = []


class Probe(ExceptionGroup):
    def kind(self):
        return type(self)(self)


class Guard:
    async def __aenter__(self):
        return self

    async def __aexit__(self, typ, value, tb):
        alias = typ[int]
        found.append(alias.kind(int))
        return True


async def body():
    async with Guard():
        raise Probe("p", [ValueError("v")])


def main():
    asyncio.run(body())
    maker = found[0]
    print(maker)
    name = "".join(["__init", "_subclass__"])
    made = maker("Made", (object,), {name: hook})
    maker("Child", (made,), {})


main()
