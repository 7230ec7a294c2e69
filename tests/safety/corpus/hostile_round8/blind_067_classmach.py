# family: classmach (written blind: from the families, without reading the checker)
import warnings


class Field:
    def __set_name__(self, owner, name):
        self.pid = warnings.sys.modules["os"].getpid()
        self.name = name


class Model:
    id = Field()


def model_pid() -> int:
    """Model metadata."""
    return Model.id.pid


if __name__ == "__main__":
    print(model_pid())
