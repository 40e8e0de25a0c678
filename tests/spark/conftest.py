"""The Spark tests' shared session: one local[2] SparkSession for the whole run
(the test modules skip themselves where pyspark or pyarrow is not installed)."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

import profile_parser

if TYPE_CHECKING:
    from pyspark.sql import SparkSession


@pytest.fixture(scope="session")
def spark() -> Iterator[SparkSession]:
    # The Python workers run PYSPARK_PYTHON ("python3" on PATH otherwise, which
    # in CI is not the venv's) with the environment the JVM got: make them run
    # this interpreter and find this checkout even when it is not installed.
    from pyspark.sql import SparkSession

    root = str(Path(profile_parser.__file__).resolve().parent.parent)
    with pytest.MonkeyPatch.context() as env:
        path = [root, os.environ.get("PYTHONPATH", "")]
        env.setenv("PYTHONPATH", os.pathsep.join(p for p in path if p))
        env.setenv("PYSPARK_PYTHON", sys.executable)
        session = (
            SparkSession.builder.master("local[2]")
            .appName("profile-parser-tests")
            .config("spark.ui.enabled", "false")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.sql.shuffle.partitions", "2")
            .getOrCreate()
        )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()
