"""Reference dump of detection and redaction on every benchmark set, for "no change in behaviour" checks.

Usage::

    PII_PIPELINE_KEY=<64 hex> .venv/bin/python -m benchmarks.reference_dump --out /tmp/ref-before
    ... change the code ...
    PII_PIPELINE_KEY=<same> .venv/bin/python -m benchmarks.reference_dump --out /tmp/ref-after
    diff -r /tmp/ref-before /tmp/ref-after          # empty when behaviour is unchanged

Writes one JSONL per data set (findings of ``detect`` and text + findings of ``redact`` /
``redact_conversation``) and the batch job's training, audit and dead-letter tables on examples/
(rows sorted, as JSON), plus ``SHA256SUMS``. The dump holds sanitized and original-derived text: keep it
on the local machine, never commit it.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import tempfile
from pathlib import Path

import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
FLAT_SETS = ("fairness_dev", "fairness_dev_b")
SHARED_FLAT = ("presidio_synth_dev", "slurp_devel")
CONVERSATION_SETS = ("conversations_dev", "conversations_dev_b")


def _findings(findings) -> list:
    return [[f.start, f.end, f.entity_type, round(f.score, 6), f.recognizer] for f in findings]


def _read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _dump_flat(redactor, texts: list[str], out) -> None:
    for text, red in zip(texts, redactor.redact_batch(texts)):
        out.write(json.dumps({"detect": _findings(redactor.detect(text)), "text": red.text,
                              "findings": _findings(red.findings)}) + "\n")


def _dump_conversations(redactor, conversations: list[list[dict]], out) -> None:
    for turns in conversations:
        turns = [{"speaker": t["speaker"], "text": t["text"]} for t in turns]
        results = redactor.redact_conversation(turns)
        out.write(json.dumps([[r.text, _findings(r.findings)] for r in results]) + "\n")


def _dump_batch_job(out_dir: Path) -> None:
    from pipeline.cli import main

    with tempfile.TemporaryDirectory() as tmp:
        job_out = Path(tmp) / "job"
        code = main(["run", "--input", str(ROOT / "examples" / "*"), "--output", str(job_out)])
        (out_dir / "batch_exit_code.txt").write_text(f"{code}\n")
        for table_name in ("training", "audit", "dead_letter"):
            folder = job_out / table_name
            rows = []
            schemas = set()
            for part in sorted(folder.glob("*.parquet")):
                table = pq.read_table(part)
                schemas.add(str(table.schema))
                rows.extend(json.dumps(r, sort_keys=True, default=str) for r in table.to_pylist())
            (out_dir / f"batch_{table_name}.jsonl").write_text("\n".join(sorted(rows)) + "\n")
            (out_dir / f"batch_{table_name}.schema.txt").write_text("\n---\n".join(sorted(schemas)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True, type=Path, help="folder for the dump (created)")
    parser.add_argument("--skip-job", action="store_true", help="skip the batch job on examples/")
    args = parser.parse_args(argv)
    if not os.environ.get("PII_PIPELINE_KEY"):
        parser.error("set PII_PIPELINE_KEY to a fixed key so pseudonyms are comparable")
    from pipeline import Redactor

    args.out.mkdir(parents=True, exist_ok=True)
    redactor = Redactor.from_config()
    for name in FLAT_SETS:
        with (args.out / f"{name}.jsonl").open("w") as out:
            _dump_flat(redactor, [r["text"] for r in _read_jsonl(ROOT / "benchmarks" / "data" / f"{name}.jsonl")], out)
    for name in SHARED_FLAT:
        with (args.out / f"{name}.jsonl").open("w") as out:
            _dump_flat(redactor, [r["text"] for r in _read_jsonl(SHARED / f"{name}.jsonl")], out)
    for name in CONVERSATION_SETS:
        with (args.out / f"{name}.jsonl").open("w") as out:
            _dump_conversations(redactor, [r["turns"] for r in _read_jsonl(ROOT / "benchmarks" / "data" / f"{name}.jsonl")], out)
    with (args.out / "evi_spoken_dev.jsonl").open("w") as out:
        _dump_conversations(redactor, [r["turns"] for r in _read_jsonl(SHARED / "evi_spoken_dev.jsonl")], out)
    if not args.skip_job:
        _dump_batch_job(args.out)
    sums = [f"{hashlib.sha256(p.read_bytes()).hexdigest()}  {p.name}"
            for p in sorted(args.out.iterdir()) if p.name != "SHA256SUMS"]
    (args.out / "SHA256SUMS").write_text("\n".join(sums) + "\n")
    print("\n".join(sums))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
