# family: deserialisers
import shelve


def tool(path: str) -> dict:
    with shelve.open(path) as db:
        return dict(db)
