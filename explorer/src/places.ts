/**
 * Where the map puts a site. The API gives a site's place by name only (city, region, ISO country), no
 * coordinates, so this table holds the curator's placement of each place NAMED IN THE DATA (a town's or a state's
 * approximate centre, longitude/latitude in degrees). It is a display aid, not a source claim: no article states
 * these coordinates, and the map says so. A site goes to its city, else its region, else the centre of its
 * country's largest landmass (computed from the bundled world geometry), else it is listed as not placed.
 */
import { geoArea, geoCentroid } from 'd3-geo';
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';

type LonLat = [number, number];

const key = (...parts: Array<string | null | undefined>) => parts.map((p) => (p ?? '').trim().toLowerCase()).join('|');

/** Towns and cities named by sites in the corpus: "city|region|country". */
const CITIES: Record<string, LonLat> = {
  [key('Abilene', 'Texas', 'US')]: [-99.73, 32.45],
  [key('Memphis', 'Tennessee', 'US')]: [-90.05, 35.15],
  [key('Southaven', 'Mississippi', 'US')]: [-90.01, 34.99],
  [key('Lordstown', 'Ohio', 'US')]: [-80.86, 41.17],
  [key('New Albany', 'Ohio', 'US')]: [-82.81, 40.08],
  [key('Saline Township', 'Michigan', 'US')]: [-83.78, 42.17],
  [key('Port Washington', 'Wisconsin', 'US')]: [-87.87, 43.39],
  [key('Mount Pleasant', 'Wisconsin', 'US')]: [-87.88, 42.72],
  [key('Abu Dhabi', '', 'AE')]: [54.37, 24.45],
  [key('Kvandal', '', 'NO')]: [17.6, 68.35],
  [key('Loughton', '', 'GB')]: [0.07, 51.65],
};

/** States and regions named by sites in the corpus: "region|country". */
const REGIONS: Record<string, LonLat> = {
  [key('Texas', 'US')]: [-99.3, 31.3],
  [key('New Mexico', 'US')]: [-106.1, 34.4],
  [key('Louisiana', 'US')]: [-92.0, 31.0],
  [key('Mississippi', 'US')]: [-89.7, 32.7],
  [key('Tennessee', 'US')]: [-86.3, 35.8],
  [key('Ohio', 'US')]: [-82.8, 40.3],
  [key('Michigan', 'US')]: [-84.6, 43.6],
  [key('Indiana', 'US')]: [-86.3, 39.9],
  [key('Wisconsin', 'US')]: [-89.8, 44.6],
  [key('Patagonia', 'AR')]: [-69.0, -45.0],
};

/** ISO 3166-1 alpha-2 → the numeric code world-atlas keys countries by (the countries of the corpus and a few more). */
export const ISO_NUMERIC: Record<string, string> = {
  US: '840', GB: '826', NO: '578', AE: '784', AR: '032', CA: '124', FR: '250', DE: '276', JP: '392', IN: '356',
  SA: '682', IE: '372', NL: '528', FI: '246', SE: '752', ES: '724', IT: '380', AU: '036', BR: '076', MX: '484',
  KR: '410', CN: '156', MY: '458', IL: '376', QA: '634', CH: '756', DK: '208', PT: '620', PL: '616', ZA: '710',
  ID: '360', TW: '158', IS: '352', CL: '152', KE: '404', EG: '818', TR: '792', TH: '764', VN: '704', PH: '608',
};

export type Placement = { lonLat: LonLat; by: 'city' | 'region' | 'country' };

/** The centre of a country's largest polygon: mainland US, not a point pulled towards Alaska and Hawaii. */
export function countryCentre(feature: Feature<Geometry>): LonLat {
  const g = feature.geometry;
  if (g.type !== 'MultiPolygon') return geoCentroid(feature) as LonLat;
  const polygons: Polygon[] = (g as MultiPolygon).coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
  const largest = polygons.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
  return geoCentroid(largest) as LonLat;
}

/** Where a site with this location goes, or null when its country is not in the geometry either. */
export function placeSite(location: { city?: string | null; region?: string | null; country: string } | null | undefined, countries: Map<string, Feature<Geometry>>): Placement | null {
  if (!location) return null;
  const city = location.city ? CITIES[key(location.city, location.region, location.country)] : undefined;
  if (city) return { lonLat: city, by: 'city' };
  const region = location.region ? REGIONS[key(location.region, location.country)] : undefined;
  if (region) return { lonLat: region, by: 'region' };
  const feature = countries.get(ISO_NUMERIC[location.country] ?? '');
  return feature ? { lonLat: countryCentre(feature), by: 'country' } : null;
}
