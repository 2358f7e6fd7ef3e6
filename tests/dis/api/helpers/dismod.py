"""A module for dis.dis(module): its functions and classes are disassembled in name order."""
VALUE = 3


def double(x):
    return x * 2


class Holder:
    wrapped = classmethod(len)
    kept = staticmethod(double)

    def get(self):
        return VALUE


lam = lambda: VALUE
