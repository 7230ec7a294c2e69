# family: class machinery
class Target:
    pass


def finalizer(self):
    return None


def tool():
    setattr(Target, "__del__", finalizer)
    return Target()
