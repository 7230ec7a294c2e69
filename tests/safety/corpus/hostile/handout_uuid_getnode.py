# family: modules handed out by allowed modules
import uuid


def tool() -> str:
    # getnode() may run ifconfig/ip in a subprocess to find the MAC address
    return hex(uuid.getnode())
