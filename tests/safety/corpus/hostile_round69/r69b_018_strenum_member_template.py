# family: Enum members that are strings used as a format template (StrEnum member value built at run time)
# result: checker: REFUSED (computed-format-string; enum without members); escape: no
import enum


def helper():
    return 1


u = "_"


class T(enum.StrEnum):
    A = "{0." + u + u + "globals" + u + u + "}"


print(T.A.format(helper))
