"""Run the fuzz cases of `cases.py` outside the test suite and print the figures:

    PYTHONPATH=. python -m tests.fuzz.run --seed 9127 --count 10000 [--failures failures.txt]

Each case runs under a hard time limit (`--kill-after`, default 60 s) so that one slow input cannot
stop the run; a case over `--slow` seconds (default 10) counts as slow. Exit status 1 when any case
escaped the error catalogue, gave JSON that is not strict or fails the schema, had a span that
does not read back, or was slow.
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter

from .cases import ENTRIES, describe, generate, run_case


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tests.fuzz.run", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--count", type=int, default=10_000)
    ap.add_argument("--slow", type=float, default=10.0, help="seconds over which a case counts as slow")
    ap.add_argument("--kill-after", type=float, default=60.0, help="seconds after which a case is stopped")
    ap.add_argument("--failures", help="write every failing case here, one paragraph each")
    args = ap.parse_args(argv)

    from extractor import Extractor, ExtractorConfig
    from extractor.app.engines.worker import time_limit
    from extractor.contract import errors

    extractor = Extractor(ExtractorConfig(model="none"))
    cases = generate(args.seed, args.count)
    entries, kinds, failures = Counter(), Counter(), []
    articles = slow = stopped = 0
    worst = (0.0, "")
    started = time.perf_counter()
    for n, case in enumerate(cases, 1):
        entries[case.entry] += 1
        try:
            with time_limit(args.kill_after, case.id):
                outcome = run_case(extractor, case)
        except errors.ExtractionTimeout:
            stopped += 1
            failures.append((case, [f"stopped after {args.kill_after:g} s"], args.kill_after))
            continue
        if outcome.seconds > worst[0]:
            worst = (outcome.seconds, case.id)
        if outcome.seconds > args.slow:
            slow += 1
            failures.append((case, [f"took {outcome.seconds:.1f} s"], outcome.seconds))
        if outcome.problems:
            failures.append((case, list(outcome.problems), outcome.seconds))
        elif outcome.kind:
            kinds[outcome.kind] += 1
        else:
            articles += 1
        if n % 1000 == 0:
            print(f"fuzz: {n}/{len(cases)} cases, {len(failures)} failing, {time.perf_counter() - started:.0f} s",
                  file=sys.stderr, flush=True)
    took = time.perf_counter() - started
    problems = Counter(p.split(":")[0].split(" span")[0] for _, ps, _ in failures for p in ps)
    print(f"seed {args.seed}: {len(cases)} cases ({', '.join(f'{e} {entries[e]}' for e in ENTRIES)}) in {took:.0f} s")
    print(f"  articles (every check passed): {articles}")
    print(f"  documented input errors: {sum(kinds.values())} ({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))})")
    print(f"  failing cases: {len({c.id for c, _, _ in failures})} ({', '.join(f'{k} {v}' for k, v in problems.most_common())})")
    print(f"  over {args.slow:g} s: {slow}; stopped at {args.kill_after:g} s: {stopped}; slowest {worst[0]:.2f} s ({worst[1]})")
    if args.failures:
        with open(args.failures, "w", encoding="utf-8") as fh:
            for case, ps, seconds in failures:
                fh.write(f"{describe(case, 400)}\n  {seconds:.2f} s\n" + "".join(f"  {p}\n" for p in ps) + "\n")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
