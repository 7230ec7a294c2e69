# family: red team, round 38 (exceptions carrying objects: AttributeError.obj of a policy name missing in 3.11)
import itertools


def chunks(items, size):
    try:
        return list(itertools.batched(items, size))
    except AttributeError as problem:
        return [problem.obj]


print(chunks([1, 2, 3], 2)[0])
