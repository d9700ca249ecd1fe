"""The training Parquet loads with no glue in pyarrow, pandas, polars, DuckDB and Hugging Face ``datasets``
(offline), for both layouts; ``output.chat`` makes roles alternate as chat templates require."""
from __future__ import annotations

import copy
import json
import os

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from jinja2.exceptions import TemplateError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from pipeline.redaction.chat_messages import shape_messages
from pipeline.config.interop import ChatConfig
from pipeline.redaction.process import OUTCOME_WRITTEN, process_batch, training_rows
from pipeline.records import Conversation, Turn
from pipeline.schema import METADATA_TYPE, SCHEMA_VERSION, training_schema

CONVERSATIONS = [
    Conversation("load-1", (Turn("agent", "Thanks for calling, who am I speaking with?"),
                            Turn("customer", "This is Maria Lopez."),
                            Turn("customer", "My number is 415 555 0132.")),
                 customer_id="c-1", channel="voice", language="en",
                 metadata={"queue": "billing", "csat": "5", "agent_team": "emea"}),
    Conversation("load-2", (Turn("customer", "Hi, my email is maria@example.com"),
                            Turn("agent", "Thanks, I have updated it.")), channel="chat"),
]
ALLOWED = {"load-1": {"queue": "billing", "csat": "5"}, "load-2": {}}


def _configured(redactor, **chat):
    r = copy.copy(redactor)
    output = redactor.config.output.model_copy(update={"chat": ChatConfig(**chat)})
    r.config = redactor.config.model_copy(update={"output": output})
    return r


def _write_training(redactor, layout: str, path, schema: pa.Schema | None = None) -> str:
    """Training rows as the batch job makes them (``process_batch`` + ``training_rows``), one part file."""
    rows = []
    for processed in process_batch(redactor, CONVERSATIONS):
        assert processed.outcome == OUTCOME_WRITTEN
        rows.extend(training_rows(processed, redactor, layout, "test"))
    part = path / "part-00000-of-00001.parquet"
    pq.write_table(pa.Table.from_pylist(rows, schema=schema or training_schema(layout)), part)
    return str(part)


def _pyarrow(path, _cache):
    return pq.read_table(path).to_pylist()


def _pandas(path, _cache):
    import pandas as pd

    return pd.read_parquet(path).to_dict("records")


def _polars(path, _cache):
    import polars as pl

    return pl.read_parquet(path).to_dicts()


def _duckdb(path, _cache):
    import duckdb

    with duckdb.connect() as con:
        cursor = con.execute("SELECT * FROM read_parquet(?)", [path])
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]


def _datasets(path, cache):
    os.environ["HF_DATASETS_OFFLINE"] = "1"  # read before datasets is imported: no hub access
    import datasets

    assert datasets.config.HF_HUB_OFFLINE or datasets.config.HF_DATASETS_OFFLINE
    dataset = datasets.load_dataset("parquet", data_files=path, split="train", cache_dir=str(cache))
    return list(dataset)


LOADERS = {"pyarrow": _pyarrow, "pandas": _pandas, "polars": _polars, "duckdb": _duckdb, "datasets": _datasets}


@pytest.mark.parametrize("layout", ["conversation", "utterance"])
@pytest.mark.parametrize("loader", sorted(LOADERS))
def test_training_parquet_loads_in(redactor, tmp_path, loader, layout):
    path = _write_training(redactor, layout, tmp_path)
    expected = pq.read_table(path).to_pylist()
    rows = LOADERS[loader](path, tmp_path / "cache")
    assert len(rows) == len(expected) > 0
    for row, want in zip(rows, expected):
        assert row["conversation_id"] == want["conversation_id"]
        assert json.loads(row["metadata"]) == ALLOWED[row["conversation_id"]]
        if layout == "conversation":
            got = [(m["role"], m["content"]) for m in row["messages"]]
            assert got == [(m["role"], m["content"]) for m in want["messages"]]
            assert [e["message_index"] for e in row["entities"]] == [e["message_index"] for e in want["entities"]]
        else:
            assert (row["role"], row["content"]) == (want["role"], want["content"])


def test_training_schema_metadata_is_json_text_in_version_2():
    assert METADATA_TYPE == pa.string() and SCHEMA_VERSION == "2"
    for layout in ("conversation", "utterance"):
        schema = training_schema(layout)
        assert schema.field("metadata").type == pa.string()
        assert schema.metadata[b"pii_pipeline.schema_version"] == b"2"


