# family: red team, round 38 (exceptions carrying objects: AttributeError.obj of a policy name missing in 3.11)
import re


def error_class():
    try:
        return re.PatternError
    except AttributeError as problem:
        return problem.obj


engine = error_class()
print(engine)
print(engine.enum.sys.modules["os"].environ["HOME"])
