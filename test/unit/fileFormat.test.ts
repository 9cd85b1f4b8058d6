/** A requirement file's kind by its first bytes, as the editor's import and the CLI read a renamed download. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentFormat } from '../../server/src/core/text';

const bytes = (text: string) => new TextEncoder().encode(text);

test('a PDF, a zip and a web page are known by their first bytes; text and Markdown are not', () => {
  assert.equal(contentFormat(bytes('%PDF-1.7\n%âãÏÓ\n1 0 obj')), 'pdf');
  // A PDF a mail or a server put a few bytes before.
  assert.equal(contentFormat(bytes('\r\n\r\n%PDF-1.4\n')), 'pdf');
  assert.equal(contentFormat(bytes('PK\u0003\u0004\u0014\u0000[Content_Types].xml')), 'docx');
  assert.equal(contentFormat(bytes('\uFEFF<!DOCTYPE html>\n<html lang="en">')), 'html');
  assert.equal(contentFormat(bytes('<!-- saved from url=(0042)https://example.org/ -->\n<html>')), 'html');
  assert.equal(contentFormat(bytes('# Morning Meetings\n\n<html> is how a page starts.')), null);
  assert.equal(contentFormat(bytes('Part 1. Overview Questions (250 words)')), null);
  assert.equal(contentFormat(new Uint8Array()), null);
});
