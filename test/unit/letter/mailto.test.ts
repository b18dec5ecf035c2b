import { expect, test } from 'vitest';
import { toMailto } from '../../../src/letter/mailto';

test('reserved characters cannot break out of their field; spaces are %20, never "+"', () => {
  expect(toMailto('maya@example.com', 'Coffee & a question?', 'Line 1\nA+B = 50% #2')).toBe(
    'mailto:maya@example.com?subject=Coffee%20%26%20a%20question%3F&body=Line%201%0D%0AA%2BB%20%3D%2050%25%20%232',
  );
});

test('line breaks are CRLF (%0D%0A) whatever the text used, and are not doubled', () => {
  expect(toMailto('a@b.se', 'Hi', 'one\ntwo\r\nthree\rfour')).toBe('mailto:a@b.se?subject=Hi&body=one%0D%0Atwo%0D%0Athree%0D%0Afour');
});

test('non-ASCII text is UTF-8 percent-encoded', () => {
  expect(toMailto('zoe@example.fr', 'Zoë', '你好 😀')).toBe(
    'mailto:zoe@example.fr?subject=Zo%C3%AB&body=%E4%BD%A0%E5%A5%BD%20%F0%9F%98%80',
  );
});

test('a "+" in the address is encoded; "@" is kept; several addresses are joined by ","', () => {
  expect(toMailto(' jordan+rapport@example.edu ; maya@example.com ', '', '')).toBe('mailto:jordan%2Brapport@example.edu,maya@example.com');
});

test('a subject is one line', () => {
  expect(toMailto('a@b.se', 'Thank you\nfor your time', '')).toBe('mailto:a@b.se?subject=Thank%20you%20for%20your%20time');
});

test('without an address the mail client still opens with the letter', () => {
  expect(toMailto('', 'Hi', 'Body')).toBe('mailto:?subject=Hi&body=Body');
});

test('half an emoji (cut at a limit) gives a link, not an exception', () => {
  expect(toMailto('a@b.se', '', 'cut \uD83D')).toBe('mailto:a@b.se?body=cut%20%EF%BF%BD');
});

test('a whole letter comes back exactly as written, line breaks as CRLF', () => {
  const subject = 'Could I learn from your experience at Smith & Wesson (R&D)?';
  const body = 'Dear Maya,\n\n20–30 minutes, at your convenience: coffee, a call, or your office.\n\nBest,\nJordan';
  const url = toMailto('maya@example.com', subject, body);
  const params = Object.fromEntries(
    url
      .slice(url.indexOf('?') + 1)
      .split('&')
      .map((pair) => pair.split('=').map(decodeURIComponent)),
  );
  expect(params).toEqual({ subject, body: body.replace(/\n/g, '\r\n') });
});
