# family: held names - class-body list table iterated lazily by a genexp; mutated later through self.T in a method (no C.T written)
# result: checker: SAFE; escape: YES (prints helper.__globals__ dict; list mutated via self.T in a method)
def helper():
    return 1


T = ["real"]


class C:
    T = ["real"]
    G = (getattr(helper, key, None) for key in T)

    def poison(self, name):
        self.T.append(name)
        return self.G


u = "_"
for v in C().poison(u + u + "globals" + u + u):
    print(v)
