import { describe, expect, it } from 'vitest';
import { mailtoUrl, toEml } from './eml';

describe('toEml', () => {
  const date = new Date('2026-11-25T12:00:00Z');

  it('writes an unsent plain-text message with CRLF line ends', () => {
    const eml = toEml({
      to: 'dana@globex.example',
      subject: 'Your offer',
      body: 'Hi Dana,\nThanks.',
      date,
    });
    expect(eml).toBe(
      'To: dana@globex.example\r\nSubject: Your offer\r\nDate: Wed, 25 Nov 2026 12:00:00 GMT\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\nX-Unsent: 1\r\n\r\nHi Dana,\r\nThanks.\r\n',
    );
  });

  it('encodes a subject with accents as UTF-8', () => {
    const eml = toEml({ subject: 'Ihr Angebot – danke', body: '', date });
    expect(eml).toContain('Subject: =?UTF-8?B?');
    const encoded = eml.match(/=\?UTF-8\?B\?(.+)\?=/)?.[1] ?? '';
    expect(Buffer.from(encoded, 'base64').toString('utf8')).toBe('Ihr Angebot – danke');
  });
});

describe('mailtoUrl', () => {
  it('puts the subject and body in the query, escaped', () => {
    expect(mailtoUrl({ to: 'a@b.example', subject: 'Hi & bye', body: 'Line 1\nLine 2' })).toBe(
      'mailto:a%40b.example?subject=Hi%20%26%20bye&body=Line%201%0ALine%202',
    );
  });
});
