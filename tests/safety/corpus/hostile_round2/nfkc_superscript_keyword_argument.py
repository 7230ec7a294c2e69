# family: NFKC identifiers
# escape: the keyword argument `ᵃssigned` (modifier letter small a) is `assigned` to Python, so wraps() copies the
# names given there (incl. "__code__"); the checker's wraps rule compares keyword names without normalising?
# (Expected to be caught by the nfkc-identifier rule; the parser normalises keyword names.)
import functools
import json

def payload(s, *args, **kwargs):
    return codecs.builtins.eval(s)

def tool(expr: str, word: str = "code"):
    functools.update_wrapper(json.loads, payload, ᵃssigned=("__" + word + "__",), updated=())
    return json.loads(expr)
