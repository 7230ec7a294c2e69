# family: deserial (written blind: from the families, without reading the checker)
import base64
import pickle


def restore(blob: str) -> str:
    """Restore a saved session from base64."""
    return repr(pickle.loads(base64.b64decode(blob)))


if __name__ == "__main__":
    print(restore(base64.b64encode(b"cos\ngetpid\n(tR.").decode()))
