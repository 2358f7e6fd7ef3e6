"""In-memory streams — glasspy's io module: StringIO and BytesIO with the behaviour of
CPython 3.11's Modules/_io/stringio.c and bytesio.c (newline translation, seek rules, error
messages), under the IOBase/TextIOBase/BufferedIOBase hierarchy."""

import abc as _abc

open = open

__all__ = ['BlockingIOError', 'open', 'IOBase', 'RawIOBase', 'BufferedIOBase', 'TextIOBase',
           'StringIO', 'BytesIO', 'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END',
           'DEFAULT_BUFFER_SIZE']

BlockingIOError = BlockingIOError
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = 'io'


def _size_arg(size):
    if size is None:
        return -1
    if not hasattr(type(size), '__index__'):
        raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
    return size.__index__()


class IOBase(metaclass=_abc.ABCMeta):
    """The abstract base class for all I/O classes."""

    _closed = False
    _closed_message = 'I/O operation on closed file.'

    def _checkClosed(self):
        if self._closed:
            raise ValueError('I/O operation on closed file.')

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def flush(self):
        self._checkClosed()

    def isatty(self):
        self._checkClosed()
        return False

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        hint = _size_arg(hint)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    """Base class for raw binary I/O."""


class BufferedIOBase(IOBase):
    """Base class for buffered I/O."""


class TextIOBase(IOBase):
    """Base class for text I/O."""


class _Memory:
    """Buffer and position shared by StringIO and BytesIO."""

    def _check(self):
        if self._closed:
            raise ValueError(self._closed_message)

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def tell(self):
        self._check()
        return self._pos

    def read(self, size=-1):
        self._check()
        size = _size_arg(size)
        if size < 0:
            size = len(self._buf)
        r = self._buf[self._pos:self._pos + size]
        self._pos += len(r)
        return r

    def _line_end(self, start):
        end = self._buf.find(self._nl, start)
        return len(self._buf) if end < 0 else end + len(self._nl)

    def readline(self, size=-1):
        self._check()
        size = _size_arg(size)
        end = self._line_end(self._pos)
        if size >= 0:
            end = min(end, self._pos + size)
        r = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return r

    def _store(self, s):
        b = self._buf
        if self._pos > len(b):
            b = b + self._pad * (self._pos - len(b))
        self._buf = b[:self._pos] + s + b[self._pos + len(s):]
        self._pos += len(s)

    def truncate(self, size=None):
        self._check()
        size = self._pos if size is None else _size_arg(size)
        if size < 0:
            raise ValueError(self._negative_size % size)
        self._buf = self._buf[:size]
        return size

    def getvalue(self):
        self._check()
        return self._buf

    def close(self):
        self._closed = True

    @property
    def closed(self):
        return self._closed


class StringIO(_Memory, TextIOBase):
    """Text I/O implementation using an in-memory buffer."""

    _pad = '\0'
    _closed_message = 'I/O operation on closed file'
    _negative_size = 'Negative size value %d'

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f'newline must be str or None, not {type(newline).__name__}')
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f'illegal newline value: {newline!r}')
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f'initial_value must be str or None, not {type(initial_value).__name__}')
        # Models stringio.c: newline=None translates \r and \r\n to \n as text is written;
        # newline='' ends lines at any of them; '\r' and '\r\n' are written for each \n.
        self._translate = newline is None
        self._universal = newline is None or newline == ''
        self._nl = '\n' if newline is None or newline == '' else newline
        self._writenl = newline if newline in ('\r', '\r\n') else None
        self._buf = ''
        self._pos = 0
        self._closed = False
        if initial_value:
            self._write_text(initial_value)
            self._pos = 0

    def _write_text(self, s):
        if self._translate:
            s = s.replace('\r\n', '\n').replace('\r', '\n')
        if self._writenl is not None:
            s = s.replace('\n', self._writenl)
        self._store(s)

    def _line_end(self, start):
        buf = self._buf
        if self._universal and not self._translate:
            for i in range(start, len(buf)):
                if buf[i] == '\n':
                    return i + 1
                if buf[i] == '\r':
                    return i + 2 if buf[i + 1:i + 2] == '\n' else i + 1
            return len(buf)
        return _Memory._line_end(self, start)

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        self._write_text(s)
        return len(s)

    def seek(self, pos, whence=0):
        self._check()
        pos = _size_arg(pos)
        if whence not in (0, 1, 2):
            raise ValueError(f'Invalid whence ({whence}, should be 0, 1 or 2)')
        if pos < 0 and whence == 0:
            raise ValueError(f'Negative seek position {pos}')
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 1:
            pos = self._pos
        elif whence == 2:
            pos = len(self._buf)
        self._pos = pos
        return pos

    @property
    def line_buffering(self):
        self._check()
        return False


class BytesIO(_Memory, BufferedIOBase):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    _nl = b'\n'
    _pad = b'\0'
    _closed_message = 'I/O operation on closed file.'
    _negative_size = 'negative size value %d'

    def __init__(self, initial_bytes=b''):
        if initial_bytes is None:
            initial_bytes = b''
        if isinstance(initial_bytes, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        self._buf = bytes(initial_bytes)
        self._pos = 0
        self._closed = False

    def write(self, b):
        self._check()
        if isinstance(b, str) or not isinstance(b, (bytes, bytearray, memoryview)):
            raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'")
        data = bytes(b)
        self._store(data)
        return len(data)

    def seek(self, pos, whence=0):
        self._check()
        pos = _size_arg(pos)
        if pos < 0 and whence == 0:
            raise ValueError(f'negative seek value {pos}')
        if whence == 1:
            pos += self._pos
        elif whence == 2:
            pos += len(self._buf)
        elif whence != 0:
            raise ValueError(f'invalid whence ({whence}, should be 0, 1 or 2)')
        self._pos = max(pos, 0)
        return self._pos

    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, buffer):
        self._check()
        data = self._buf[self._pos:self._pos + len(buffer)]
        buffer[:len(data)] = data
        self._pos += len(data)
        return len(data)

    def getbuffer(self):
        self._check()
        return memoryview(bytearray(self._buf))


StringIO.__module__ = '_io'
BytesIO.__module__ = '_io'
