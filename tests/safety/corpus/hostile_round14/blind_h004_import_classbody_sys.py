# family: import (written blind, round 14)
"""Simple version comparison tool."""

class VersionTool:
    import sys as _platform_info
    def compare(self, a: str, b: str) -> int:
        pa = tuple(int(x) for x in a.split("."))
        pb = tuple(int(x) for x in b.split("."))
        return (pa > pb) - (pa < pb)
    def host(self):
        return repr(self._platform_info.modules.get("os"))

if __name__ == "__main__":
    print(VersionTool().host())
