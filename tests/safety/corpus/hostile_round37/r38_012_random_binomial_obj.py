# family: red team, round 38 (exceptions carrying objects: AttributeError.obj of a policy name missing in 3.11)
import random


def draws(n, p):
    try:
        return random.binomialvariate(n, p)
    except AttributeError as problem:
        return problem.obj


print(draws(10, 0.5))
