"""examples/spark_job.py reruns: an existing output gets a one-line message naming
--overwrite (exit 2, no traceback); --overwrite replaces it."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

pytest.importorskip("pyspark")
pytest.importorskip("pyarrow")

from pyspark.sql import SparkSession
from support import FIXTURES

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "spark_job.py"


def _job() -> ModuleType:
    spec = importlib.util.spec_from_file_location("spark_job", EXAMPLE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_rerun_names_overwrite_instead_of_a_traceback(
        spark: SparkSession, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    job = _job()
    source = tmp_path / "dumps"
    source.mkdir()
    (source / "xiaomi.txt").write_bytes((FIXTURES / "xiaomi.txt").read_bytes())
    out = str(tmp_path / "out")
    args = [str(source), out, "--partitions", "0"]
    assert job.main(args, spark=spark) == 0
    first = spark.read.parquet(out).collect()
    assert [(r.status, r.country, r.profile.name) for r in first] == [("ok", "CN", "Xiaomi")]
    assert first[0].profile_id is not None
    capsys.readouterr()

    assert job.main(args, spark=spark) == 2
    err = capsys.readouterr().err
    assert err == f"spark_job: error: {out} already exists; give --overwrite to replace it\n"

    assert job.main([*args, "--overwrite"], spark=spark) == 0
    assert spark.read.parquet(out).count() == 1
