# family: io (written blind, round 14)
"""Source viewer."""
import io

def view(path: str) -> str:
    return io.open_code(path).read().decode()

if __name__ == "__main__":
    print(view("/tmp/r14/work/secret.txt"))
