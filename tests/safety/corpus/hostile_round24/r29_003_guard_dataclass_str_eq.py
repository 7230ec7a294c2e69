# family: red team, round 29 (__slots__ built at run time, guards)
# Chain: an allow-list guard is trusted when no __eq__ is written; a @dataclass(eq=True) str subclass
# gets a generated __eq__ that the guard rule (dynamic_names._guarded) cannot see. At run time the
# generated __eq__ returns NotImplemented for a plain str, so str equality decides: no escape.
from dataclasses import dataclass


@dataclass(init=False)
class Key(str):
    pass


class Thing:
    name = "ok"


def entry():
    key = Key("".join(["__cla", "ss__"]))
    if key not in ("name", "label"):
        print("guard held")
        return None
    print(getattr(Thing(), key))
    return key


entry()
