"""Canary test: known personal values, written and spoken, go through the real batch job; no file the
run produced (training, audit, dead letters, report, DEBUG logs) may contain them in any form.

Only a review area (raw by design) is exempt. A canary that detection misses today stays in the table
as an ``xfail`` row naming the recognizer gap: it documents the gap instead of hiding it.
"""
from __future__ import annotations

import contextlib
import json
import logging
import re
from pathlib import Path
from typing import Iterator

import pyarrow.parquet as pq
import pytest

EXEMPT_DIRS = ("review",)  # raw by design (owner-only; see SECURITY.md)

# id, entity type, agent question (or None), customer turn, forms that must not appear anywhere
CANARIES = [
    ("person-chat", "PERSON", None, "Hi, my name is Ottoline Brandtwhistle.", ["Brandtwhistle"]),
    ("person-asr", "PERSON", "who am i speaking with", "yeah this is priyanka raghunathan", ["raghunathan"]),
    ("person-spelled", "PERSON", "could you spell your last name", "sure its g o n z a l e z",
     ["g o n z a l e z"]),
    ("phone-written", "PHONE_NUMBER", None, "You can reach me at (415) 555-0132.", ["555-0132", "4155550132"]),
    ("phone-spoken", "PHONE_NUMBER", "whats the best number to reach you",
     "its six two zero five five five zero one four seven", ["six two zero five five five zero one four seven",
                                                              "6205550147"]),
    ("email-written", "EMAIL_ADDRESS", None, "Email me at otto.brandt77@example.com thanks",
     ["otto.brandt77@example.com", "otto.brandt77"]),
    ("email-spoken", "EMAIL_ADDRESS", "can i have the email on the account",
     "yeah its dmitri dot volkov eighty at gmail dot com", ["dmitri dot volkov eighty", "dmitri.volkov80"]),
    ("card-written", "CREDIT_CARD", None, "My card is 4012 8888 8888 1881 exp 09/27.",
     ["4012 8888 8888 1881", "4012888888881881"]),
    ("card-spoken", "CREDIT_CARD", "can i get the card number",
     "four two four two four two four two four two four two four two four two",
     ["four two four two four two four two four two four two four two four two", "4242424242424242"]),
    ("ssn-written", "US_SSN", None, "SSN is 987-65-4323.", ["987-65-4323", "987654323"]),
    ("ssn-spoken", "US_SSN", "can i get your social security number",
     "nine eight seven six five four three two five", ["nine eight seven six five four three two five",
                                                       "987654325"]),
    ("dob-written", "DATE_OF_BIRTH", None, "My date of birth is 14/02/1988.", ["14/02/1988"]),
    ("dob-spoken", "DATE_OF_BIRTH", "and your date of birth", "march third nineteen eighty five",
     ["march third nineteen eighty five"]),
    ("address-written", "STREET_ADDRESS", None, "Ship it to 1234 Wisteria Lane please.", ["1234 Wisteria Lane"]),
    ("address-spoken", "STREET_ADDRESS", "whats the street address",
     "its twelve thirty four wisteria lane", ["thirty four wisteria lane"]),
    ("zip-written", "ZIP_CODE", None, "The zip code is 94107.", ["94107"]),
    ("zip-spoken", "ZIP_CODE", "and the zip code", "nine four one oh seven", ["nine four one oh seven", "94107"]),
    ("account-written", "ACCOUNT_NUMBER", None, "My account number is 88342291077.", ["88342291077"]),
    ("account-spoken", "ACCOUNT_NUMBER", "thank you and the account number",
     "its seven seven three one nine two eight four six", ["seven seven three one nine two eight four six",
                                                           "773192846"]),
    ("auth-written", "AUTH_CODE", None, "The one-time code you sent is 482913.", ["482913"]),
    ("auth-spoken", "AUTH_CODE", "can you read me the six digit code", "sure its five one nine three eight two",
     ["five one nine three eight two", "519382"]),
    ("iban-written", "IBAN_CODE", None, "IBAN: IE29 AIBK 9311 5212 3456 78", ["IE29 AIBK 9311 5212 3456 78",
                                                                             "IE29AIBK93115212345678"]),
    ("ip-written", "IP_ADDRESS", None, "My router IP is 203.0.113.42.", ["203.0.113.42"]),
    ("ip-spoken", "IP_ADDRESS", "whats the ip address it shows",
     "two oh three dot oh dot one one three dot nine nine", ["203.0.113.99", "one one three dot nine nine"]),
]
# Known detection gaps measured on this tree: (id) -> reason. Remove a row when its recognizer lands.
KNOWN_GAPS: dict[str, str] = {
    # Filled from measurement; empty today. The three gaps measured at first (an auth code whose cue word is
    # not adjacent, a spoken auth code answering the agent, "oh" for zero in a spoken IP) were closed by the
    # recognizer work on this tree. Add "id": "reason" here for any canary a recognizer change breaks.
}
DEAD_LETTER_CANARY = "Wilhelmina Quarterbridge"  # only inside a malformed record


