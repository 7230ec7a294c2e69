# family: red team, round 23 (special cases: prefixes, future annotations, exit types, library base stores)
# warnings.catch_warnings(record=True) hands back each warning's class as WarningMessage.category, a public
# attribute; a class of the tool reaches a parameter without its name being used as a value, so
# k.describe(k) runs describe with self = the class and type(self)(self) returns the metaclass `type`.
import warnings


class Note(UserWarning):
    def describe(self):
        return type(self)(self)


def take(k):
    return k.describe(k)


def entry():
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter("always")
        warnings.warn(Note("hello"))
    meta = take(log[0].category)
    print(meta)
    made = meta("Made", (), {"greeting": "class built at run time"})
    print(made, made.greeting)


entry()
