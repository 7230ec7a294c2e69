# family: red team, round 25 (caller templates: data the tool slipped objects into)
# Attempt (refused): the Enum functional API with a constant "__new__" member name installs H.make as the
# member constructor, so EnumType calls it with the enum *class* as self and type(self) is EnumType.
# Runs (prints [<class 'enum.EnumType'>]), but the checker refuses type(self) in a method read through
# its class (H.make), so this is NOT an escape.
import enum

SEEN = []


class H:
    def make(self, value):
        SEEN.append(type(self))
        raise ValueError("stop")


def tool() -> str:
    try:
        enum.Enum("E", [("__new__", H.make), ("A", 1)])
    except Exception:
        pass
    return str(SEEN)


print(tool())
