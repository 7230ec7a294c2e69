# family: red team, round 65b (AttributeError from a 3.12-only policy name, obj pulled out with a match keyword pattern)
import copy

try:
    copy.replace(1)
except AttributeError as error:
    match error:
        case AttributeError(obj=m):
            print(m)