def _turns(question, answer):
    turns = [{"speaker": "agent", "text": question}] if question else []
    return turns + [{"speaker": "customer", "text": answer}]


def _forms(form: str) -> set[str]:
    out = {form, form.lower()}
    digits = re.sub(r"\D", "", form)
    if len(digits) >= 5 and not any(c.isalpha() for c in form):
        out.add(digits)
    return out


@contextlib.contextmanager
def debug_log_to(path: Path) -> Iterator[None]:
    """Capture every log record at DEBUG level into ``path`` while the block runs."""
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setLevel(logging.DEBUG)
    logger = logging.getLogger()
    old_level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(old_level)
        handler.close()


def produced_texts(root: Path, input_name: str) -> dict[str, str]:
    """Text of every file under ``root`` a run produced (all but the input), review areas excepted."""
    texts = {}
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        exempt = len(rel.parts) > 1 and rel.parts[1] in EXEMPT_DIRS
        if path.is_file() and rel.parts[0] != input_name and not exempt:
            texts[str(rel)] = _file_text(path)
    return texts


def _file_text(path: Path) -> str:
    if path.suffix == ".parquet":
        table = pq.read_table(path)
        meta = pq.read_metadata(path).metadata or {}
        return json.dumps(table.to_pylist(), ensure_ascii=False, default=str) + repr(meta)
    return path.read_bytes().decode("utf-8", "replace")


@pytest.fixture(scope="module")
def canary_run(tmp_path_factory, default_config, test_key):
    from pipeline.beam.batch import run_batch

    root = tmp_path_factory.mktemp("canary")
    lines = [json.dumps({"conversation_id": f"canary-{cid}", "customer_id": f"cust-{cid}",
                         "channel": "chat" if answer[:1].isupper() else "voice",
                         "turns": _turns(question, answer)})
             for cid, _, question, answer, _ in CANARIES]
    lines.append(json.dumps({"conversation_id": "canary-dead", "turns": f"customer: {DEAD_LETTER_CANARY}"}))
    (root / "in.jsonl").write_text("\n".join(lines) + "\n")
    with debug_log_to(root / "run.log"):
        report = run_batch([str(root / "in.jsonl")], str(root / "out"), default_config, test_key, verify=True)
    return report, produced_texts(root, "in.jsonl")


def test_canary_run_produced_every_output(canary_run):
    report, texts = canary_run
    assert report["counts"]["written"] == len(CANARIES) and report["counts"]["dead_lettered"] == 1
    names = " ".join(texts)
    for part in ("training", "audit", "dead_letter", "report.json", "run.log"):
        assert part in names
    assert len(texts["run.log"]) > 1000  # DEBUG logging really was captured


def test_canary_dead_letter_value_never_leaks(canary_run):
    _, texts = canary_run
    for name, text in texts.items():
        for form in _forms(DEAD_LETTER_CANARY):
            assert form not in text, f"dead-lettered canary found in {name}"


@pytest.mark.parametrize("cid,etype,question,answer,forms", [
    pytest.param(*row, marks=pytest.mark.xfail(reason=KNOWN_GAPS[row[0]], strict=False))
    if row[0] in KNOWN_GAPS else row for row in CANARIES], ids=[row[0] for row in CANARIES])
def test_canary_value_absent_from_every_output(canary_run, cid, etype, question, answer, forms):
    _, texts = canary_run
    leaks = sorted({name for name, text in texts.items()
                    for form in forms for variant in _forms(form) if variant in text})
    assert not leaks, f"{etype} canary {cid} found in {leaks}"


def test_canary_verification_reports_counts_only(canary_run):
    report, texts = canary_run
    verification = report["verification"]
    assert verification["checked_messages"] >= len(CANARIES)
    assert set(verification) == {"suspected", "checked_messages", "suspected_messages", "conversation_ids"}
    assert all(isinstance(v, int) for v in verification["suspected"].values())
