# family: class machinery
class Payload:
    def __reduce__(self):
        return (print, ("unpickled outside the sandbox",))


def tool():
    return Payload()
