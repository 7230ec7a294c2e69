# family: red team, round 20 (classes reaching parameters unnoticed; allow-list guards)
# Guard table by a mangled name: `if key in __FIELDS` inside class Reader reads global _Reader__FIELDS at run
# time; the checker might resolve the unmangled __FIELDS. Refused: _Reader__ names are reported.
__FIELDS = ("name",)
_Reader__FIELDS = ["".join(reversed("__slabolg__"))]


class Reader:
    def fetch(self, fn, key):
        if key in __FIELDS:
            return getattr(fn, key)
        return None


def helper():
    return 1


print(sorted(Reader().fetch(helper, "".join(reversed("__slabolg__"))).keys())[:8])
