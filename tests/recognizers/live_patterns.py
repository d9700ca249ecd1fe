"""Every compiled str pattern our modules hold (module globals, class attributes, containers and the objects that
wrap a pattern, a few levels deep): ``gc.get_objects`` misses those a frozen heap keeps (``gc.freeze``)."""
from __future__ import annotations

import re
import sys


def live_patterns() -> list[re.Pattern[str]]:
    from recognizers.base import registered_names
    import pipeline.detection.conversation  # noqa: F401  (its steps' patterns)
    import pipeline.redaction.redactor  # noqa: F401
    registered_names(include_opt_in=True)  # (imports every recognizer module)
    found: dict[int, re.Pattern[str]] = {}
    seen: set[int] = set()

    def walk(obj, depth: int) -> None:
        if isinstance(obj, re.Pattern):
            if isinstance(obj.pattern, str):
                found.setdefault(id(obj), obj)
            return
        if depth > 4 or id(obj) in seen or isinstance(obj, (str, bytes, int, float, bool, type(None), type(sys))):
            return
        seen.add(id(obj))
        if isinstance(obj, dict):
            values = list(obj.values()) + list(obj.keys())
        elif isinstance(obj, (list, tuple, set, frozenset)):
            values = list(obj)
        elif not _ours(obj if isinstance(obj, type) else type(obj)):
            return  # (another library's objects)
        elif isinstance(obj, type):
            values = list(vars(obj).values())
        else:
            values = [getattr(obj, name, None) for name in getattr(type(obj), "__slots__", ())]
            values += list(vars(obj).values()) if hasattr(type(obj), "__dict__") and hasattr(obj, "__dict__") else []
        for value in values[:5000]:
            walk(value, depth + 1)

    for name, module in list(sys.modules.items()):
        if name.split(".")[0] in ("recognizers", "pipeline"):
            for value in list(vars(module).values()):
                walk(value, 0)
    return list(found.values())


def _ours(cls: type) -> bool:
    return cls.__module__.split(".")[0] in ("recognizers", "pipeline")
