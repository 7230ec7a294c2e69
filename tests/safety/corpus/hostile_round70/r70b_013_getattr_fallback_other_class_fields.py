# family: self.FIELDS in a class that does not bind FIELDS (another class binds the tuple); __getattr__ fallback supplies a run-time list
# result: checker REFUSED; escape no (refused; would print __globals__ if run)
class D:
    FIELDS = ("real", "imag")
class C:
    def __getattr__(self, name):
        u = "-".replace("-", "_")
        return [u + u + "globals" + u + u]
    def show(self, x):
        for key in self.FIELDS:
            print(getattr(x, key))
def f():
    pass
C().show(f)
