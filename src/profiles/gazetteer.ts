import type { Gazetteer } from './locale.js';

/**
 * Places that datelines of 20th-century government records name, each with its IANA time
 * zone (the zone's offset on a given date comes from the rules Node's `Intl` carries). Keys
 * are lower-case as written, including older spellings (`saigon`, `peking`, `leopoldville`).
 */
export const worldGazetteer: Gazetteer = {
  washington: 'America/New_York', 'washington, d.c.': 'America/New_York', 'washington, d. c.': 'America/New_York', washdc: 'America/New_York',
  'new york': 'America/New_York', boston: 'America/New_York', philadelphia: 'America/New_York', baltimore: 'America/New_York',
  bethesda: 'America/New_York', langley: 'America/New_York', miami: 'America/New_York', atlanta: 'America/New_York',
  'key west': 'America/New_York', 'palm beach': 'America/New_York', 'hyannis port': 'America/New_York',
  chicago: 'America/Chicago', 'new orleans': 'America/Chicago', dallas: 'America/Chicago', houston: 'America/Chicago',
  'san antonio': 'America/Chicago', denver: 'America/Denver', 'los angeles': 'America/Los_Angeles',
  'san francisco': 'America/Los_Angeles', seattle: 'America/Los_Angeles', honolulu: 'Pacific/Honolulu',
  ottawa: 'America/Toronto', 'mexico city': 'America/Mexico_City', mexico: 'America/Mexico_City', havana: 'America/Havana',
  kingston: 'America/Jamaica', panama: 'America/Panama', caracas: 'America/Caracas', bogota: 'America/Bogota',
  lima: 'America/Lima', santiago: 'America/Santiago', 'buenos aires': 'America/Argentina/Buenos_Aires',
  montevideo: 'America/Montevideo', 'rio de janeiro': 'America/Sao_Paulo', brasilia: 'America/Sao_Paulo',
  'santo domingo': 'America/Santo_Domingo', 'port-au-prince': 'America/Port-au-Prince', guatemala: 'America/Guatemala',
  london: 'Europe/London', edinburgh: 'Europe/London', dublin: 'Europe/Dublin', paris: 'Europe/Paris', bonn: 'Europe/Berlin',
  berlin: 'Europe/Berlin', moscow: 'Europe/Moscow', rome: 'Europe/Rome', madrid: 'Europe/Madrid', lisbon: 'Europe/Lisbon',
  vienna: 'Europe/Vienna', geneva: 'Europe/Zurich', bern: 'Europe/Zurich', brussels: 'Europe/Brussels', 'the hague': 'Europe/Amsterdam',
  stockholm: 'Europe/Stockholm', oslo: 'Europe/Oslo', copenhagen: 'Europe/Copenhagen', helsinki: 'Europe/Helsinki',
  warsaw: 'Europe/Warsaw', prague: 'Europe/Prague', budapest: 'Europe/Budapest', belgrade: 'Europe/Belgrade',
  athens: 'Europe/Athens', ankara: 'Europe/Istanbul', istanbul: 'Europe/Istanbul', nicosia: 'Asia/Nicosia',
  tehran: 'Asia/Tehran', baghdad: 'Asia/Baghdad', cairo: 'Africa/Cairo', 'tel aviv': 'Asia/Jerusalem', jerusalem: 'Asia/Jerusalem',
  beirut: 'Asia/Beirut', algiers: 'Africa/Algiers', dakar: 'Africa/Dakar', accra: 'Africa/Accra', lagos: 'Africa/Lagos',
  leopoldville: 'Africa/Kinshasa', nairobi: 'Africa/Nairobi', pretoria: 'Africa/Johannesburg', 'new delhi': 'Asia/Kolkata',
  karachi: 'Asia/Karachi', saigon: 'Asia/Ho_Chi_Minh', hanoi: 'Asia/Bangkok', vientiane: 'Asia/Vientiane', bangkok: 'Asia/Bangkok',
  rangoon: 'Asia/Yangon', 'phnom penh': 'Asia/Phnom_Penh', tokyo: 'Asia/Tokyo', seoul: 'Asia/Seoul', peking: 'Asia/Shanghai',
  beijing: 'Asia/Shanghai', 'hong kong': 'Asia/Hong_Kong', taipei: 'Asia/Taipei', manila: 'Asia/Manila', djakarta: 'Asia/Jakarta',
  jakarta: 'Asia/Jakarta', singapore: 'Asia/Singapore', 'kuala lumpur': 'Asia/Kuala_Lumpur', canberra: 'Australia/Sydney',
  wellington: 'Pacific/Auckland',
};
