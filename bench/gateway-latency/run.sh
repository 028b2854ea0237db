#!/usr/bin/env bash
# The gateway's added latency and throughput against calling notice-service directly and through
# nginx as a plain reverse proxy: the same
# request, the same concurrency, in one run on this machine. Prints GATEWAY-BENCH lines.
# Needs the packaged services (./mvnw -B -o install -DskipTests -pl notice-service,appstore-service,penalty-service,gateway)
# and devstack installed. Options (system properties): -Drequests=4000 -Dconcurrency=8 -Drounds=2 -Dwarmup=1000,
# -Dbaseline=<another gateway's target/quarkus-app> (before and after in one run), -Dprofile=<folder> (JFR per gateway)
set -euo pipefail
cd "$(dirname "$0")"
REPO=$(cd ../.. && pwd)
CP_FILE=target/classpath.txt
mkdir -p target/classes
if [ ! -s "$CP_FILE" ]; then
  "$REPO/mvnw" -B -o -q -f "$REPO/pom.xml" dependency:build-classpath -pl devstack -Dmdep.outputFile="$PWD/$CP_FILE" >/dev/null
fi
CP="$REPO/devstack/target/classes:$(cat "$CP_FILE")"
# The peer: Debian's nginx as a plain reverse proxy in front of the same service.
command -v nginx >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq nginx-light; }
javac -d target/classes -cp "$CP" GatewayBench.java Nginx.java
# The spawned gateway inherits these: limits are checked in PostgreSQL for the forwarded-address
# variant but never exhausted, so the figures show the cost of checking, not of refusing.
export GATEWAY_RATE_LIMIT_API_PER_ADDRESS=1000000000
export GATEWAY_RATE_LIMIT_API_PER_SUBJECT=1000000000
exec java -Xmx512m -Drepository="$REPO" "$@" -cp "target/classes:$CP" GatewayBench
