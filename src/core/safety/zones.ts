import type { SafetyCountry } from '../../shared/safety/ids.js';
import { isSafetyCountry } from './resources.js';

/*
 * Which country's resources to show first, guessed from the browser's time zone (a static table
 * of IANA zones — nothing is looked up, nothing leaves the device). The person's own choice
 * always wins. A zone not in the table gives no guess; the page then asks.
 */

const ZONES: Readonly<Record<SafetyCountry, readonly string[]>> = {
  US: [
    'America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles', 'America/Phoenix', 'America/Anchorage', 'America/Adak', 'America/Juneau',
    'America/Sitka', 'America/Metlakatla', 'America/Yakutat', 'America/Nome', 'America/Boise', 'America/Detroit', 'America/Menominee',
    'America/Indiana/Indianapolis', 'America/Indiana/Knox', 'America/Indiana/Marengo', 'America/Indiana/Petersburg', 'America/Indiana/Tell_City',
    'America/Indiana/Vevay', 'America/Indiana/Vincennes', 'America/Indiana/Winamac', 'America/Indianapolis', 'America/Kentucky/Louisville',
    'America/Kentucky/Monticello', 'America/Louisville', 'America/North_Dakota/Beulah', 'America/North_Dakota/Center', 'America/North_Dakota/New_Salem',
    'America/Puerto_Rico', 'Pacific/Honolulu', 'Pacific/Guam', 'US/Eastern', 'US/Central', 'US/Mountain', 'US/Pacific', 'US/Arizona', 'US/Alaska', 'US/Hawaii',
  ],
  GB: ['Europe/London', 'Europe/Belfast', 'GB', 'GB-Eire'],
  CA: [
    'America/Toronto', 'America/Montreal', 'America/Vancouver', 'America/Edmonton', 'America/Winnipeg', 'America/Regina', 'America/Swift_Current',
    'America/Halifax', 'America/Glace_Bay', 'America/Moncton', 'America/Goose_Bay', 'America/St_Johns', 'America/Whitehorse', 'America/Dawson',
    'America/Dawson_Creek', 'America/Fort_Nelson', 'America/Creston', 'America/Iqaluit', 'America/Rankin_Inlet', 'America/Resolute', 'America/Cambridge_Bay',
    'America/Inuvik', 'America/Yellowknife', 'America/Atikokan', 'America/Blanc-Sablon', 'America/Nipigon', 'America/Thunder_Bay', 'America/Rainy_River',
    'America/Pangnirtung', 'Canada/Eastern', 'Canada/Central', 'Canada/Mountain', 'Canada/Pacific', 'Canada/Atlantic', 'Canada/Newfoundland', 'Canada/Saskatchewan', 'Canada/Yukon',
  ],
  AU: [
    'Australia/Sydney', 'Australia/Melbourne', 'Australia/Brisbane', 'Australia/Adelaide', 'Australia/Perth', 'Australia/Hobart', 'Australia/Darwin',
    'Australia/Lord_Howe', 'Australia/Broken_Hill', 'Australia/Lindeman', 'Australia/Eucla', 'Australia/Canberra', 'Australia/Currie', 'Australia/ACT',
    'Australia/NSW', 'Australia/Victoria', 'Australia/Queensland', 'Australia/South', 'Australia/West', 'Australia/Tasmania', 'Australia/North', 'Antarctica/Macquarie',
  ],
  IE: ['Europe/Dublin', 'Eire'],
  PL: ['Europe/Warsaw', 'Poland'],
  DE: ['Europe/Berlin', 'Europe/Busingen'],
  ES: ['Europe/Madrid', 'Africa/Ceuta', 'Atlantic/Canary'],
  FR: ['Europe/Paris'],
};

/** Each zone in the table, with its country. */
export const ZONE_COUNTRY: ReadonlyMap<string, SafetyCountry> = new Map(
  (Object.entries(ZONES) as [SafetyCountry, readonly string[]][]).flatMap(([country, zones]) => zones.map((z) => [z, country] as const)),
);

/** The country to show: the person's own choice when they made one, else the guess from their time zone, else null. */
export function countryFor(timeZone: string | undefined, chosen?: string | null): SafetyCountry | null {
  if (isSafetyCountry(chosen)) return chosen;
  return (timeZone && ZONE_COUNTRY.get(timeZone)) || null;
}
