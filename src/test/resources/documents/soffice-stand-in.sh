#!/bin/sh
# Stands in for LibreOffice in the Spring tests, so that the route sweep can ask for every PDF in milliseconds:
# answers --version and writes a one-line PDF where `soffice --convert-to pdf --outdir DIR FILE.docx` would.
# The tests that check real PDFs (PdfConverterTest, DefaultTemplatesPdfTest) run the real soffice themselves.
for arg in "$@"; do
  if [ "$arg" = "--version" ]; then echo "LibreOffice (test stand-in)"; exit 0; fi
done
out=""
last=""
while [ $# -gt 0 ]; do
  if [ "$1" = "--outdir" ]; then out="$2"; shift; fi
  last="$1"
  shift
done
printf '%%PDF-1.4\n%% test stand-in for %s\n%%%%EOF\n' "$(basename "$last")" > "$out/$(basename "$last" .docx).pdf"
