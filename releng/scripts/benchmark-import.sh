#!/usr/bin/env bash
# The import benchmark (docs/benchmarks.md): `isu import` of generated SU-X 2021 files, CSV and XLSX,
# into a new store, run through the built product as a user runs it. Prints one line per run that
# starts with [import-benchmark] (the import's own rows/s as `isu import` reports it, the process's wall
# time, rows/s and CPU time (user + system, all threads, start-up included), peak heap from the JVM's GC log, peak RSS) and a Markdown table at the end. Builds the
# product and the file generator (tests/se.isu.product.tests) first when they are missing. Not a test:
# nothing fails on a slow machine.
#
# Then the same files are imported in one JVM (ImportBenchmark, through Maven with the import-benchmark
# profile): two warm-up imports of the first file, then each file three times, each into a new store,
# with every rate and the median printed. A new process spends its first 100,000 rows mostly in code
# that is not compiled yet; this half gives the rate of a workbench that has imported before.
# ISU_BENCH_SAME_JVM=0 leaves it out.
#
#   releng/scripts/benchmark-import.sh                   # csv and xlsx, 100000 and 1000000 rows
#   releng/scripts/benchmark-import.sh 100000            # only 100,000 rows
#   ISU_BENCH_FORMATS=csv releng/scripts/benchmark-import.sh 100000 1000000
#   ISU_BENCH_HEAP= releng/scripts/benchmark-import.sh   # the isu script's own -Xmx2g
#
# The imports run with the heap limited to ISU_BENCH_HEAP (default 512m, the target): through a copy of
# the product's isu script under target/import-benchmark with its -Xmx changed, nothing else. An import
# that needed more would fail with OutOfMemoryError, so a run that ends proves the limit holds.
#
# Needs about 1 GB of disk under target/import-benchmark for a million rows (the files and one store
# at a time; each store is deleted after its run).
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/../.."
. releng/scripts/setup.sh

sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100000 1000000)
read -r -a formats <<< "${ISU_BENCH_FORMATS:-csv xlsx}"
generator=tests/se.isu.product.tests/target
work="$ISU_ROOT/target/import-benchmark"

isu_use_java
if [ ! -x "$ISU_PRODUCT/isu" ] || [ ! -f "$generator/generator.classpath" ] || [ ! -d "$generator/classes" ]; then
  echo "Building the product and the file generator..."
  ./mvnw -B -q clean verify -DskipTests -pl tests/se.isu.product.tests -am
fi
[ -x /usr/bin/time ] || isu_require_packages "the time and memory of each import" time
classpath="$generator/classes:$(cat "$generator/generator.classpath")"
mkdir -p "$work"
heap_limit="${ISU_BENCH_HEAP-512m}"
isu="$ISU_PRODUCT/isu"
if [ -n "$heap_limit" ]; then
  isu="$work/isu-$heap_limit"
  sed -e "s|^here=.*|here=\"$ISU_PRODUCT\"|" -e "s|-Xmx2g|-Xmx$heap_limit|" "$ISU_PRODUCT/isu" > "$isu"
  chmod +x "$isu"
  grep -q -- "-Xmx$heap_limit" "$isu" || { echo "cannot set the heap in $isu" >&2; exit 1; }
fi

mib() { echo $(( ($1 + 524288) / 1048576 )); }
load() { cut -d' ' -f1-3 /proc/loadavg; }

echo "[import-benchmark] $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores $(lscpu | sed -n 's/^Model name: *//p' | head -n 1)," \
  "$(free -g | awk '/^Mem:/ {print $2}') GiB, $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1), heap limit ${heap_limit:-2g, from the isu script}," \
  "load average $(load)"
