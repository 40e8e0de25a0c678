#!/usr/bin/env bash
# Make sure a Java runtime is there for the Spark tests (pyspark itself comes
# from pip, with the `spark` extra). Idempotent: does nothing when `java
# -version` works; otherwise installs Debian's OpenJDK 17 (Spark 3.5 and 4.x
# both run on it). Needs root (CI runs as root) and the Debian archive.
set -euo pipefail

if java -version >/dev/null 2>&1; then
    echo "ci_spark_setup: java found: $(java -version 2>&1 | head -n 1)"
    exit 0
fi

echo "ci_spark_setup: no working java, installing openjdk-17-jre-headless"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
# The headless JRE's postinst expects man page folders that slim images drop.
mkdir -p /usr/share/man/man1
apt-get install -y -q --no-install-recommends openjdk-17-jre-headless
java -version
