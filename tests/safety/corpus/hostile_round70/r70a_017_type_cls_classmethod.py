# family: type(cls) inside a plain @classmethod: cls is a class, so type(cls) is the metaclass
# result: checker refused (exit 1); escape: no
class D:
    @classmethod
    def meta(cls):
        return type(cls)


print(D.meta())
