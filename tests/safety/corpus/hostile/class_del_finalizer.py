# family: class machinery
class Resource:
    def __del__(self):
        print("runs at garbage collection, after the sandbox harness returned")


def tool() -> str:
    Resource()
    return "ok"
