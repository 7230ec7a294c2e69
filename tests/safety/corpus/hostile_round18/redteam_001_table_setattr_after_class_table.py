# family: red team, round 18 (facts learned late in the final pass; classes handed out without their names)
# Chain: `for key in self.FIELDS` is trusted by dynamic_names._class_table while FIELDS is in no
# ctx.stored_attributes. table_names() judges getattr/setattr-over-tables in walk order, and the
# setattr(obj, k, ...) with k over ("FIELDS",) only records the store of FIELDS when it is judged,
# after the getattr was already accepted. So the instance's FIELDS is replaced by a run-time
# ["__globals__"] and getattr(fn, key) reads fn.__globals__.
class Reader:
    FIELDS = ("name",)

    def read(self, fn):
        out = []
        for key in self.FIELDS:
            out.append(getattr(fn, key))
        return out


def configure(obj, value):
    for k in ("FIELDS",):
        setattr(obj, k, value)
    return obj


def helper():
    return 1


def run():
    r = Reader()
    configure(r, ["".join(reversed("__slabolg__"))])
    got = r.read(helper)[0]
    print(sorted(got.keys())[:8])


run()
