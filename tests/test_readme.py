"""The README's library snippet is executed as written."""
import re

from tests.conftest import REPO


def _python_blocks():
    text = (REPO / "README.md").read_text()
    return re.findall(r"```python\n(.*?)```", text, flags=re.S)


def test_readme_has_library_snippet():
    blocks = _python_blocks()
    assert blocks and "Redactor.from_config()" in blocks[0]


def test_readme_library_snippet_runs(key_env, capsys):
    namespace: dict = {}
    exec(compile(_python_blocks()[0], "README.md", "exec"), namespace)  # noqa: S102 - our own README
    printed = capsys.readouterr().out
    assert "priya" not in printed.lower()  # the sanitized outputs no longer contain the name
    assert "four one five five five five zero one three two" not in printed
    assert "raghunathan" not in printed.lower()


def test_readme_names_both_commands():
    text = (REPO / "README.md").read_text()
    assert "make demo" in text and "make test" in text
    ci = (REPO / ".ci" / "run").read_text()
    assert "make test" in ci
