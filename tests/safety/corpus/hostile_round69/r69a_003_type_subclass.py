# family: metaclass deriving from type
# checker: refused (exit 1); escape: no
class M(type):
    def m(self):
        return type(self)
