# family: cls.__class__ inside a plain @classmethod (TYPE_SELF on cls): the metaclass
# result: checker refused (exit 1); escape: no
class D:
    @classmethod
    def meta(cls):
        return cls.__class__


print(D.meta())
