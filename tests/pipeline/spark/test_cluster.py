"""`spark-run` on a standalone cluster started here (master + two workers on 127.0.0.1, separate JVMs).

One run over examples/ (malformed records included) plus renamed copies of the call conversations; while
the redaction stage runs, one executor JVM is killed. Spark must retry its tasks elsewhere, and the
committed outputs must hold every conversation exactly once.
"""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import ExitStack
from pathlib import Path

import pyarrow.parquet as pq
import pytest

pyspark = pytest.importorskip("pyspark")

from tests.conftest import EXAMPLES  # noqa: E402

pytestmark = pytest.mark.slow

SPARK_HOME = str(Path(pyspark.__file__).parent)
COPIES = 6  # renamed copies of examples/call_conversations.jsonl: enough work to kill an executor mid-stage
PARTITIONS = 7  # redaction stage tasks (distinct from the read stage's, one per file shard)
TIMEOUT = 420


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _json(url: str):
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return json.load(response)
    except (OSError, ValueError):
        return None


def _wait(predicate, what: str, timeout: float = TIMEOUT, proc=None, log: Path | None = None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        if proc is not None and proc.poll() is not None:
            pytest.fail(f"the job ended (rc {proc.returncode}) before {what}: "
                        f"{log.read_text()[-2000:] if log else ''}")
        time.sleep(0.5)
    pytest.fail(f"timed out waiting for {what}")


def _spark_class(args, log: Path, env) -> subprocess.Popen:
    return subprocess.Popen([f"{SPARK_HOME}/bin/spark-class", *args], stdout=log.open("wb"),
                            stderr=subprocess.STDOUT, env=env, start_new_session=True)


def _stop(proc: subprocess.Popen) -> None:
    """Stop a JVM we started (by its process group: spark-class execs java in it)."""
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    """(master URL, master UI URL): a master and two workers, ``--cores 1 --memory 1g`` each."""
    root = tmp_path_factory.mktemp("cluster")
    env = {**os.environ, "SPARK_HOME": SPARK_HOME, "SPARK_LOCAL_IP": "127.0.0.1", "PYSPARK_PYTHON": sys.executable}
    env.pop("PII_PIPELINE_KEY", None)  # executors read the key file
    port, ui = _free_port(), _free_port()
    master_url, master_ui = f"spark://127.0.0.1:{port}", f"http://127.0.0.1:{ui}"
    with ExitStack() as stack:
        master = _spark_class(["org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port", str(port),
                               "--webui-port", str(ui)], root / "master.log", env)
        stack.callback(_stop, master)
        _wait(lambda: _json(f"{master_ui}/json/"), "the master", 120)
        for i in range(2):
            worker = _spark_class(["org.apache.spark.deploy.worker.Worker", master_url, "--cores", "1", "--memory",
                                   "1g", "--host", "127.0.0.1", "--webui-port", str(_free_port()),
                                   "--work-dir", str(root / f"work{i}")], root / f"worker{i}.log", env)
            stack.callback(_stop, worker)
        _wait(lambda: len((_json(f"{master_ui}/json/") or {}).get("workers", [])) == 2, "two workers", 120)
        yield master_url, master_ui, env


def _inputs(folder: Path) -> set[str]:
    """examples/ plus renamed copies of the call conversations; returns every valid conversation id."""
    for path in EXAMPLES.iterdir():
        (folder / path.name).write_bytes(path.read_bytes())
    lines = (EXAMPLES / "call_conversations.jsonl").read_text().splitlines()
    with (folder / "copies.jsonl").open("w") as out:
        for copy in range(COPIES):
            for line in lines:
                record = json.loads(line)
                record["conversation_id"] = f"{record['conversation_id']}-copy{copy}"
                out.write(json.dumps(record) + "\n")
    return {json.loads(line)["conversation_id"] for line in (folder / "copies.jsonl").read_text().splitlines()}


def _executor_jvms(app_id: str) -> list[int]:
    """Process ids of the executor JVMs of ``app_id`` (from /proc: full command lines)."""
    pids = []
    for entry in Path("/proc").iterdir():
        try:
            args = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if b"org.apache.spark.executor.CoarseGrainedExecutorBackend" in args and app_id.encode() in args:
            pids.append(int(entry.name))
    return pids


def test_spark_run_on_cluster_survives_killed_executor(tmp_path, cluster, key_file):
    master_url, _, env = cluster
    (tmp_path / "in").mkdir()
    copies = _inputs(tmp_path / "in")
    ui_port = _free_port()
    driver_ui = f"http://127.0.0.1:{ui_port}"
    log = tmp_path / "driver.log"
    cmd = [sys.executable, "-m", "pipeline.cli", "spark-run", "--input", str(tmp_path / "in" / "*"), "--output",
           str(tmp_path / "out"), "--master", master_url, "--key-file", key_file, "--partitions", str(PARTITIONS),
           "--conf", f"spark.ui.port={ui_port}", "--conf", "spark.driver.host=127.0.0.1"]
    with log.open("wb") as handle:
        job = subprocess.Popen(cmd, stdout=handle, stderr=subprocess.STDOUT, env=env)
    try:
        app_id = _wait(lambda: ((_json(f"{driver_ui}/api/v1/applications") or [{}])[0]).get("id"), "the app",
                       proc=job, log=log)

        def redacting():
            stages = _json(f"{driver_ui}/api/v1/applications/{app_id}/stages?status=active") or []
            return any(s["numTasks"] == PARTITIONS and s["numActiveTasks"] > 0 for s in stages)

        _wait(redacting, "the redaction stage", proc=job, log=log)
        executors = [e for e in _json(f"{driver_ui}/api/v1/applications/{app_id}/executors") or []
                     if e["id"] != "driver"]
        assert len(executors) == 2, executors  # one per worker
        victims = _executor_jvms(app_id)
        assert len(victims) == 2
        os.kill(victims[0], signal.SIGKILL)
        assert job.wait(timeout=TIMEOUT) == 0, log.read_text()[-3000:]
    finally:
        if job.poll() is None:
            job.kill()
            job.wait()
    driver_log = log.read_text()
    assert "lost executor" in driver_log.lower()  # the kill hit a running job
    out = tmp_path / "out"
    ids = pq.read_table(out / "training").column("conversation_id").to_pylist()
    assert len(ids) == len(set(ids))  # nothing duplicated
    originals = {json.loads(line)["conversation_id"]
                 for line in (EXAMPLES / "call_conversations.jsonl").read_text().splitlines()}
    assert copies | originals <= set(ids)  # nothing lost
    report = json.loads((out / "report.json").read_text())
    counts = report["counts"]
    assert counts["written"] == len(ids) and counts["dead_lettered"] == 6
    assert counts["read"] == counts["written"] + sum(counts["dropped"].values()) + counts["dead_lettered"]
    audit = pq.read_table(out / "audit").to_pylist()
    keys = [(a["conversation_id"], a["turn_index"], a["start"], a["end"], a["entity_type"]) for a in audit]
    assert len(keys) == len(set(keys)) and sum(report["entities"].values()) == len(audit)
    assert len(pq.read_table(out / "dead_letter")) == 6
