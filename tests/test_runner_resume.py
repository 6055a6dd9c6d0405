"""Runs are idempotent and resumable on both backends: kill -9 midway, run again, compare."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from store_fakes import FakeReader, write_corpus

from marsad.runner import RunOptions, run
from marsad.store import open_store

TESTS = Path(__file__).resolve().parent
N = 240


def _documents(url: str) -> int:
    store = open_store(url)
    try:
        return store.counts()["documents"]
    finally:
        store.close()


def test_kill_9_midway_then_rerun_loses_and_doubles_nothing(store_url: str, tmp_path: Path) -> None:
    source = str(tmp_path / "corpus.jsonl")
    write_corpus(source, N)
    _documents(store_url)  # create the schema before the child and this test poll it
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(TESTS), *sys.path])}
    child = subprocess.Popen([sys.executable, str(TESTS / "store_fakes.py"), source, store_url, "2"],
                             env=env, start_new_session=True)
    deadline = time.monotonic() + 60
    while _documents(store_url) < 40:
        assert child.poll() is None, "the run ended before it could be killed"
        assert time.monotonic() < deadline, "the run stored nothing in 60 s"
        time.sleep(0.05)
    os.killpg(child.pid, signal.SIGKILL)  # the parent and its workers, as kill -9 of the job
    child.wait()
    assert child.returncode == -signal.SIGKILL
    kept = _documents(store_url)
    assert 40 <= kept < N, "the kill must land in the middle of the run"

    summary = run([source], store_url, RunOptions(workers=2, chunk_size=4),
                  reader_factory=FakeReader)
    assert (summary.stored, summary.unchanged, summary.rejected) == (N - kept, kept, [])

    store = open_store(store_url)
    counts = store.counts()
    assert counts["documents"] == N and counts["events"] == N
    assert counts["mentions"] == N and counts["evidence"] == 5 * N  # trigger, actor1, place, date, fatalities
    ids = [c["document"]["input_id"] for c in store.iter_contracts()]
    assert sorted(ids) == sorted(f"doc-{n}" for n in range(N))
    statuses = [r["status"] for r in store.runs()]
    assert statuses == ["interrupted", "finished"]
    store.close()


def test_second_run_adds_nothing(store_url: str, tmp_path: Path) -> None:
    source = str(tmp_path / "corpus.jsonl")
    write_corpus(source, 30)
    first = run([source], store_url, RunOptions(workers=2, chunk_size=4), reader_factory=FakeReader)
    assert (first.inputs, first.stored, first.events) == (30, 30, 30)
    store = open_store(store_url)
    before = store.counts()
    store.close()
    second = run([source], store_url, RunOptions(workers=1), reader_factory=FakeReader)
    assert (second.inputs, second.stored, second.unchanged, second.exit_code) == (30, 0, 30, 0)
    store = open_store(store_url)
    after = store.counts()
    store.close()
    assert {k: v for k, v in after.items() if k != "runs"} == {
        k: v for k, v in before.items() if k != "runs"}
    assert after["runs"] == before["runs"] + 1


def test_same_text_twice_in_one_run_is_one_document_and_one_duplicate(
        store_url: str, tmp_path: Path) -> None:
    source = tmp_path / "corpus.jsonl"
    write_corpus(str(source), 3)
    lines = source.read_bytes().splitlines(keepends=True)
    source.write_bytes(b"".join([*lines, lines[1].replace(b'"doc-1"', b'"doc-1-repost"')]))
    summary = run([str(source)], store_url, RunOptions(workers=1), reader_factory=FakeReader)
    assert (summary.inputs, summary.stored) == (4, 3)
    assert [(p, r.reason) for p, r in summary.rejected] == [(4, "duplicate")]
