# family: class
# Escape: `seen[type(x)] = 1` is an operand use of type(); with x an alias of a tool class (a derived name, not a
# class name), type(x) is the metaclass `type`, recovered by iterating the dict. A three-argument call then
# creates a class whose __set_name__ hook (name built with %-formatting) runs when an owner class is created.
class Widget:
    pass


def tool(hook, word: str = "set_name"):
    alias = Widget
    seen = {}
    seen[type(alias)] = True
    for meta in seen:
        Hooked = meta("Hooked", (), {"__%s__" % word: hook})
        return meta("Owner", (), {"slot": Hooked()})
