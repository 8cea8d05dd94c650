#!/bin/sh
# The date tests once more under two server time zones: UTC, and UTC+14 where a calendar date
# handled as an instant slips to the day before (cycles, due dates, the profile at a date).
set -e
cd "$(dirname "$0")/.."
for zone in UTC Pacific/Kiritimati; do
  TZ="$zone" npx mocha --no-config --extension ts --node-option import=tsx \
    --node-option no-experimental-require-module --timeout 60000 --exit \
    test/cycle-rules.test.ts test/cycle-due.test.ts test/evolution.test.ts
done
