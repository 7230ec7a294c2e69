# family: pass our own memo dict to copy.deepcopy; the kept-alive newobj args tuple (T, ...) leaks class T; call T.amount(int)
# checker: refused (exit 1); escape: no
import copy


class T(tuple):
    def amount(self):
        return type(self)(int)


def find(memo):
    for value in list(memo.values()):
        if isinstance(value, list):
            for item in value:
                if isinstance(item, tuple) and len(item) == 2 and callable(item[0]):
                    klass = item[0]
                    print(klass.amount(int))


memo = {}
t = T(([1],))
copy.deepcopy([t], memo)
find(memo)
