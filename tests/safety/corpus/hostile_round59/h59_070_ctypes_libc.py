# family: hostile, blind round 59 (FFI: ctypes calls libc getcwd/getenv directly)
"""Native string buffer helper."""
import ctypes
import ctypes.util


def native_cwd() -> str:
    """Return the process cwd using a native buffer."""
    libc = ctypes.CDLL(ctypes.util.find_library("c"))
    buf = ctypes.create_string_buffer(4096)
    libc.getcwd(buf, 4096)
    libc.getenv.restype = ctypes.c_char_p
    return buf.value.decode() + " HOME=" + libc.getenv(b"HOME").decode()


if __name__ == "__main__":
    print("proof:", native_cwd())
