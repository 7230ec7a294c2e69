# family: baseline: type(int) and type(self)
# checker: refused (exit 1); escape: no
class A:
    def m(self):
        return type(self)
print(type(int))
