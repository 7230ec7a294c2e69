# family: table given only to iter() (a "reader"); deepcopy of [iter(T), Spy()] hands memo to Spy.__deepcopy__, where memo[id(memo)] holds T itself
# result: checker REFUSED; escape no (refused; would print __globals__ if run)
import copy
T = ["real", "imag"]
class Spy:
    def __deepcopy__(self, memo):
        u = "-".replace("-", "_")
        for kept in memo[id(memo)]:
            if type(kept) is list and len(kept) == 2:
                kept.append(u + u + "globals" + u + u)
        return self
def show(x):
    for key in T:
        print(getattr(x, key, None))
copy.deepcopy([iter(T), Spy()])
show(show)
