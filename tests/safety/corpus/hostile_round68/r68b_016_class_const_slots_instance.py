# family: red team, round 68b (pieces class constant shadowed per instance through SimpleNamespace-like kwargs init)
COLS = ["a"]
class Base:
    ROW = "{}" * len(COLS)
    def __init__(self, **kw):
        for k, v in kw.items():
            self.__dict__[k] = v
    def show(self):
        return self.ROW.format(self)
u = "x_"[1] + "x_"[1]
print(Base(ROW="{0.show." + u + "globals" + u + "}").show())
