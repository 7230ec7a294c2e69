# family: @classmethod stacked on @functools.cached_property: D.amount runs func(D) (then fails to cache), type(self) is type
# result: checker refused (exit 1); escape: no
import functools


class D:
    @classmethod
    @functools.cached_property
    def amount(self):
        print(type(self))
        return 1


try:
    print(D.amount)
except TypeError:
    print("cache failed")
