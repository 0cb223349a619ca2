"""
Print laborvote's costs as ratios to their floors, side by side (issue 9).

Run with ``python benchmarks/floors.py`` (laborvote installed), or as part
of ``nox -s bench``. Every figure is a ratio of two timings taken in the
same run, each the best of several, so that it holds on a shared machine:

- ``decide()`` over building the `Tally` it decides (2, 3, 4 choices;
  targets 1.0, 3.0, 3.0);
- the slowest tally an adversarial search finds (up to 8 choices, any
  counts, margins, challenged and eligible figures) over a plain
  two-choice tally, and in milliseconds (target: under 10 ms);
- reading the FOIA sample, and reading and auditing it, over a bare
  ``csv.reader`` pass (target 2.0 for the audit); beside them, what
  building the values that ``read()`` and ``audit()`` return costs on
  its own, from their fields in hand (the least the audit can cost
  beyond a lean hand-written one); and the ``laborvote audit --format
  jsonl`` command over a process that only parses the file (target
  3.0);
- ``to_pandas()`` and ``to_polars()`` on the sample copied 100 times
  (about 470,000 rows): peak memory over the frame's own size (target
  2.0), and time over the audit alone (target 1.5), each in a process of
  its own;
- the audit's time per row at 10 copies over 1 (flat: 1.0).

The frame figures build their file in a temporary folder; set
``LABORVOTE_BENCH_COPIES`` to change the 100 copies (0 skips them).
The sample is found in the folder named by ``LABORVOTE_NLRB_DATA``, or
in ``../shared/data/nlrb`` beside the checkout; without it, the audit
and frame figures are skipped.
"""

from __future__ import annotations

import csv
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import timeit
from collections.abc import Callable
from pathlib import Path

from laborvote import Ballots, Tally, decide
from laborvote._core.validators import MAX_COUNT

SAMPLE = "nlrb-elections-2017-2019.csv"
PYTHON = sys.executable


def _sample() -> Path | None:
    """
    Return the sample's path, or `None` if it is not here.
    """
    folder = os.environ.get("LABORVOTE_NLRB_DATA")
    here = Path(__file__).resolve().parents[1]
    path = (
        Path(folder) if folder else here.parent / "shared" / "data" / "nlrb"
    ) / SAMPLE
    return path if path.is_file() else None


def _best(stmt: Callable[[], object], number: int, repeat: int = 5) -> float:
    """
    Return the best time per call of *stmt*, in seconds.
    """
    return min(timeit.repeat(stmt, number=number, repeat=repeat)) / number


def _pair(
    first: Callable[[], object],
    second: Callable[[], object],
    number: int,
    rounds: int = 5,
) -> tuple[float, float]:
    """
    Return the best times of *first* and *second*, measured in turns so
    that a busy moment of the machine weighs on both alike.
    """
    a = b = float("inf")
    for _ in range(rounds):
        a = min(a, _best(first, number, 3))
        b = min(b, _best(second, number, 3))
    return a, b


def _row(label: str, ratio: float, floor: str, target: str, note: str) -> None:
    print(f"  {label:<44} {ratio:>8.2f}x  {target:<8} {floor:<30} {note}")


def _header(title: str) -> None:
    print(title)
    print(f"  {'figure':<44} {'ratio':>9}  {'target':<8} {'floor':<30}")


def _tally(unions: dict[str, int], against: int | None, **rest: int) -> Tally:
    challenged = rest.pop("challenged", 0)
    return Tally(
        ballots=Ballots(unions=unions, against=against, challenged=challenged),
        **rest,  # type: ignore[arg-type]
    )


