# family: red team, round 29 (__slots__ built at run time, guards)
# Chain: __slots__ is not judged when its names are computed (statements._class_body_names only
# records constant ones), so a class gets a slot descriptor named "__getattr__" built at run time,
# and CPython installs the __getattr__ hook for it. Still needs a write by that name to arm it:
# every setattr-like path the checker allows takes constant names, so the hook stays unset.
NAME = "-".join(["", "getattr", ""]).replace("-", "__")


class Box:
    __slots__ = (NAME, "value")

    def __init__(self, value):
        self.value = value


def entry():
    box = Box(1)
    try:
        box.missing
    except AttributeError as error:
        print("hook slot present, unset:", error)
    return box.value


entry()
