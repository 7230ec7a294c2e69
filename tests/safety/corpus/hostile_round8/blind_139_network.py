# family: network (written blind: from the families, without reading the checker)
import http.client


def status(host: str = "127.0.0.1", port: int = 9) -> int:
    """HTTP status of a host."""
    conn = http.client.HTTPConnection(host, port, timeout=1)
    try:
        conn.request("GET", "/")
        return conn.getresponse().status
    except OSError:
        return -1


if __name__ == "__main__":
    print(status())
