"""Importing and using the library changes no process-wide state (tldextract, loggers, csv, os.environ)."""
from __future__ import annotations

import json
import subprocess
import sys
import textwrap

SNAPSHOT = textwrap.dedent("""
    import csv, logging, os
    import tldextract.tldextract as tld

    def snapshot():
        return {"tld_extractor": id(tld.TLD_EXTRACTOR),
                "tld_urls": list(tld.TLD_EXTRACTOR.suffix_list_urls),
                "presidio_level": logging.getLogger("presidio-analyzer").level,
                "root_level": logging.getLogger().level,
                "csv_limit": csv.field_size_limit(),
                "environ": dict(os.environ)}
""")

SCRIPT = SNAPSHOT + textwrap.dedent("""
    import io, json, sys
    before = snapshot()
    import pipeline
    import pipeline.beam
    from pipeline import Redactor
    from pipeline.config import load_config
    from pipeline.privacy.keys import parse_key_text
    redactor = Redactor(load_config(None), key=parse_key_text("ab" * 32, source="t"))
    redactor.redact("my email is ann@example.com, call 415-555-0132")
    from pipeline.io.readers import read_records
    csv_path = sys.argv[1]
    records = list(read_records(csv_path))
    assert records and records[0].payload is not None, records  # a field above the default limit was read
    from pipeline.beam.options import beam_options, worker_allocator_env
    beam_options([])
    with worker_allocator_env([]):
        pass
    from pipeline.reporting.verify import ResidualLeakChecker
    ResidualLeakChecker(load_config(None)).findings("mail ann@example.com")
    after = snapshot()
    print(json.dumps({"before": before, "after": after}))
""")


def test_import_and_use_leave_globals_unchanged(tmp_path):
    big = tmp_path / "big.csv"
    big.write_text("conversation_id,text\nc1," + "x" * 200_000 + "\n")
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(big)], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    result = json.loads(out.stdout.strip().splitlines()[-1])
    before, after = result["before"], result["after"]
    for name in ("tld_extractor", "tld_urls", "presidio_level", "root_level", "csv_limit"):
        assert after[name] == before[name], name
    assert after["environ"] == before["environ"]