def bench_decide() -> None:
    """
    decide() over building its Tally, on 2, 3 and 4 choices.
    """
    _header("decide() over building the Tally it decides")
    unions = {"RWDSU": 738, "B": 500, "C": 300}
    for k, target in ((2, "<= 1.0"), (3, "<= 3.0"), (4, "<= 3.0")):
        names = dict(list(unions.items())[: k - 1])

        def build(names: dict[str, int] = names) -> Tally:
            return Tally(
                ballots=Ballots(
                    unions=names, against=1798, void=76, challenged=505
                ),
                eligible=5867,
            )

        tally = build()
        ours, floor = _pair(lambda t=tally: decide(t), build, 3000)
        _row(
            f"{k} choices (Bessemer-like, 505 challenged)",
            ours / floor,
            f"Tally build {floor * 1e6:.1f} us",
            target,
            f"decide {ours * 1e6:.1f} us",
        )


def _adversarial(rng: random.Random) -> Tally:
    """
    Draw a tally of the shapes that once made the search slow.
    """
    k = rng.randint(3, 8)
    big = rng.choice([3, 1000, 10**6, 10**9])
    level = rng.randint(0, big)
    votes = [
        rng.choice([0, 0, level, rng.randint(0, 3), rng.randint(0, big)])
        for _ in range(k)
    ]
    against = rng.random() < 0.7  # noqa: PLR2004
    base = sum(votes)
    challenged = rng.choice([0, 1, 5, 10**4, 10**7])
    eligible = rng.choice(
        [None, base, base + challenged, base + rng.randint(0, 6)]
    )
    # No count passes laborvote's ceiling of 10**9 (a total may).
    if eligible is not None and eligible > MAX_COUNT:
        eligible = None
    unions = votes[:-1] if against else votes
    return _tally(
        {f"U{i}": n for i, n in enumerate(unions)},
        votes[-1] if against else None,
        challenged=challenged,
        eligible=eligible,  # type: ignore[arg-type]
    )


def bench_adversarial(tries: int = 3000) -> None:
    """
    The slowest tally a random adversarial search finds, over a plain one.
    """
    _header("The worst case an adversarial search finds (up to 8 choices)")
    rng = random.Random(9)  # noqa: S311 - a benchmark, not cryptography
    worst, slowest = None, 0.0
    for _ in range(tries):
        tally = _adversarial(rng)
        start = time.perf_counter()
        decide(tally)
        spent = time.perf_counter() - start
        if spent > slowest:
            worst, slowest = tally, spent
    assert worst is not None  # noqa: S101 - tries > 0
    worst_time = _best(lambda: decide(worst), 20)
    plain = _tally({"A": 120}, 118, challenged=9)
    floor = _best(lambda: decide(plain), 2000)
    _row(
        f"worst of {tries:,} / a plain 2-choice tally",
        worst_time / floor,
        f"plain decide {floor * 1e6:.1f} us",
        "< 10 ms",
        f"worst {worst_time * 1e3:.3f} ms: {worst.votes}, "
        f"eligible {worst.eligible}, challenged {worst.challenged}",
    )
    for label, tally in (
        (
            "U 100,010 / 10 against, 100,020 eligible",
            _tally({"U": 100_010}, 10, eligible=100_020),
        ),
        (
            "margin 10^6, three choices, everyone voted",
            _tally(
                {"U": 10**6 + 10, "V": 5}, 5, challenged=3, eligible=10**6 + 20
            ),
        ),
        (
            "10 choices, zeros, eligible == votes",
            _tally(
                {
                    f"U{i}": n
                    for i, n in enumerate((0, 1, 2, 3, 4, 0, 0, 0, 0))
                },
                3,
                challenged=2,
                eligible=13,
            ),
        ),
        (
            "400 unions, 2 challenged",
            _tally({f"U{i}": i + 1 for i in range(400)}, 3, challenged=2),
        ),
    ):
        spent = _best(lambda t=tally: decide(t), 3, 3)
        _row(
            label,
            spent / floor,
            f"plain decide {floor * 1e6:.1f} us",
            "< 10 ms" if len(tally.votes) <= 10 else "-",  # noqa: PLR2004
            f"{spent * 1e3:.3f} ms",
        )


