# family: deepcopy of a tuple subclass reconstructs via copyreg.__newobj__ with args (cls, ...); changed args tuple is kept alive in memo; a later __deepcopy__ reads the class T from memo and calls T.amount(int)
# checker: refused (exit 1); escape: no
import copy


class T(tuple):
    def amount(self):
        return type(self)(int)


class Probe:
    def __deepcopy__(self, memo):
        for value in list(memo.values()):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, tuple) and len(item) == 2 and callable(item[0]):
                        klass = item[0]
                        meta = klass.amount(int)
                        print(meta)
        return self


t = T(([1],))
copy.deepcopy([t, Probe()])
