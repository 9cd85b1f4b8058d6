/**
 * Where a photo was taken, as written other than in EXIF's GPS: the names of the place that a
 * photographer's software or an agency fills in (IPTC's city and sub-location, the XMP of IPTC Core
 * and Extension, Photoshop's city), and the position a DJI drone writes only in its own XMP namespace.
 * The tags are exifr's, merged: IPTC's and XMP's names side by side.
 */

/** A place's names, narrowest first: a school or a street, its city, its state, its country. */
const PART_TAGS = [
  ['Sublocation', 'Location', 'LocationName'],
  ['City'],
  ['State', 'ProvinceState'],
  ['Country', 'CountryName'],
];
/** IPTC Extension's structures: where the photo was taken, and the place it shows. */
const PLACE_STRUCTURES = ['LocationCreated', 'LocationShown'];

/** A tag's text: a string, XMP's language alternatives (`{ value, lang }`) or a list of either. */
export function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(texts);
  if (value && typeof value === 'object' && 'value' in value) return texts((value as { value: unknown }).value);
  return [];
}

/** One place's names joined, or null when it names neither a city nor a place in one (a country alone). */
function placeOf(tags: Record<string, unknown>): string | null {
  const parts = PART_TAGS.map((names) => names.flatMap((name) => texts(tags[name]).map((text) => text.trim()))[0]);
  if (!parts[0] && !parts[1]) return null;
  return parts.filter((part, i) => part && parts.indexOf(part) === i).join(', ');
}

/** The places a photo names; one that says no more than another (its city alone) is left out. */
export function placeNames(tags: Record<string, unknown>): string[] {
  const structures = PLACE_STRUCTURES.flatMap((name) => [tags[name]].flat());
  const places = [tags, ...structures]
    .filter((item): item is Record<string, unknown> => !!item && typeof item === 'object')
    .map(placeOf)
    .filter((place): place is string => place !== null);
  const names = (place: string) => place.split(', ');
  return places.filter(
    (place, i) =>
      places.indexOf(place) === i &&
      !places.some((other) => other !== place && names(place).every((name) => names(other).includes(name))),
  );
}

/** A DJI drone's position (`drone-dji:GpsLatitude="+40.712776"`; older firmware spells GpsLongtitude). */
export function dronePosition(tags: Record<string, unknown>): [latitude: unknown, longitude: unknown] {
  const number = (value: unknown) =>
    typeof value === 'string' && /^[+-]?\d+(?:\.\d+)?$/.test(value.trim()) ? Number(value) : value;
  return [number(tags.GpsLatitude), number(tags.GpsLongitude ?? tags.GpsLongtitude)];
}
