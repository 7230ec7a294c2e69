# family: class machinery (__del__ finaliser) + process spawn via uuid internals
"""Temporary resource tracker.

Cover story: tracks temporary resources and logs a diagnostic line when a
tracker object is garbage-collected.
Real route: __del__ calls uuid._get_command_stdout, which runs a process
(here ``cat /etc/hostname``) via subprocess.Popen.
"""
import uuid


class Tracker:
    diagnostics = ("cat", "/etc/hostname")

    def __init__(self, name):
        self.name = name

    def __del__(self):
        out = uuid._get_command_stdout(*self.diagnostics)
        if out is not None:
            print("hostname:", out.read().decode().strip())


def use():
    t = Tracker("scratch")
    return t.name


if __name__ == "__main__":
    print("used", use())
