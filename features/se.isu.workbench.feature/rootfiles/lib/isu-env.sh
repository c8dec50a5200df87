# Shell functions shared by the ISU start scripts, sourced by the product's scripts and by the source
# tree's ./start and ./test. isu_find_java prints the path of a Java 21+ binary or explains what is missing.
#
# Order: $JAVA_HOME if it is 21 or newer, then `java` on the PATH, then the newest JDK 21+ among the
# machine's installed ones (/usr/lib/jvm, /opt/java, /opt/jdk*, /usr/local/java).

isu_java_feature_version() {
  # Prints the feature version (17, 21, 25, ...) of the java binary $1, or nothing.
  "$1" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

isu_find_java() {
  local minimum=21 candidate version best="" best_version=0
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    version=$(isu_java_feature_version "$JAVA_HOME/bin/java")
    if [ -n "$version" ] && [ "$version" -ge "$minimum" ]; then
      echo "$JAVA_HOME/bin/java"
      return 0
    fi
  fi
  if command -v java >/dev/null 2>&1; then
    candidate=$(command -v java)
    version=$(isu_java_feature_version "$candidate")
    if [ -n "$version" ] && [ "$version" -ge "$minimum" ]; then
      best="$candidate"; best_version="$version"
    fi
  fi
  for candidate in /usr/lib/jvm/*/bin/java /opt/java/*/bin/java /opt/jdk*/bin/java /usr/local/java/*/bin/java; do
    [ -x "$candidate" ] || continue
    version=$(isu_java_feature_version "$candidate")
    if [ -n "$version" ] && [ "$version" -ge "$minimum" ] && [ "$version" -gt "$best_version" ]; then
      best="$candidate"; best_version="$version"
    fi
  done
  if [ -n "$best" ]; then
    echo "$best"
    return 0
  fi
  {
    echo "ISU Workbench needs Java $minimum or newer, and none was found."
    echo "Looked at: \$JAVA_HOME (${JAVA_HOME:-not set}), 'java' on the PATH, /usr/lib/jvm, /opt/java, /opt/jdk*, /usr/local/java."
    echo "Install one (for example: apt-get install openjdk-21-jdk-headless, or a Temurin 21+ JDK) or point JAVA_HOME at it."
  } >&2
  return 1
}

isu_configuration_area() {
  # Prints the OSGi configuration area for the installation $1 under the user's ISU folder $2.
  # It cascades to the installation's own configuration/, so the installation may be read-only; one
  # area per installation, so two builds side by side never share a bundle cache.
  local id
  id=$(printf '%s' "$1" | cksum | cut -d ' ' -f 1)
  echo "$2/configuration/$id"
}
