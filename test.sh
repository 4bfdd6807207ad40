#!/usr/bin/env bash
# Runs every test of every module (unit tests and golden tests on ../shared/corpus/fr) with `mvn -B verify`.
set -euo pipefail
cd "$(dirname "$0")"

# Prefer the Temurin 25 JDK when it is installed: the default java on Debian may be older than the 21 we need.
if [[ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
  export PATH="$JAVA_HOME/bin:$PATH"
fi

exec mvn -B verify "$@"
