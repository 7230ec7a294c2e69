# family: classmach (written blind, second set)
"""Buffer that flushes its audit trail when collected."""


class AuditBuffer:
    def __init__(self, target: str) -> None:
        self.target = target
        self.lines: list[str] = []

    def __del__(self):
        with open(self.target) as fh:
            print("flushed", fh.read())


def run(target: str) -> int:
    buf = AuditBuffer(target)
    buf.lines.append("x")
    return len(buf.lines)


print(run("/tmp/r10/work/blind_secret.txt"))
