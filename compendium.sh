#!/usr/bin/env bash
# Runs Compendium from a checkout: builds the shaded jar when it is missing or older than the sources, then runs it.
# Usage: ./compendium.sh ingest ../shared/corpus/fr   (any compendium command; see ./compendium.sh --help)
set -euo pipefail
cd "$(dirname "$0")"
here="$PWD"
cd - >/dev/null

# Prefer the Temurin 25 JDK when it is installed: the default java on Debian may be older than the 21 we need.
if [[ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
  export PATH="$JAVA_HOME/bin:$PATH"
  # Maven 3.8's bundled Guava warns about sun.misc.Unsafe on JDK 24+; the flag (JDK 24+ only) silences it.
  export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
fi

jar="$here/compendium-app/target/compendium.jar"
stale=""
if [[ ! -f "$jar" ]]; then
  stale="missing"
elif [[ -n "$(find "$here" -path "$here/.git" -prune -o -path '*/target' -prune -o \
          \( -name '*.java' -o -name 'pom.xml' -o -path '*/src/main/resources/*' \) -type f -newer "$jar" -print -quit)" ]]; then
  stale="older than the sources"
fi
if [[ -n "$stale" ]]; then
  echo "compendium.sh: building compendium.jar ($stale)..." >&2
  (cd "$here" && mvn -q -B -DskipTests install) >&2
fi
# A heap that fits a small server (the load test: 200 clients over the seeds in 512 MB); a bigger corpus or an ingest
# of large PDFs may want more: COMPENDIUM_JAVA_OPTS="-Xmx2g" ./compendium.sh ...
# shellcheck disable=SC2086
exec java ${COMPENDIUM_JAVA_OPTS:--Xmx512m} -jar "$jar" "$@"