rows_table=()
for format in "${formats[@]}"; do
  for size in "${sizes[@]}"; do
    file="$work/sux-2021-$size.$format"
    start=$(date +%s.%N)
    if [ ! -f "$file" ]; then
      "$JAVA_HOME/bin/java" -Xmx512m -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory \
        -cp "$classpath" se.isu.product.tests.SuxFiles "$format" "$size" "$file" B 2021
    fi
    generated=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
    home="$work/home-$format-$size"
    rm -rf "$home"
    # A new store first, so the import's time is the import's alone.
    ISU_HOME="$home" "$isu" cases count > /dev/null
    load_before=$(load)
    ISU_HOME="$home" JAVA_TOOL_OPTIONS="-Xlog:gc:file=$work/gc-$format-$size.log" \
      /usr/bin/time -f '%e %M %U %S' -o "$work/time-$format-$size" \
      "$isu" import "$file" --form su-x-2021 --kommun Bollnäs > "$work/import-$format-$size.out" \
      2> "$work/import-$format-$size.err" || { cat "$work/import-$format-$size.err" >&2; exit 1; }
    grep -q "Nya: $size," "$work/import-$format-$size.out" || { cat "$work/import-$format-$size.out" >&2; exit 1; }
    read -r seconds rss_kib user_s sys_s < "$work/time-$format-$size"
    cpu=$(awk -v u="$user_s" -v s="$sys_s" 'BEGIN { printf "%.1f", u + s }')
    # The import's own time and rate, as isu import reports them: "Importen tog 8,4 s: 1000000 rader, 119000 rader/s."
    own=$(sed -n 's/^Importen tog \([0-9,]*\) s: [0-9]* rader, \([0-9]*\) rader\/s\.$/\1 \2/p' "$work/import-$format-$size.err")
    own_seconds=$(echo "${own% *}" | tr , .)
    own_rate="${own#* }"
    # Peak heap: the largest heap in use before a collection, as the GC log gives it ("123M->45M(512M)"),
    # an upper bound that includes garbage; and the largest in use after one, what the import really held.
    heap=$(grep -o '[0-9]*M->' "$work/gc-$format-$size.log" | sed 's/M->//' | sort -n | tail -n 1)
    live=$(grep -o -- '->[0-9]*M' "$work/gc-$format-$size.log" | sed 's/->//; s/M//' | sort -n | tail -n 1)
    store=$(du -sb "$home/store" | cut -f1)
    rate=$(awk -v n="$size" -v s="$seconds" 'BEGIN { printf "%d", n / s }')
    printf '[import-benchmark] %s %s rows (%s MiB): generated %.1f s, import %s s = %s rows/s (process %.1f s = %s rows/s, CPU %s s), peak heap %s MiB (after GC %s MiB, limit %s), peak RSS %s MiB, store %s MiB, load average %s -> %s\n' \
      "$format" "$size" "$(mib "$(stat -c %s "$file")")" "$generated" "$own_seconds" "$own_rate" "$seconds" "$rate" "$cpu" "${heap:-?}" \
      "${live:-?}" "${heap_limit:-2g}" "$(( rss_kib / 1024 ))" "$(mib "$store")" "$load_before" "$(load)"
    rows_table+=("| $format | $size | $(mib "$(stat -c %s "$file")") MiB | $own_seconds s | $own_rate | $seconds s | $rate | $cpu s | ${heap:-?} / ${live:-?} MiB (${heap_limit:-2g}) | $(( rss_kib / 1024 )) MiB | $load_before → $(load) |")
    rm -rf "$home"
  done
done

# The second half: the same files imported in one JVM, several times each, after warm-up imports
# (ImportBenchmark in tests/se.isu.io.tests): the rate of a workbench that has imported before.
same_jvm=()
if [ "${ISU_BENCH_SAME_JVM:-1}" != 0 ]; then
  files=$(printf '%s\n' "${formats[@]}" | while read -r format; do for size in "${sizes[@]}"; do
    printf '%s,' "$work/sux-2021-$size.$format"; done; done)
  echo "[import-benchmark] the same files in one JVM: building the import's tests and running ImportBenchmark..."
  ./mvnw -B -q verify -Pimport-benchmark -pl features/se.isu.workbench.feature,tests/se.isu.io.tests -am \
    "-Dimport.benchmark.files=${files%,}" "-Dimport.benchmark.heap=${heap_limit:-2g}" > "$work/same-jvm.out" 2>&1 \
    || { tail -n 40 "$work/same-jvm.out" >&2; exit 1; }
  grep '^\[import-benchmark\]' "$work/same-jvm.out"
  # "sux-2021-100000.csv, 100,000 rows, imported into a new store 3 times: a, b, c rows/s; median m rows/s; CPU ...; heap peak h MiB (...)"
  while IFS= read -r line; do
    same_jvm+=("$(sed -E 's/^\[import-benchmark\] ([^,]+), ([0-9,]+) rows, imported into a new store ([0-9]+) times: (.*) rows\/s; median ([0-9,]+) rows\/s; CPU (.*) s; heap peak ([0-9]+) MiB \(load average (.*)\)$/| \1 | \2 | \4 | **\5** | \6 s | \7 MiB | \8 |/' <<< "$line")")
  done < <(grep 'imported into a new store' "$work/same-jvm.out")
fi

echo
echo "A new process per file (isu import):"
echo
echo "| file | rows | size | import | rows/s | process (wall) | rows/s | process CPU | peak heap before / after GC (limit) | peak RSS | load average before → after |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---|"
printf '%s\n' "${rows_table[@]}"
if [ ${#same_jvm[@]} -gt 0 ]; then
  echo
  echo "One JVM, each file imported into a new store after the warm-up (ImportBenchmark):"
  echo
  echo "| file | rows | rows/s of each import | median rows/s | CPU of each import | heap peak | load average |"
  echo "|---|---:|---|---:|---|---:|---:|"
  printf '%s\n' "${same_jvm[@]}"
fi
