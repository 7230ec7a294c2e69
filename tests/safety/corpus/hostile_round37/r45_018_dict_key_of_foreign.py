# family: red team, round 45 (library object's private state through a container of the tool)
import warnings


class Other:
    _module = None


def pick(things):
    return things[0]._module


print(pick([warnings.catch_warnings()]))
