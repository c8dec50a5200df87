#!/usr/bin/env bash
# The views benchmark (docs/benchmarks.md): builds the analysis views and what they need, then runs
# ViewsBenchmark instead of their tests, in the workbench under the UI harness (Xvfb when there is no
# display) with a 4 GiB heap: a fresh store of 100,000 and then 1,000,000 generated cases, every standard
# analysis opened, switched to and filtered. Its figures are the lines that start with [views-benchmark].
# Extra arguments go to Maven, e.g.
#   releng/scripts/benchmark-views.sh -Dviews.benchmark.sizes=100000
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/../.."
. releng/scripts/setup.sh

isu_use_java
echo "Machine: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
run=(./mvnw -B clean verify -Pviews-benchmark -pl features/se.isu.workbench.feature,tests/se.isu.analysis.ui.tests -am "$@")
if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null; then
    exec xvfb-run -a -s "-screen 0 1280x1024x24" "${run[@]}"
fi
exec "${run[@]}"
