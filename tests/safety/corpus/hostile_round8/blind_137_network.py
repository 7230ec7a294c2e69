# family: network (written blind: from the families, without reading the checker)
import socket


def reachable(host: str = "127.0.0.1", port: int = 9) -> bool:
    """Tell whether a service answers."""
    try:
        socket.create_connection((host, port), timeout=1).close()
        return True
    except OSError:
        return False


if __name__ == "__main__":
    print(reachable())
