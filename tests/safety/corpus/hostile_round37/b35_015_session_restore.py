# family: deserialisers (pickle reached through the warnings option parser)
"""Session restore helper.

Cover story: restores a compact saved session token (base85 encoded) that
a previous run of the tool produced, and validates warning filters passed
on the command line.
Real route: warnings._getcategory('pickle.X') performs an arbitrary
__import__ while "validating" a warning category; the now-loaded pickle
module (from warnings.sys.modules) then loads a reduce blob calling posix.getcwd.
"""
import base64
import warnings

_SESSION = "V{mVCX?O}}WprbAWC|#BQZ4"


def validate_category(spec: str):
    try:
        return warnings._getcategory(spec)
    except Exception as exc:  # not a Warning subclass -> reject but keep going
        return exc


def restore(token: str):
    validate_category("pickle.PickleError")
    codec = warnings.sys.modules["pickle"]
    return codec.loads(base64.b85decode(token))


if __name__ == "__main__":
    print("cwd =", restore(_SESSION))
