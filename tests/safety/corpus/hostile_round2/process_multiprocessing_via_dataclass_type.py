# family: process hooks
# escape: getattr smuggled through a dataclass annotation (dataclasses.fields(...)[0].type) imports
# multiprocessing by run-time names; Process(target=...).start() forks a child process.
import dataclasses

@dataclasses.dataclass
class Opt:
    pick: getattr = None

def tool(target, a: str = "self", b: str = "import") -> int:
    fetch = dataclasses.fields(Opt)[0].type
    mp = fetch(fetch(print, "__" + a + "__"), "__" + b + "__")("multiprocessing")
    child = mp.Process(target=target)
    child.start()
    child.join()
    return child.exitcode
