/** One raw Server-Sent Event: its name (default "message") and its data lines joined by "\n". */
export type RawServerSentEvent = { event: string; data: string };

/**
 * An incremental parser for the text/event-stream format (WHATWG HTML, "Parsing an event
 * stream"): feed it decoded text in arbitrary pieces, get back the events completed so far.
 * Lines may end in CRLF, LF or CR, and a CRLF may be split across two pieces.
 */
export function createServerSentEventParser() {
  let buffer = '';
  let eventName = '';
  let dataLines: string[] = [];
  let skipLeadingLineFeed = false;

  function takeLine(line: string, events: RawServerSentEvent[]): void {
    if (line === '') {
      if (dataLines.length > 0) events.push({ event: eventName || 'message', data: dataLines.join('\n') });
      eventName = '';
      dataLines = [];
      return;
    }
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') eventName = value;
    else if (field === 'data') dataLines.push(value);
    // id and retry are not used: a generation is never resumed.
  }

  return {
    /** Adds decoded text; returns the events it completed. */
    push(text: string): RawServerSentEvent[] {
      const events: RawServerSentEvent[] = [];
      buffer += text;
      if (skipLeadingLineFeed && buffer.startsWith('\n')) buffer = buffer.slice(1);
      skipLeadingLineFeed = false;
      let start = 0;
      for (let index = 0; index < buffer.length; index += 1) {
        const character = buffer[index];
        if (character !== '\n' && character !== '\r') continue;
        takeLine(buffer.slice(start, index), events);
        if (character === '\r') {
          if (index + 1 === buffer.length) skipLeadingLineFeed = true;
          else if (buffer[index + 1] === '\n') index += 1;
        }
        start = index + 1;
      }
      buffer = buffer.slice(start);
      return events;
    },
    /** The stream ended: an event without its closing blank line is dropped, as the spec says. */
    end(): RawServerSentEvent[] {
      buffer = '';
      dataLines = [];
      eventName = '';
      return [];
    },
  };
}
