#!/usr/bin/env bash
# Installs what the browser tests need, as `playwright install --with-deps` would:
# Debian's Chromium and fonts. Playwright's own browser download cannot work on this
# network, so the tests drive Debian's build through playwright-core.
set -euo pipefail
if [ -n "${CHROME_PATH:-}" ] && [ -x "$CHROME_PATH" ]; then
  echo "Using CHROME_PATH=$CHROME_PATH"
  exit 0
fi
# The places src/pdf/browser.ts looks, in its order (GitHub's Ubuntu runners have Chrome).
for browser in /usr/bin/chromium /usr/bin/google-chrome /usr/bin/chromium-browser; do
  if [ -x "$browser" ]; then
    echo "A browser is installed: $("$browser" --version 2>/dev/null || echo "$browser")"
    exit 0
  fi
done
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
echo "Installing Debian's chromium for the browser tests…"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
echo "Installed: $(chromium --version)"
