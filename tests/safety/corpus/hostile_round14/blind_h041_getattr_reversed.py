# family: getattr (written blind, round 14)
"""String utilities."""

def _k(s):
    return s[::-1]

def fn_ns(fn):
    return getattr(fn, _k("__slabolg__"))

def reverse_words(s):
    return " ".join(reversed(s.split()))

if __name__ == "__main__":
    print(fn_ns(reverse_words)["__builtins__"])
