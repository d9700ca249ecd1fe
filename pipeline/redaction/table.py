"""``Redactor.redact_table``: redact a text column of an Arrow table."""
from __future__ import annotations

from typing import Iterable, Protocol, Sequence

import pyarrow as pa

from pipeline.records import RedactedText, Turn
from pipeline.schema import ANNOTATION_TYPE


class TextRedactor(Protocol):
    """What ``redact_arrow_table`` needs of a ``Redactor`` (kept structural: no import back)."""

    def redact_batch(self, texts: Iterable[str]) -> Iterable[RedactedText]: ...

    def redact_conversation(self, turns: Sequence[Turn], *,
                            conversation_id: str | None = None) -> list[RedactedText]: ...


def redact_arrow_table(redactor: TextRedactor, table: pa.Table, text_column: str,
                       conversation_column: str | None, speaker_column: str | None,
                       output_column: str | None) -> pa.Table:
    """See ``Redactor.redact_table``."""
    for name in (text_column, conversation_column, speaker_column):
        if name is not None and name not in table.column_names:
            raise KeyError(f"column {name!r} not in table (columns: {', '.join(table.column_names)})")
    texts = table.column(text_column).to_pylist()
    if any(t is not None and not isinstance(t, str) for t in texts):
        raise TypeError(f"column {text_column!r} must hold strings")
    out_texts: list[str | None] = [None] * len(texts)
    out_entities: list[list[dict] | None] = [None] * len(texts)

    if conversation_column is None:
        rows = [i for i, t in enumerate(texts) if t is not None]
        for i, red in zip(rows, redactor.redact_batch(texts[i] for i in rows)):
            out_texts[i] = None if red.dropped else red.text
            out_entities[i] = _annotations(red)
    else:
        conv_ids = table.column(conversation_column).to_pylist()
        speakers = (table.column(speaker_column).to_pylist() if speaker_column
                    else [""] * len(texts))
        groups: dict[object, list[int]] = {}
        for i, (cid, text) in enumerate(zip(conv_ids, texts)):
            if text is not None:
                groups.setdefault(cid, []).append(i)
        for cid, rows in groups.items():
            turns = [Turn(str(speakers[i] or ""), texts[i]) for i in rows]
            results = redactor.redact_conversation(turns, conversation_id=None if cid is None else str(cid))
            for i, red in zip(rows, results):
                out_texts[i] = None if red.dropped else red.text
                out_entities[i] = _annotations(red)

    target = output_column or text_column
    result = table
    text_array = pa.array(out_texts, type=pa.string())
    if target in result.column_names:
        result = result.set_column(result.column_names.index(target), target, text_array)
    else:
        result = result.append_column(target, text_array)
    entities = pa.array(out_entities, type=pa.list_(ANNOTATION_TYPE))
    if "pii_entities" in result.column_names:
        result = result.drop_columns(["pii_entities"])
    return result.append_column("pii_entities", entities)


def _annotations(red) -> list[dict]:
    return [{"start": a.start, "end": a.end, "entity_type": a.entity_type, "operator": a.operator}
            for a in red.annotations]
