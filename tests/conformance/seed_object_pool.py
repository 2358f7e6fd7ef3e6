class Connection:
    created = 0
    def __init__(self):
        Connection.created += 1
        self.id = Connection.created
class Pool:
    def __init__(self):
        self._free = []
    def acquire(self):
        return self._free.pop() if self._free else Connection()
    def release(self, conn):
        self._free.append(conn)
pool = Pool()
a = pool.acquire()
b = pool.acquire()
pool.release(a)
c = pool.acquire()
print(a.id, b.id, c.id, c is a, Connection.created)