def test_datasets_rejects_the_old_map_metadata(redactor, tmp_path):
    """The failure issue 16 reported, reproduced with the real library: a map column does not load."""
    old = training_schema("conversation")
    old = old.set(old.get_field_index("metadata"), pa.field("metadata", pa.map_(pa.string(), pa.string())))
    rows = [{**row, "metadata": list(json.loads(row["metadata"]).items())}
            for row in pq.read_table(_write_training(redactor, "conversation", tmp_path)).to_pylist()]
    part = tmp_path / "old.parquet"
    pq.write_table(pa.Table.from_pylist(rows, schema=old), part)
    with pytest.raises(ValueError, match="does not have a datasets dtype equivalent"):
        _datasets(str(part), tmp_path / "cache")


# A chat template in the style of Llama 2 / Mistral: optional system message first, then user and
# assistant strictly alternating, user first. Rendered the way transformers renders chat templates
# (an immutable sandbox with ``raise_exception``).
ALTERNATING_TEMPLATE = (
    "{% if messages[0]['role'] == 'system' %}{% set loop_messages = messages[1:] %}"
    "{% else %}{% set loop_messages = messages %}{% endif %}"
    "{% for message in loop_messages %}"
    "{% if (message['role'] == 'user') != (loop.index0 % 2 == 0) %}"
    "{{ raise_exception('Conversation roles must alternate user/assistant/user/assistant/...') }}{% endif %}"
    "[{{ message['role'] }}] {{ message['content'] }}\n{% endfor %}"
)


def _render(messages: list[dict]) -> str:
    def raise_exception(message):
        raise TemplateError(message)

    env = ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True)
    env.globals["raise_exception"] = raise_exception
    return env.from_string(ALTERNATING_TEMPLATE).render(messages=messages)


@pytest.mark.parametrize("chat, renders", [
    ({}, {"load-1": False, "load-2": True}),  # agent first + two customer turns in a row
    ({"merge_consecutive_turns": True}, {"load-1": False, "load-2": True}),
    ({"opening_user_message": "[call connected]"}, {"load-1": False, "load-2": True}),
    ({"merge_consecutive_turns": True, "opening_user_message": "[call connected]"}, {"load-1": True, "load-2": True}),
    ({"merge_consecutive_turns": True, "opening_user_message": "[call connected]",
      "system_message": "You are a support agent."}, {"load-1": True, "load-2": True}),
])
def test_chat_options_make_roles_alternate(redactor, chat, renders):
    r = _configured(redactor, **chat)
    for processed in process_batch(r, CONVERSATIONS):
        [row] = training_rows(processed, r, "conversation", "test")
        cid = row["conversation_id"]
        if renders[cid]:
            assert _render(row["messages"]).startswith("[user] ")
        else:
            with pytest.raises(TemplateError, match="must alternate"):
                _render(row["messages"])
        if "system_message" in chat:
            assert row["messages"][0] == {"role": "system", "content": chat["system_message"]}


def _shape_case(**chat):
    messages = [{"role": "assistant", "content": "Who is calling?"}, {"role": "user", "content": "Maria."},
                {"role": "user", "content": "Call 555 0132."}, {"role": "assistant", "content": "Thanks."}]
    entities = [{"message_index": 1, "start": 0, "end": 5, "entity_type": "PERSON", "operator": "tag"},
                {"message_index": 2, "start": 5, "end": 13, "entity_type": "PHONE_NUMBER", "operator": "tag"}]
    return messages, entities, ChatConfig(**chat)


@pytest.mark.parametrize("chat, roles, indexes", [
    ({}, ["assistant", "user", "user", "assistant"], [1, 2]),
    ({"merge_consecutive_turns": True}, ["assistant", "user", "assistant"], [1, 1]),
    ({"system_message": "s"}, ["system", "assistant", "user", "user", "assistant"], [2, 3]),
    ({"merge_consecutive_turns": True, "system_message": "s", "opening_user_message": "hi"},
     ["system", "user", "assistant", "user", "assistant"], [3, 3]),
])
def test_shape_messages_keeps_entities_on_their_characters(chat, roles, indexes):
    messages, entities, config = _shape_case(**chat)
    surfaces = [messages[e["message_index"]]["content"][e["start"]:e["end"]] for e in entities]
    shaped, moved = shape_messages(messages, entities, config)
    assert [m["role"] for m in shaped] == roles
    assert [e["message_index"] for e in moved] == indexes
    assert [shaped[e["message_index"]]["content"][e["start"]:e["end"]] for e in moved] == surfaces
    assert messages == _shape_case()[0]  # inputs untouched
