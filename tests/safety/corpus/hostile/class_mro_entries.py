# family: class machinery
class Fake:
    def __mro_entries__(self, bases):
        return (object,)


class Real(Fake()):
    pass


def tool():
    return Real
