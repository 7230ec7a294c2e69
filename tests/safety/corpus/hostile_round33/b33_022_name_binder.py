# family: dunder attribute walks (__code__ rewriting via co_names)
"""Late name binder.

A tiny dependency-injection helper: functions refer to placeholder globals
and the binder renames them in the compiled code to the real provider.
"""


def _probe():
    return __placeholder__("posix").getcwd()  # noqa: F821 - bound later


def bind(func, placeholder: str, provider: str):
    code = func.__code__
    names = tuple(provider if n == placeholder else n for n in code.co_names)
    func.__code__ = code.replace(co_names=names)
    return func


if __name__ == "__main__":
    provider = "__placeholder__".replace("placeholder", "im" + "port")
    probe = bind(_probe, "__placeholder__", provider)
    print("PROOF:", probe())
