import threading
import time
def task():
    print("Task start")
    time.sleep(0.2)
    print("Task end")
thread1 = threading.Thread(target=task)
thread2 = threading.Thread(target=task)
thread1.start()
thread2.start()
thread1.join()
thread2.join()
print("both done")
