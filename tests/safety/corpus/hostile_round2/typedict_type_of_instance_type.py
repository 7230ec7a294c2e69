# family: typedict
# Escape: type(Plain()) is bound as an "instance", so type(cls) on it is not seen as type(<class>); that is the
# metaclass type, called with a __getattr__ hook whose name is decoded from bytes.
class Plain:
    pass


def tool(hook):
    cls = type(Plain())
    meta = type(cls)
    Proxy = meta("Proxy", (), {bytes([95, 95, 103, 101, 116, 97, 116, 116, 114, 95, 95]).decode(): hook})
    return Proxy().anything
