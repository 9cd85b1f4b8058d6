/**
 * Numbers written as words, zero to twenty, in English and Spanish: each word's place in its list
 * is its value. Headings ("Part One", "Parte uno"), point labels ("Point two", "Punto dos") and
 * requirement texts ("at least five", "al menos cinco") read them from here.
 */
export const ENGLISH_NUMBER_WORDS: readonly string[] = [
  ...['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
  ...['eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'],
  'twenty',
];

export const SPANISH_NUMBER_WORDS: readonly string[] = [
  ...['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez'],
  ...['once', 'doce', 'trece', 'catorce', 'quince', 'dieciséis', 'diecisiete', 'dieciocho', 'diecinueve'],
  'veinte',
];

/** Spanish ordinals, which come before the label they number ("Primera parte"), with their value. */
export const SPANISH_ORDINALS: Readonly<Record<string, number>> = {
  primer: 1,
  primera: 1,
  primero: 1,
  segunda: 2,
  segundo: 2,
  tercer: 3,
  tercera: 3,
  tercero: 3,
  cuarta: 4,
  cuarto: 4,
  quinta: 5,
  quinto: 5,
};

/** A regex alternation of the words for one to ten. */
export const oneToTen = (words: readonly string[]) => words.slice(1, 11).join('|');
