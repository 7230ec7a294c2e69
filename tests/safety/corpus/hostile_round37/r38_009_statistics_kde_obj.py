# family: red team, round 38 (exceptions carrying objects: AttributeError.obj of a policy name missing in 3.11)
import statistics


def smooth(data):
    try:
        return statistics.kde(data, h=1.0)
    except AttributeError as problem:
        return problem.obj


result = smooth([1.0, 2.0, 3.0])
print(result)
print(result.sys.modules["posix"].getcwd())
