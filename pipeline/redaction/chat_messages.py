"""Shape a conversation's training ``messages`` for chat templates (``output.chat``).

Templates such as Llama 2's or Mistral's reject a conversation whose roles do not alternate user /
assistant after an optional system message. Contact-centre conversations often open with the agent
and have several turns in a row from one side. Each step here is off by default and keeps entity
annotations pointing at the same characters of the sanitized text.
"""
from __future__ import annotations

from typing import Sequence

from pipeline.config.interop import ChatConfig

SYSTEM, USER, ASSISTANT = "system", "user", "assistant"
MERGE_SEPARATOR = "\n"  # between the contents of merged consecutive messages


def shape_messages(messages: Sequence[dict], entities: Sequence[dict], chat: ChatConfig
                   ) -> tuple[list[dict], list[dict]]:
    """``messages`` (``role``, ``content``) and their ``entities`` (``message_index``, ``start``, ``end``,
    ...) after merging consecutive same-role messages and adding the configured opening messages.

    Entities of a merged message move by the length of the content (and separators) before theirs;
    every entity's ``message_index`` follows its message.
    """
    shaped: list[dict] = []
    moved: list[tuple[int, int]] = []  # per input message: (new index, offset added to its entities)
    for message in messages:
        last = shaped[-1] if shaped else None
        if chat.merge_consecutive_turns and last is not None and last["role"] == message["role"]:
            offset = len(last["content"]) + len(MERGE_SEPARATOR)
            last["content"] = last["content"] + MERGE_SEPARATOR + message["content"]
            moved.append((len(shaped) - 1, offset))
        else:
            shaped.append(dict(message))
            moved.append((len(shaped) - 1, 0))
    prefix: list[dict] = []
    if chat.system_message is not None:
        prefix.append({"role": SYSTEM, "content": chat.system_message})
    if chat.opening_user_message is not None and shaped and shaped[0]["role"] == ASSISTANT:
        prefix.append({"role": USER, "content": chat.opening_user_message})
    shifted = [{**e, "message_index": moved[e["message_index"]][0] + len(prefix),
                "start": e["start"] + moved[e["message_index"]][1],
                "end": e["end"] + moved[e["message_index"]][1]} for e in entities]
    return prefix + shaped, shifted
