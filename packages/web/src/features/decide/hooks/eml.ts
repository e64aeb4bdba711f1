/**
 * A draft as an .eml file the mail app opens as an unsent message (X-Unsent: 1), for mail apps
 * where a mailto: link would cut a long body short. Offerwise never sends it.
 */
export function toEml(message: { to?: string; subject: string; body: string; date: Date }): string {
  const headers = [
    ...(message.to ? [`To: ${message.to}`] : []),
    `Subject: ${encodeHeader(message.subject)}`,
    `Date: ${message.date.toUTCString()}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: 8bit',
    'X-Unsent: 1',
  ];
  return `${headers.join('\r\n')}\r\n\r\n${message.body.replace(/\r?\n/g, '\r\n')}\r\n`;
}

/** RFC 2047: a header with anything beyond ASCII goes as UTF-8 base64. */
function encodeHeader(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return text;
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `=?UTF-8?B?${btoa(binary)}?=`;
}

export function mailtoUrl(message: { to?: string; subject: string; body: string }): string {
  const query = `subject=${encodeURIComponent(message.subject)}&body=${encodeURIComponent(message.body)}`;
  return `mailto:${message.to ? encodeURIComponent(message.to) : ''}?${query}`;
}
