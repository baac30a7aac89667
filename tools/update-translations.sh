#!/usr/bin/env bash
# Refresh the Swedish and Norwegian catalogues from the source (run after changing strings),
# then translate them with pyside6-linguist and build .qm files with pyside6-lrelease.
#
# Two catalogues per language: the widgets use self.tr()/QCoreApplication.translate, the
# Qt-free core uses kastdesk.i18n.tr(context, text), which lupdate must read as an alias
# of translate(); one pass cannot read both kinds of tr(). The app loads both.
set -euo pipefail
cd "$(dirname "$0")/.."
# Forms and exercises are JSON data: their texts are listed for lupdate first.
python tools/extract_resource_strings.py
out=resources/translations
pyside6-lupdate -no-obsolete $(git ls-files 'kastdesk/ui/*.py') \
  -ts "$out/kastdesk_sv.ts" "$out/kastdesk_nb.ts"
pyside6-lupdate -no-obsolete -tr-function-alias translate+=tr,QT_TRANSLATE_NOOP+=N_ \
  $(git ls-files 'kastdesk/*.py' | grep -v '^kastdesk/ui/') tools/resource_strings.py \
  -ts "$out/kastdesk_core_sv.ts" "$out/kastdesk_core_nb.ts"
for ts in "$out"/*.ts; do
  pyside6-lrelease "$ts" -qm "${ts%.ts}.qm" >/dev/null
done
