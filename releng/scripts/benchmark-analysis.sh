#!/usr/bin/env bash
# The analysis benchmark (docs/benchmarks.md): builds the analysis engine and what it needs, then runs
# AnalysisBenchmark instead of the engine's tests in an OSGi runtime with a 4 GiB heap, and the same
# computations in DuckDB (its JDBC driver fetched from Maven Central by the profile, for this run only).
# Its figures are the lines that start with [analysis-benchmark]. Extra arguments go to Maven, e.g.
#   releng/scripts/benchmark-analysis.sh -Danalysis.benchmark.sizes=100000
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/../.."
. releng/scripts/setup.sh

isu_use_java
echo "Machine: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
exec ./mvnw -B clean verify -Panalysis-benchmark -pl features/se.isu.workbench.feature,tests/se.isu.analysis.tests -am "$@"
