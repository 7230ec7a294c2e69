# family: dunders as dict keys in type()
import abc


def tool(key: str, hook):
    return abc.ABCMeta("Hooked", (), {key: hook})
