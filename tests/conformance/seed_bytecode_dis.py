import dis
def add(a, b):
    return a + b
dis.dis(add)
