"""Context sweep: how often a name no lexicon holds leaks, context by context (development data).

Each context of ``benchmarks/data/context_sweep.txt`` ("{G}" a given name, "{G2}" a second one, "{S}" a surname; a
line starting "C|" is typed chat with cased names, any other line lower-case speech; "\\n" a line break) is filled
with ``--per-context`` names drawn (seeded) from the dev splits' name files that ``recognizers/data/names.tsv`` does
not hold, and each text is redacted alone with the default policy. A name leaks when any identifying unit of it
survives in the sanitized text (``benchmarks.scoring.entity_leak``). The contexts are tuned on: a context that
leaks shows a form no rule reads yet; the frozen splits say whether a rule written for it generalizes.

    python -m benchmarks.context_sweep [--per-context 16] [--out-dir benchmarks/results]
"""
from __future__ import annotations

import argparse
import json
import random
from dataclasses import dataclass
from pathlib import Path

from benchmarks.accuracy import DATA_DIR, DEFAULT_OURS_FACTORY, build_ours
from benchmarks.provenance import commit_line, git_commit
from benchmarks.scoring import entity_leak
from recognizers.names.lexicon import DATA_DIR as LEXICON_DIR

CONTEXTS = DATA_DIR / "context_sweep.txt"
NAME_SPLITS = ("dev_ai", "dev_aj", "dev_ak", "dev_al", "dev_am")  # the names the stop-44 sweeps were run with
CHAT = "C|"


@dataclass(frozen=True)
class Probe:
    context: str
    text: str
    name: str


def unlisted_names(splits: tuple[str, ...] = NAME_SPLITS) -> tuple[list[str], list[str]]:
    """(given names, surnames) of one word, three letters or more, from the splits' name files, none of them in
    the name lexicon."""
    listed = {line.split("\t", 1)[0].lower() for line in (LEXICON_DIR / "names.tsv").read_text(encoding="utf-8").splitlines()}
    given, surnames = set(), set()
    for split in splits:
        for group in json.loads((DATA_DIR / f"{split}_names.json").read_text(encoding="utf-8")).values():
            for field, values in group.items():
                for name in values if isinstance(values, list) else ():
                    if isinstance(name, str) and name.isalpha() and len(name) >= 3 and name.lower() not in listed:
                        (surnames if "surname" in field else given).add(name)
    return sorted(given), sorted(surnames)


def read_contexts(path: Path = CONTEXTS) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]


def probes(contexts: list[str], given: list[str], surnames: list[str], per_context: int, seed: int) -> list[Probe]:
    """Each context filled ``per_context`` times; the name is what its placeholders hold, in their order."""
    rng = random.Random(seed)
    out = []
    for context in contexts:
        chat = context.startswith(CHAT)
        body = (context[len(CHAT):] if chat else context).replace("\\n", "\n")
        for _ in range(per_context):
            parts = {"{G}": rng.choice(given), "{G2}": rng.choice(given), "{S}": rng.choice(surnames)}
            if not chat:
                parts = {k: v.lower() for k, v in parts.items()}
            text = body.replace("{G2}", parts["{G2}"]).replace("{G}", parts["{G}"]).replace("{S}", parts["{S}"])
            name = " ".join(v for k, v in parts.items() if k in context)
            out.append(Probe(context, text, name))
    return out


def sweep(per_context: int = 16, seed: int = 5, contexts: list[str] | None = None) -> dict[str, list[int]]:
    """context -> [names tried, names leaked]."""
    given, surnames = unlisted_names()
    tried = probes(contexts if contexts is not None else read_contexts(), given, surnames, per_context, seed)
    results = build_ours(DEFAULT_OURS_FACTORY).redact_batch([p.text for p in tried])
    counts: dict[str, list[int]] = {}
    for probe, result in zip(tried, results):
        count = counts.setdefault(probe.context, [0, 0])
        count[0] += 1
        count[1] += entity_leak(probe.name, "PERSON", result.text).leaked
    return counts


def markdown(counts: dict[str, list[int]], provenance: dict[str, object]) -> str:
    total, leaked = sum(c[0] for c in counts.values()), sum(c[1] for c in counts.values())
    rows = sorted(counts.items(), key=lambda kv: (-kv[1][1], kv[0]))
    return "\n".join([
        "# Context sweep: unlisted names per context (development data)", "", commit_line(provenance), "",
        f"Leaked {leaked} of {total} names ({100 * leaked / max(total, 1):.1f} %) in {len(counts)} contexts.", "",
        "| leaked | tried | context |", "|---|---|---|",
        *(f"| {c[1]} | {c[0]} | `{context}` |" for context, c in rows), ""])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--per-context", type=int, default=16)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--out-dir", type=Path, help="write context_sweep.md / .json here")
    args = parser.parse_args(argv)
    provenance = git_commit()
    counts = sweep(args.per_context, args.seed)
    report = markdown(counts, provenance)
    print(report)
    if args.out_dir:
        args.out_dir.mkdir(parents=True, exist_ok=True)
        (args.out_dir / "context_sweep.md").write_text(report, encoding="utf-8")
        (args.out_dir / "context_sweep.json").write_text(json.dumps({**provenance, "counts": counts}, indent=1),
                                                          encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
