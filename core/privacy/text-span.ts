/** A stretch of text found by one of the rules. */
export interface TextSpan {
  start: number;
  end: number;
}

/** A stretch of text and the marker that takes its place, such as "[naam]". */
export interface MarkedSpan extends TextSpan {
  marker: string;
}

export function marked(spans: readonly TextSpan[], marker: string): MarkedSpan[] {
  return spans.map(({ start, end }) => ({ start, end, marker }));
}

/** The text with each span replaced by its marker; a span that overlaps an earlier one is skipped. */
export function replaceSpans(text: string, spans: readonly MarkedSpan[]): string {
  let result = '';
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start < at) continue;
    result += text.slice(at, span.start) + span.marker;
    at = span.end;
  }
  return result + text.slice(at);
}
