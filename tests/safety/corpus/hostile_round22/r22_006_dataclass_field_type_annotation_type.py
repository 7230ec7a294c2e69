# family: red team, round 22 (what a method's self may be: classes reaching parameters, methods run with any self)
# Chain: a dataclass field annotated with the builtin `type`; dataclasses.fields(...)[0].type hands out the
# annotation object itself, i.e. the metaclass `type`, which is then called with three arguments to make a
# class whose __repr__ hook name is built at run time.
from dataclasses import dataclass, fields


@dataclass
class D:
    k: type


def run():
    t = fields(D(int))[0].type
    print(t)
    made = t("Made", (), {"".join(reversed("__rper__")): lambda s: "repr hook by run-time name"})
    print(repr(made()))


run()
