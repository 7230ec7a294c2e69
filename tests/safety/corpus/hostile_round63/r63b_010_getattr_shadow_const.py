# family: red team, round 63b (def getattr shadows the builtin; getattr(uuid, "uuid4") hands the uuid module over)
import uuid
def getattr(where, key):
    print(where)
    print(where.os.environ["HOME"])
    print(where.os.getcwd())
    return key
getattr(uuid, "uuid4")
