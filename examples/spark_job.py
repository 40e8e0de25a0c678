"""Parse a folder of page files and dumps on Spark; write partitioned Parquet.

Every page becomes one row: ``source`` (file, page index, first line),
``profile_id`` (the page's stable key, the same as the command line's),
``profile`` (the typed struct of ``profile_parser.spark.spark_schema()``) and
``parse_error`` (null, or why the page could not be read). Rows are written
under ``OUTPUT/status=ok|error/country=<ISO code of the investor>/``. An
existing OUTPUT is refused (one line naming ``--overwrite``), never half-replaced.

Locally (the extra installed: ``pip install 'profile-parser[spark]'``)::

    PYSPARK_PYTHON="$(command -v python)" python examples/spark_job.py \\
        --master 'local[2]' dumps/ out/profiles

On a cluster, see docs/spark.md::

    spark-submit --master yarn --deploy-mode cluster examples/spark_job.py \\
        hdfs:///data/dumps hdfs:///data/profiles
"""

from __future__ import annotations

import argparse
import logging
import sys
import time

from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F

from profile_parser.spark import ERROR_COLUMN, read_profiles

logger = logging.getLogger("spark_job")


def with_partition_columns(profiles: DataFrame) -> DataFrame:
    """``status`` ("ok" or "error") and ``country`` (the investor's ISO code,
    null when unknown) to partition the output by."""
    status = F.when(F.col(ERROR_COLUMN).isNull(), "ok").otherwise("error")
    return (profiles.withColumn("status", status)
            .withColumn("country", F.col("profile.location.country_code")))


def run(spark: SparkSession, source: str, output: str, *, partitions: int, glob: str,
        mode: str) -> dict[str, int]:
    """Parse ``source`` into ``output``; the row count by status."""
    profiles = read_profiles(spark, source, recursive=True, path_glob=glob,
                             partitions=partitions or None)
    (with_partition_columns(profiles).write.mode(mode)
     .partitionBy("status", "country").parquet(output))
    counts = spark.read.parquet(output).groupBy("status").count().collect()
    return {row["status"]: row["count"] for row in counts}


def output_exists(spark: SparkSession, output: str) -> bool:
    """Whether ``output`` exists, on any Hadoop file system (local, HDFS, S3 …)."""
    jvm = spark.sparkContext._jvm
    path = jvm.org.apache.hadoop.fs.Path(output)
    return bool(path.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration()).exists(path))


def _refuse(output: str) -> int:
    sys.stderr.write(f"spark_job: error: {output} already exists; "
                     "give --overwrite to replace it\n")
    return 2


def main(argv: list[str] | None = None, spark: SparkSession | None = None) -> int:
    """Run the job; 0 when done, 2 when the output exists without ``--overwrite``.
    ``spark``: a session to use (and leave running) instead of starting one."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", help="folder (read recursively), file or glob; any Hadoop path")
    parser.add_argument("output", help="folder for the Parquet dataset")
    parser.add_argument("--master", help="e.g. local[2]; spark-submit sets it otherwise")
    parser.add_argument("--glob", default="*.txt", help="file names to read (default: *.txt)")
    parser.add_argument("--partitions", type=int, default=None,
                        help="spread the pages over N partitions before parsing "
                             "(default: the cluster's default parallelism; 0: no shuffle)")
    parser.add_argument("--overwrite", action="store_true", help="replace an existing output")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")

    owned = spark is None
    if spark is None:
        builder = SparkSession.builder.appName("profile-parser")
        if args.master:
            builder = builder.master(args.master)
        spark = builder.getOrCreate()
    try:
        if not args.overwrite and output_exists(spark, args.output):
            return _refuse(args.output)  # before any work, not after parsing everything
        partitions = (spark.sparkContext.defaultParallelism if args.partitions is None
                      else args.partitions)
        start = time.perf_counter()
        try:
            counts = run(spark, args.source, args.output, partitions=partitions, glob=args.glob,
                         mode="overwrite" if args.overwrite else "errorifexists")
        except Exception as error:  # created meanwhile by another job: still no traceback
            if "already exists" in str(error) and not args.overwrite:
                return _refuse(args.output)
            raise
        logger.info("parsed %d pages (%d ok, %d errors) into %s in %.1f s",
                    sum(counts.values()), counts.get("ok", 0), counts.get("error", 0),
                    args.output, time.perf_counter() - start)
        return 0
    finally:
        if owned:
            spark.stop()


if __name__ == "__main__":
    raise SystemExit(main())
