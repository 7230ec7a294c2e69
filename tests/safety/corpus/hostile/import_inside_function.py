# family: imports
def tool(host: str, port: int) -> bool:
    import socket

    with socket.create_connection((host, port), timeout=1):
        return True
