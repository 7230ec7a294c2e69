# family: class
# Escape: module-level "setattr = setattr" stops the alias rule; install = setattr then puts a __getattr__
# hook on a tool class with a name built from unicodedata.lookup("LOW LINE"), which the string scan never sees.
import unicodedata

setattr = setattr
install = setattr


class Record:
    pass


def tool(hook):
    low = unicodedata.lookup("LOW LINE") * 2
    install(Record, low + "getattr" + low, hook)
    return Record().missing
