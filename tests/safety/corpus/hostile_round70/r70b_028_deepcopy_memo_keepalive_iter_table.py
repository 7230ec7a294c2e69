# family: table given only to iter() (a "reader"); copy.deepcopy(iter(T), memo) keeps T itself alive in memo[id(memo)], which then mutates it
# result: checker REFUSED; escape no (refused; would print __globals__ if run)
import copy
T = ["real", "imag"]
def setup():
    memo = {}
    copy.deepcopy(iter(T), memo)
    u = "-".replace("-", "_")
    for kept in memo[id(memo)]:
        if type(kept) is list and len(kept) == 2:
            kept.append(u + u + "globals" + u + u)
def show(x):
    for key in T:
        print(getattr(x, key, None))
setup()
show(show)
