# family: red team, round 59b (class pattern keyword obj= reads AttributeError.obj; probe whether the checker sees it)
class Box:
    pass


def probe(value):
    try:
        return value.missing
    except AttributeError as err:
        match err:
            case AttributeError(obj=found):
                return found
    return None


print(probe(Box()))
