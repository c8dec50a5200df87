# Set-up shared by ./start and ./test, sourced from the repository root.
# Finds a Java 21+ for the build, and makes sure the GTK 3 libraries and, where there is no display,
# Xvfb are present: installed through apt when running as root, else the one apt line to run is printed.

ISU_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$ISU_ROOT/features/se.isu.workbench.feature/rootfiles/lib/isu-env.sh"

# The product as the build materializes it.
ISU_PRODUCT="$ISU_ROOT/releng/se.isu.product/target/products/se.isu.workbench/linux/gtk/x86_64/isu-workbench"

isu_use_java() {
  local java
  java=$(isu_find_java) || exit 1
  JAVA_HOME="$(cd "$(dirname "$(readlink -f "$java")")/.." && pwd)"
  export JAVA_HOME
  echo "Using Java at $JAVA_HOME ($(isu_java_feature_version "$JAVA_HOME/bin/java"))"
}

# isu_require_packages "what for" package... : installs the Debian packages that are missing.
isu_require_packages() {
  local purpose="$1"; shift
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing ${missing[*]} ($purpose)..."
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "ISU Workbench needs ${missing[*]} ($purpose). Run, as root:" >&2
    echo "  apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
}

isu_require_gtk() {
  isu_require_packages "GTK 3 for the SWT user interface" libgtk-3-0 fonts-dejavu-core
}

isu_require_xvfb() {
  isu_require_packages "a virtual display for running without a screen" xvfb xauth
}

isu_has_display() {
  [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]
}
