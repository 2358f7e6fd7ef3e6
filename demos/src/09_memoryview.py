# %% [markdown]
# # memoryview: sharing bytes without copying
#
# Objects such as `bytes`, `bytearray` and `array.array` expose their memory through the
# **buffer protocol**. A `memoryview` looks at that memory directly: indexing and slicing
# a view copies nothing, and writing through it changes the original.

# %%
arr = bytearray(b'Hello world!')
mv = memoryview(arr)
print(mv[0])        # 72, the byte for 'H'
mv[0] = 74          # the byte for 'J'
print(arr)

# %% [markdown]
# Slicing `bytes` copies; slicing a view does not. The slice is another view on the same
# buffer.

# %%
data = bytearray(b"abcdefgh")
view = memoryview(data)
tail = view[4:]
tail[0] = ord("E")
print(data, tail.tobytes(), tail.nbytes)
print(view.readonly, memoryview(b"ro").readonly)

# %% [markdown]
# A buffer with views exported cannot change size: the views would point at freed memory.

# %%
try:
    data.append(0)
except BufferError as e:
    print("BufferError:", e)
tail.release()
view.release()
data.append(0)
print(len(data))

# %% [markdown]
# `with` releases a view at the end of the block.

# %% tags=["nondeterministic"]
payload = bytearray(range(8))
with memoryview(payload) as m:
    print(m.format, m.itemsize, m.shape, list(m[2:5]))
print(m)

# %% [markdown]
# How much copying costs: slicing a large `bytes` object copies every byte, slicing a
# memoryview copies none. `sys.getsizeof` shows the difference.

# %%
import sys
big = bytes(1_000_000)
print(sys.getsizeof(big[:500_000]), sys.getsizeof(memoryview(big)[:500_000]))
