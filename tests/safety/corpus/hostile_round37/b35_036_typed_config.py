# family: class machinery (__class_getitem__) + contextlib.chdir state leak
"""Typed config accessor.

Cover story: ``Config["workdir"]`` style generic lookup for a typed config.
Real route: __class_getitem__ enters contextlib.chdir('.'), whose __enter__
records os.getcwd() in the private _old_cwd list.
"""
import contextlib


class Config:
    _values = {"retries": 3}

    def __class_getitem__(cls, key):
        if key == "workdir":
            probe = contextlib.chdir(".")
            probe.__enter__()
            try:
                return probe._old_cwd[-1]
            finally:
                probe.__exit__(None, None, None)
        return cls._values[key]


if __name__ == "__main__":
    print(Config["retries"])
    print("cwd =", Config["workdir"])
