#!/usr/bin/env bash
# Benchmarks of appstore-service on the whole suite; prints FAN-OUT and CONFIRM figures.
# Needs the packaged services (./mvnw -B -o package -DskipTests -pl <each service>) and devstack installed.
# Options (system properties): -Dapps=10000 -Dstores=30 -Dconfirmations=20000 -Dclients=32
set -euo pipefail
cd "$(dirname "$0")"
REPO=$(cd ../.. && pwd)
CP_FILE=target/classpath.txt
mkdir -p target/classes
if [ ! -s "$CP_FILE" ]; then
  "$REPO/mvnw" -B -o -q -f "$REPO/pom.xml" dependency:build-classpath -pl devstack -Dmdep.outputFile="$PWD/$CP_FILE" >/dev/null
fi
CP="$REPO/devstack/target/classes:$(cat "$CP_FILE")"
javac -d target/classes -cp "$CP" AppstoreBench.java
# A snapshot of the packaged services, so a rebuild of a module during the run cannot pull jars away.
SNAPSHOT=target/suite
rm -rf "$SNAPSHOT"
for module in notice-service appstore-service penalty-service gateway; do
  mkdir -p "$SNAPSHOT/$module/target"
  cp -r "$REPO/$module/target/quarkus-app" "$SNAPSHOT/$module/target/"
done
# The second confirmation round sends a forwarded client address, so the gateway checks its rate
# limits; the allowances are raised so that the check costs what it costs and refuses nothing.
export GATEWAY_RATE_LIMIT_API_PER_ADDRESS=1000000000
export GATEWAY_RATE_LIMIT_API_PER_SUBJECT=1000000000
exec java -Xmx1g -Drepository="$PWD/$SNAPSHOT" "$@" -cp "target/classes:$CP" AppstoreBench