def _values(path: Path) -> Callable[[], object]:
    """
    Return a function that builds, for every row of *path*, the values
    that `read` and `audit` return for it, from their fields already in
    hand: no parsing, no checks, only the constructors that set slots.

    It is the least those values cost, whatever the reader does: with
    the parse itself and a lean audit (about 0.63 of the parse), it bounds
    read() + audit() from below.
    """
    import attrs  # noqa: PLC0415

    from laborvote import nlrb  # noqa: PLC0415
    from laborvote._core.ballots import Ballots  # noqa: PLC0415
    from laborvote._core.tally import CaseNumber  # noqa: PLC0415
    from laborvote.nlrb import _audit, _records  # noqa: PLC0415

    def fields(value: object) -> tuple[object, ...]:
        return tuple(getattr(value, f.name) for f in attrs.fields(type(value)))  # type: ignore[misc]

    rows = []
    for record in nlrb.read(path):
        tally = record.tally
        if tally is None or tally.case_number is None:
            continue
        rows.append(
            (
                fields(tally.case_number),
                fields(tally.ballots),
                fields(tally)[1:],
                fields(record.source),
                fields(record.recorded),
                (record.layout, *fields(record)[4:]),
                fields(_audit.audit(record))[1:],
            )
        )
    number_of, ballots_of = CaseNumber._trusted, Ballots._trusted  # noqa: SLF001
    tally_of = Tally._trusted  # noqa: SLF001
    source_of, recorded_of = _records.trusted_source, _records.trusted_recorded
    record_of, audit_of = _records.trusted_record, _audit._trusted_audit  # noqa: SLF001

    def build() -> None:
        for number, ballots, tally, source, recorded, rest, verdict in rows:
            eligible, kind, date, _, unit = tally
            layout, *more = rest
            made = tally_of(
                ballots_of(*ballots),
                eligible,
                kind,
                date,
                number_of(*number),
                unit,
            )
            record = record_of(
                source_of(*source), layout, recorded_of(*recorded), made, *more
            )
            audit_of(record, *verdict)

    return build


_PARSE = (
    "import csv, sys\n"
    "with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:\n"
    "    sum(1 for _ in csv.reader(f))\n"
)


def _process(args: list[str]) -> float:
    """
    Return the best wall time of running *args*, output discarded.
    """
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        subprocess.run(  # noqa: S603 - our own interpreter and script
            args,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            check=True,
        )
        best = min(best, time.perf_counter() - start)
    return best


def bench_audit(path: Path) -> None:
    """
    The audit over csv.reader, in process and as a command.
    """
    from laborvote import nlrb  # noqa: PLC0415

    _header("The audit over parsing the same file")

    def parse() -> int:
        with path.open(newline="", encoding="utf-8-sig") as f:
            return sum(1 for _ in csv.reader(f))

    def read() -> int:
        return sum(1 for _ in nlrb.read(path))

    def audit() -> int:
        return sum(1 for r in nlrb.read(path) if nlrb.audit(r))

    reading, floor = _pair(read, parse, 1, 3)
    _row(
        "read() / csv.reader (in process)",
        reading / floor,
        f"csv.reader {floor * 1e3:.0f} ms",
        "-",
        f"read {reading * 1e3:.0f} ms",
    )
    ours, floor = _pair(audit, parse, 1, 3)
    _row(
        "read() + audit() / csv.reader (in process)",
        ours / floor,
        f"csv.reader {floor * 1e3:.0f} ms",
        "<= 2.0",
        f"audit {ours * 1e3:.0f} ms",
    )
    build = _values(path)
    ours, floor = _pair(build, parse, 1, 3)
    _row(
        "  of which building the values alone",
        ours / floor,
        f"csv.reader {floor * 1e3:.0f} ms",
        "-",
        f"{ours * 1e3:.0f} ms: Record, Recorded, Source, Tally, "
        "Ballots, CaseNumber, Audit",
    )
    command = _process(
        [PYTHON, "-m", "laborvote", "audit", "--format", "jsonl", str(path)]
    )
    floor = _process([PYTHON, "-c", _PARSE, str(path)])
    _row(
        "laborvote audit --format jsonl / csv process",
        command / floor,
        f"csv process {floor * 1e3:.0f} ms",
        "<= 3.0",
        f"command {command * 1e3:.0f} ms",
    )


