#!/usr/bin/env bash
# The case store benchmark (docs/benchmarks.md): builds what the store's tests need, then runs
# StoreBenchmark instead of the tests in an OSGi runtime with a 4 GiB heap. Its figures are the lines
# that start with [store-benchmark]. Extra arguments go to Maven, e.g.
#   releng/scripts/benchmark-store.sh -Dstore.benchmark.sizes=100000
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/../.."
. releng/scripts/setup.sh

isu_use_java
# Only the store's tests and what they need (the feature, so the test runtime has the product's bundles).
exec ./mvnw -B clean verify -Pstore-benchmark -pl features/se.isu.workbench.feature,tests/se.isu.store.tests -am "$@"
