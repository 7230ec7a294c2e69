# family: introspection
import weakref


def tool(obj):
    return weakref.getweakrefs(obj)
