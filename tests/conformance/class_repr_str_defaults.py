class Plain: pass
class WithStr:
    def __str__(self): return "custom str"
w = WithStr()
print(str(w), "%s" % w, f"{w}", repr(Plain).startswith("<class"), str(Plain()).startswith("<__main__.Plain object at 0x"))
