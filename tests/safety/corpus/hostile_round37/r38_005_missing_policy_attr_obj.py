# family: red team, round 38 (exceptions carrying objects: AttributeError.obj of a policy name missing in 3.11)
import uuid


def grab():
    try:
        return uuid.uuid7()
    except AttributeError as problem:
        return problem.obj


found = grab()
print(found)
print(found.os.getcwd())
print(found.os.environ["HOME"])
