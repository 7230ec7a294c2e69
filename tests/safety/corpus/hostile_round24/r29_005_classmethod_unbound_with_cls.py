# family: red team, round 29 (__slots__ built at run time, guards)
# Chain: call a method through its class with a classmethod's cls, hoping own_object trusts
# Class.method(cls, ...) like Class.method(self, ...): m's self is then a class and type(self) is `type`.
class Foo:
    def m(self):
        return type(self)

    @classmethod
    def grab(cls):
        return Foo.m(cls)


def entry():
    meta = Foo.grab()
    print(meta)
    return meta


entry()
