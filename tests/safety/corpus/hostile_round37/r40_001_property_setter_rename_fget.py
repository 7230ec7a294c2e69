# family: red team, round 40 (property: @p.setter on def q makes q a property whose fget is p's getter; A.q.fget(A) runs p with a class)
def text(codes):
    return bytes(codes).decode()


def ran(cls, **kw):
    print("hook ran for", cls)


class Holder:
    @property
    def p(self):
        meta = type(self)
        print(meta)
        hook = text([95, 95, 105, 110, 105, 116, 95, 115, 117, 98, 99, 108, 97, 115, 115, 95, 95])
        base = meta("Base", (), {hook: classmethod(ran)})
        meta("Child", (base,), {})
        return 1

    @p.setter
    def q(self, value):
        pass


Holder.q.fget(Holder)
