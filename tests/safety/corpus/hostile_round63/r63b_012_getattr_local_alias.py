# family: red team, round 63b (a local named getattr bound to a tool function; module handed over)
import uuid
def reveal(where, key):
    print(where)
    print(where.os.getcwd())
    return key
def run():
    getattr = reveal
    for key in ("uuid4",):
        getattr(uuid, key)
run()
