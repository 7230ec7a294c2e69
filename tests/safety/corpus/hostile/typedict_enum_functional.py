# family: dunders as dict keys in type()
import enum


def tool(hook):
    return enum.Enum("Color", {"RED": 1, "__del__": hook})