_FRAME = """
import json, resource, sys, time
from laborvote import nlrb
kind, path = sys.argv[1], sys.argv[2]
start = time.perf_counter()
if kind == "audit":
    n = sum(1 for r in nlrb.read(path) if nlrb.audit(r))
    size = 0
elif kind == "pandas":
    frame = nlrb.to_pandas(nlrb.read(path))
    n, size = len(frame), int(frame.memory_usage(deep=True).sum())
else:
    frame = nlrb.to_polars(nlrb.read(path))
    n, size = frame.height, int(frame.estimated_size())
spent = time.perf_counter() - start
# This process's own peak (VmHWM); ru_maxrss may still hold the parent's,
# inherited across fork and exec.
try:
    with open("/proc/self/status") as status:
        line = next(l for l in status if l.startswith("VmHWM:"))
    peak = int(line.split()[1]) * 1024
except OSError:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(json.dumps({"rows": n, "size": size, "peak": peak, "time": spent}))
"""


def _measure(kind: str, path: Path) -> dict[str, float]:
    """
    Run one frame (or the audit alone) in a process of its own.
    """
    out = subprocess.run(  # noqa: S603 - our own interpreter and script
        [PYTHON, "-c", _FRAME, kind, str(path)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    result: dict[str, float] = json.loads(out)
    return result


def _copies(path: Path, folder: Path, copies: int) -> Path:
    """
    Write the sample's rows *copies* times under one header.
    """
    lines = path.read_text(encoding="utf-8-sig").splitlines(keepends=True)
    target = folder / f"sample-x{copies}.csv"
    with target.open("w", encoding="utf-8", newline="") as f:
        f.write(lines[0])
        for _ in range(copies):
            f.writelines(lines[1:])
    return target


def bench_frames(path: Path) -> None:
    """
    Frames at 470,000 rows, and the audit's time per row at 10x and 1x.
    """
    copies = int(os.environ.get("LABORVOTE_BENCH_COPIES", "100"))
    _header("Frames and scale (each in its own process)")
    with tempfile.TemporaryDirectory() as tmp:
        ten = _copies(path, Path(tmp), 10)
        one, many = _measure("audit", path), _measure("audit", ten)
        _row(
            "audit time per row, 10 copies / 1",
            (many["time"] / many["rows"]) / (one["time"] / one["rows"]),
            f"1x {one['time'] / one['rows'] * 1e6:.1f} us/row",
            "~ 1.0",
            f"peak {one['peak'] / 2**20:.0f} MB -> "
            f"{many['peak'] / 2**20:.0f} MB",
        )
        if not copies:
            print("  frames skipped (LABORVOTE_BENCH_COPIES=0)")
            return
        big = _copies(path, Path(tmp), copies)
        alone = _measure("audit", big)
        for kind in ("pandas", "polars"):
            try:
                frame = _measure(kind, big)
            except subprocess.CalledProcessError:
                print(f"  to_{kind}() skipped: {kind} not installed")
                continue
            rows = f"{frame['rows']:,.0f} rows"
            _row(
                f"to_{kind}() peak / frame size",
                frame["peak"] / frame["size"],
                f"frame {frame['size'] / 2**20:.0f} MB",
                "<= 2.0",
                f"peak {frame['peak'] / 2**20:.0f} MB, {rows}",
            )
            _row(
                f"to_{kind}() time / audit alone",
                frame["time"] / alone["time"],
                f"audit {alone['time']:.1f} s",
                "<= 1.5",
                f"{kind} {frame['time']:.1f} s",
            )


def main() -> None:
    """
    Print every ratio of issue 9 with its floor and target.
    """
    print(
        f"Ratios to their floors (Python {sys.version.split()[0]}, "
        f"{os.cpu_count()} CPUs; best of several runs)"
    )
    bench_decide()
    bench_adversarial()
    path = _sample()
    if path is None:
        print(f"  audit and frames skipped: {SAMPLE} not found")
        return
    bench_audit(path)
    bench_frames(path)


if __name__ == "__main__":
    main()
