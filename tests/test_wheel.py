"""The wheel carries the grammar: a plain install into a fresh venv parses a page."""

from __future__ import annotations

import json
import subprocess
import sys
import venv
from pathlib import Path

import pytest
from support import FIXTURES

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
        check=True,
    )
    (built,) = out.glob("profile_parser-*.whl")
    return built


def test_wheel_ships_the_grammar_and_the_vocabulary(wheel: Path) -> None:
    import zipfile

    names = zipfile.ZipFile(wheel).namelist()
    assert "profile_parser/grammars/profile.lark" in names
    assert "profile_parser/data/industries.txt" in names
    assert "profile_parser/py.typed" in names


def test_fresh_venv_with_the_wheel_parses_the_seed_page(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "-q", str(wheel)], check=True)
    page = FIXTURES / "xiaomi.txt"
    # run from a neutral folder so the source checkout cannot be imported by accident
    result = subprocess.run(
        [str(env_dir / "bin" / "profile-parser"), str(page)],
        check=True, capture_output=True, text=True, cwd=tmp_path,
    )
    record = json.loads(result.stdout)
    assert record["name"] == "Xiaomi"
    assert record["recent_deals"][0]["round"] == {"label": "Series B", "code": "series_b"}
    origin = subprocess.run(
        [str(python), "-c", "import profile_parser; print(profile_parser.__file__)"],
        check=True, capture_output=True, text=True, cwd=tmp_path,
    ).stdout
    assert str(env_dir) in origin
