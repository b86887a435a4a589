"""What the report tests share: headless Chromium, a PNG reader to tell a
blank screenshot, and the run that counts checks and prints
"N passed, N failed" (", N skipped" when Chromium is missing).
"""

import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib


def find_chromium():
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def png_pixels(path):
    """(width, height, rows of RGBA bytes) of an 8-bit RGB or RGBA PNG."""
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, color, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and color in (2, 6) and interlace == 0, "unsupported PNG layout"
            channels = 4 if color == 6 else 3
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, prev = [], bytearray(stride)
    for y in range(height):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b = prev[i]
            c = prev[i - channels] if i >= channels else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, rows, channels


def colours_and_ink(path):
    width, height, rows, channels = png_pixels(path)
    colours, ink = set(), 0
    for row in rows[::4]:
        for x in range(0, width * channels, channels * 4):
            px = row[x:x + 3]
            colours.add(px)
            if px != b"\xff\xff\xff":
                ink += 1
    return len(colours), ink / max(1, (height // 4) * (width // 4))


class Run:
    """One test run: the built binaries on PATH, a scratch folder, Chromium,
    and the checks' count. `start` returns None (after saying so) when
    Chromium is not installed."""

    def __init__(self, chromium, prefix):
        bindir = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/debug")
        self.chromium = chromium
        self.env = dict(os.environ, PATH=bindir + os.pathsep + os.environ["PATH"])
        self.work = tempfile.mkdtemp(prefix=prefix)
        self.passed, self.failures = 0, []

    @classmethod
    def start(cls, prefix):
        chromium = find_chromium()
        if not chromium:
            print("skipped: Chromium is not installed (apt-get install chromium)")
            print("0 passed, 0 failed, 1 skipped")
            return None
        return cls(chromium, prefix)

    def check(self, ok, what):
        if ok:
            self.passed += 1
        else:
            self.failures.append(what)
            print("FAIL " + what)

    def shell(self, pipeline):
        subprocess.run(["bash", "-o", "pipefail", "-c", pipeline], check=True, env=self.env)

    def dom(self, page):
        """The DOM Chromium parsed from the page, serialised."""
        return subprocess.run(
            [self.chromium, "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", "file://" + page],
            check=True, capture_output=True, timeout=120).stdout.decode()

    def screenshot(self, page, png, size="1000,1400"):
        subprocess.run(
            [self.chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
             "--window-size=" + size, "--screenshot=" + png, "file://" + page],
            check=True, capture_output=True, timeout=120)

    def finish(self):
        shutil.rmtree(self.work, ignore_errors=True)
        print("%d passed, %d failed" % (self.passed, len(self.failures)))
        return 1 if self.failures else 0
