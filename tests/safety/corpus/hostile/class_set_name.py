# family: class machinery
class Field:
    def __set_name__(self, owner, name):
        self.owner = owner


class Model:
    value = Field()


def tool() -> str:
    return Model.value.owner.__name__
