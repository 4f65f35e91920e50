# Sourced by ./chorus, scripts/test and .ci/run: finds a JDK >= 21 and exports JAVA_HOME.
# Looks at JAVA_HOME first, then the usual install folders, then the java on PATH.
# Prints one line and returns 1 when there is none.

chorus_java_major() {
  # "21", "25"... from a java binary; empty when it does not run
  "$1" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

chorus_find_jdk() {
  local min=21 candidate major
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  for candidate in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* /usr/local/lib/jvm/* \
      "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home \
      /opt/homebrew/opt/openjdk*/libexec/openjdk.jdk/Contents/Home; do
    [ -d "$candidate" ] && candidates+=("$candidate")
  done
  if command -v java >/dev/null 2>&1; then
    candidate=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
    candidates+=("$candidate")
  fi
  local best="" best_major=0
  for candidate in "${candidates[@]}"; do
    [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(chorus_java_major "$candidate/bin/java")
    [ -n "$major" ] || continue
    if [ "$major" -ge "$min" ] && [ "$major" -gt "$best_major" ]; then
      best=$candidate
      best_major=$major
    fi
  done
  if [ -z "$best" ]; then
    echo "chorus: no JDK 21 or newer found (looked at JAVA_HOME, /usr/lib/jvm and the java on PATH); install one or set JAVA_HOME" >&2
    return 1
  fi
  export JAVA_HOME="$best"
}
