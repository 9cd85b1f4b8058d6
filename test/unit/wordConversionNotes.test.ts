/** What the Word converter could not convert is told in the writer's language, whatever shape mammoth gives it. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeConversionNote, messagesFor } from '../../server/src/core';
import { assertSpanish } from '../helpers/spanishText';

const NOTES = [
  'Image of type image/x-emf is unlikely to display in web browsers',
  'An unrecognised element was ignored: w:sdt',
  'Unsupported break type: column',
  'Could not find image file for a:blip element',
  'A v:imagedata element without a relationship ID was ignored',
  'Something mammoth has not said before',
];

test("each of the converter's notes reads in Spanish, with its detail kept", () => {
  const spanish = NOTES.map((note) => describeConversionNote(note, messagesFor('es')));
  assert.equal(spanish[0], 'puede que una imagen de tipo image/x-emf no se vea: guárdela como PNG o JPEG en Word');
  assert.match(spanish[1], /\(w:sdt\)$/);
  for (const [i, text] of spanish.entries())
    assertSpanish(text, NOTES[i], text.replace(/\(.*\)$/, '').replace(/\b(Word|Rubric Writer)\b/g, ''));
});

test('in English, each note says what was left out and what to do', () => {
  assert.equal(
    describeConversionNote(NOTES[0]),
    'an image of type image/x-emf may not show: save it as PNG or JPEG in Word',
  );
  assert.equal(describeConversionNote(NOTES[3]), 'an image whose file is missing from the document was left out');
  assert.equal(
    describeConversionNote(NOTES[5]),
    'a part of the document could not be converted (Something mammoth has not said before)',
  );
});
