# family: itertools.tee / map over table consumed lazily after a change
# result: checker REFUSED; escape no
import itertools
T = ["real", "imag"]
def show(x):
    a, b = itertools.tee(T)
    for key in a:
        print(getattr(x, key, None))
show(show)
