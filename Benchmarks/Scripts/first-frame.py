#!/usr/bin/env python3
"""Time to first frame of the reader, with and without its store (issue 14's "opening with the
store costs at most 5 ms more").

Runs BYLINE on ARTICLE in a pseudo-terminal of 80x24 again and again, alternating a run with
the store (a state folder that already knows the article, so the place is looked up and
resumed) and one with --no-state, and measures from just before the fork to the first output
holding the status line's "min left" (the first frame). Each run then quits with q.

  python3 Benchmarks/Scripts/first-frame.py .build/release/byline ARTICLE [RUNS]

Prints the median, quartiles and the difference of medians, in milliseconds.
"""
import fcntl, os, pty, select, shutil, statistics, struct, sys, tempfile, termios, time

def run(binary, article, state_home, no_state):
    args = [binary, article] + (["--no-state"] if no_state else [])
    env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8", XDG_STATE_HOME=state_home)
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        os.execve(binary, args, env)
    seen = b""
    first = None
    deadline = start + 20
    while time.perf_counter() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
        if first is None and b"min left" in seen:
            first = time.perf_counter() - start
            os.write(fd, b"q")
    # Drain until the child exits.
    while True:
        try:
            ready, _, _ = select.select([fd], [], [], 1)
            if not ready or not os.read(fd, 65536):
                break
        except OSError:
            break
    os.waitpid(pid, 0)
    os.close(fd)
    return first

def main():
    binary, article = sys.argv[1], os.path.abspath(sys.argv[2])
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 30
    state_home = tempfile.mkdtemp(prefix="byline-first-frame-")
    try:
        run(binary, article, state_home, False)  # the store now knows the article
        times = {False: [], True: []}
        for _ in range(runs):
            for no_state in (False, True):
                t = run(binary, article, state_home, no_state)
                if t is not None:
                    times[no_state].append(t * 1000)
        for no_state, label in ((False, "with the store"), (True, "--no-state")):
            v = sorted(times[no_state])
            q = statistics.quantiles(v, n=4)
            print(f"{label:15} median {statistics.median(v):7.1f} ms  p25 {q[0]:7.1f}  p75 {q[2]:7.1f}  (n={len(v)})")
        print(f"difference of medians: {statistics.median(times[False]) - statistics.median(times[True]):+.1f} ms")
    finally:
        shutil.rmtree(state_home, ignore_errors=True)

main()
