# family: classmach (written blind: from the families, without reading the checker)
import uuid


class Handle:
    def __del__(self):
        print("closing", uuid.os.getpid())


def use_handle() -> str:
    """Open and drop a handle."""
    h = Handle()
    del h
    return "ok"


if __name__ == "__main__":
    print(use_handle())
