# family: warnings (written blind, round 14)
"""Warning message formatter."""
import warnings

def format_issue(msg: str, where: str = "/tmp/r14/work/secret.txt", line: int = 1) -> str:
    return warnings.formatwarning(msg, UserWarning, where, line)

if __name__ == "__main__":
    print(format_issue("check"))
