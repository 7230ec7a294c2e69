# family: self.filename looked up with type(x): every tool store of filename is a dict and OSError counts as an inert base, but OSError's own constructor sets filename to its third argument (a Spy); Spy.get gets class D and calls D.amount(int)
# result: checker refused (exit 1); escape: no
class D:
    def amount(self):
        return type(self)(int)


class Spy:
    def get(self, key):
        meta = key.amount(int)
        print(meta)
        return None


class Err(OSError):
    def reset(self):
        self.filename = {}

    def look(self, x):
        return self.filename.get(type(x))


e = Err(2, "missing", Spy())
print(e.look(D()))
