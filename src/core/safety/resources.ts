import { SAFETY_COUNTRIES, type SafetyCountry } from '../../shared/safety/ids.js';

/*
 * Private resources by country, shown only to the person who took the check (and on the public
 * Safety page). Every entry says where it came from (`source`, the organisation's own web
 * address), when it was checked and against what. They were checked on 2026-12-07 against
 * stored copies of public pages — not by calling the numbers — so `checkedAgainst` says which
 * pages, and `verified` says honestly how strong that is. A number that could not be confirmed
 * in any stored page is left out rather than guessed. Recheck them at least every six months
 * (docs/SAFETY.md).
 */

/**
 * How an entry was confirmed: on a stored copy of the organisation's own page; only on stored
 * copies of other public pages (news, councils, charities naming it); or not at all.
 */
export type Verification = 'own_page' | 'other_pages' | 'not_verified';

/** A phone number as shown and as dialled. */
export interface Phone {
  display: string;
  tel: string;
}

/** One helpline or service. */
export interface SafetyResource {
  name: string;
  /** One line: who it is for and how it helps. */
  about: string;
  phone?: Phone;
  /** How to reach them by text or chat, in words. */
  text?: string;
  /** Its web address. */
  web: string;
  /** The organisation's own web address this entry rests on. */
  source: string;
  /** The day it was checked (YYYY-MM-DD). */
  checkedOn: string;
  /** What it was checked against. */
  checkedAgainst: string;
  verified: Verification;
}

/** A country's emergency number and its resources. */
export interface CountryResources {
  country: SafetyCountry;
  /** The country's name in English. */
  name: string;
  emergency: { number: string; note?: string; checkedAgainst: string; verified: Verification };
  resources: SafetyResource[];
}

const CHECKED_ON = '2026-12-07';

/** Every country's resources. */
export const SAFETY_RESOURCES: Readonly<Record<SafetyCountry, CountryResources>> = {
  US: {
    country: 'US',
    name: 'United States',
    emergency: { number: '911', checkedAgainst: 'stored copies of pages of The Hotline (thehotline.org) and NNEDV (nnedv.org)', verified: 'own_page' },
    resources: [
      {
        name: 'National Domestic Violence Hotline',
        about: 'Free and confidential, day and night, for anyone affected by abuse in a relationship.',
        phone: { display: '1-800-799-7233', tel: '+18007997233' },
        text: 'Text START to 88788, or chat on their website.',
        web: 'https://www.thehotline.org',
        source: 'https://www.thehotline.org',
        checkedOn: CHECKED_ON,
        checkedAgainst: "stored copies of the organisation's own pages (thehotline.org) and of ovc.ojp.gov, which give the number and the text line",
        verified: 'own_page',
      },
    ],
  },
  GB: {
    country: 'GB',
    name: 'United Kingdom',
    emergency: { number: '999', note: 'If you cannot speak, call 999 and then press 55 when asked.', checkedAgainst: 'stored copy of a public page of Centre 56 (centre56.org.uk)', verified: 'other_pages' },
    resources: [
      {
        name: 'National Domestic Abuse Helpline (run by Refuge)',
        about: 'Free, confidential, 24 hours a day. You can also ask online for a safe time to be called back.',
        phone: { display: '0808 2000 247', tel: '+448082000247' },
        web: 'https://www.nationaldahelpline.org.uk',
        source: 'https://refuge.org.uk',
        checkedOn: CHECKED_ON,
        checkedAgainst: "stored copies of the organisation's own pages (refuge.org.uk)",
        verified: 'own_page',
      },
      {
        name: "Men's Advice Line (run by Respect)",
        about: 'Confidential advice and support for men experiencing domestic abuse.',
        phone: { display: '0808 801 0327', tel: '+448088010327' },
        web: 'https://www.respect.uk.net',
        source: 'https://www.respect.uk.net',
        checkedOn: CHECKED_ON,
        checkedAgainst: "the service appears on a stored copy of the organisation's own page (respect.uk.net); the number only on stored copies of other public pages (centre56.org.uk, wired-gov.net)",
        verified: 'other_pages',
      },
    ],
  },
  CA: {
    country: 'CA',
    name: 'Canada',
    emergency: { number: '911', note: 'In some northern communities 911 may not be available; use the local emergency number.', checkedAgainst: "stored copy of the organisation's own page (endvaw.ca, Women's Shelters Canada)", verified: 'own_page' },
    resources: [
      {
        name: 'ShelterSafe (Women’s Shelters Canada)',
        about: 'A map of shelters and transition houses across Canada; each lists its own 24-hour crisis line. You do not need to stay in a shelter to get help.',
        web: 'https://www.sheltersafe.ca',
        source: 'https://endvaw.ca',
        checkedOn: CHECKED_ON,
        checkedAgainst: "stored copies of the organisation's own pages (endvaw.ca); no single national phone line was confirmed, so none is listed",
        verified: 'own_page',
      },
      {
        name: 'Assaulted Women’s Helpline (Ontario)',
        about: 'Crisis counselling and safety planning for women in Ontario, day and night, in many languages.',
        web: 'https://www.awhl.org',
        source: 'https://www.awhl.org',
        checkedOn: CHECKED_ON,
        checkedAgainst: "stored copy of the organisation's own page (awhl.org); its phone number was not found in any stored page, so it is not listed — their website gives it",
        verified: 'own_page',
      },
    ],
  },
  AU: {
    country: 'AU',
    name: 'Australia',
    emergency: { number: '000', checkedAgainst: "stored copies of the organisation's own pages (1800respect.org.au)", verified: 'own_page' },
    resources: [
      {
        name: '1800RESPECT',
        about: 'The national domestic, family and sexual violence counselling service, 24 hours a day.',
        phone: { display: '1800 737 732', tel: '+611800737732' },
        text: 'Text and online chat are offered; see their website.',
        web: 'https://www.1800respect.org.au',
        source: 'https://www.1800respect.org.au',
        checkedOn: CHECKED_ON,
        checkedAgainst: "stored copies of the organisation's own pages (1800respect.org.au) and of the government's page (plan4womenssafety.dss.gov.au); the number spelled out only on other public pages",
        verified: 'own_page',
      },
    ],
  },
  IE: {
    country: 'IE',
    name: 'Ireland',
    emergency: { number: '112 or 999', checkedAgainst: 'not found in a stored page; these are the numbers the EU and Ireland publish for emergencies', verified: 'not_verified' },
    resources: [
      {
        name: "Women's Aid National Freephone Helpline",
        about: 'Free, 24 hours a day, for women experiencing abuse from a partner.',
        phone: { display: '1800 341 900', tel: '+3531800341900' },
        web: 'https://www.womensaid.ie',
        source: 'https://www.womensaid.ie',
        checkedOn: CHECKED_ON,
        checkedAgainst: "stored copies of the organisation's own pages (womensaid.ie) and of news pages (irishtimes.com, thejournal.ie)",
        verified: 'own_page',
      },
    ],
  },
  PL: {
    country: 'PL',
    name: 'Poland',
    emergency: { number: '112', checkedAgainst: 'not found in a stored page; 112 is the EU-wide emergency number', verified: 'not_verified' },
    resources: [
      {
        name: 'Niebieska Linia (Ogólnopolskie Pogotowie dla Osób Doznających Przemocy Domowej)',
        about: 'The national, free, 24-hour line for anyone living with violence at home.',
        phone: { display: '800 120 002', tel: '+48800120002' },
        web: 'https://www.niebieskalinia.info',
        source: 'https://www.niebieskalinia.info',
        checkedOn: CHECKED_ON,
        checkedAgainst: "stored copies of other public pages (pap-mediaroom.pl, quoting the state agency KCPU; antyalkoholowi.pl) — the organisation's own page was not in the stored copies",
        verified: 'other_pages',
      },
    ],
  },
  DE: {
    country: 'DE',
    name: 'Germany',
    emergency: { number: '110 (police) or 112', checkedAgainst: 'not found in a stored page; these are the numbers Germany publishes for emergencies', verified: 'not_verified' },
    resources: [
      {
        name: 'Hilfetelefon „Gewalt gegen Frauen“',
        about: 'Free, anonymous, 24 hours a day, in many languages — by phone, chat or email.',
        phone: { display: '116 016', tel: '116016' },
        text: 'Chat and email on their website.',
        web: 'https://www.hilfetelefon.de',
        source: 'https://www.hilfetelefon.de',
        checkedOn: CHECKED_ON,
        checkedAgainst: "stored copy of the organisation's own page (hilfetelefon.de)",
        verified: 'own_page',
      },
    ],
  },
  ES: {
    country: 'ES',
    name: 'Spain',
    emergency: { number: '112', checkedAgainst: 'stored copies of public pages (elperiodicoextremadura.com, iualora.es citing the Ministry of Equality)', verified: 'other_pages' },
    resources: [
      {
        name: '016 (Ministerio de Igualdad)',
        about: 'Free and confidential, 24 hours a day, in many languages; it does not show on the phone bill.',
        phone: { display: '016', tel: '016' },
        text: 'WhatsApp 600 000 016 (messages only), or email 016-online@igualdad.gob.es.',
        web: 'https://violenciagenero.igualdad.gob.es',
        source: 'https://violenciagenero.igualdad.gob.es',
        checkedOn: CHECKED_ON,
        checkedAgainst: "stored copies of other public pages (mugardos.gal quoting the government's delegation, europapress.es, newtral.es) — the ministry's own page was not in the stored copies",
        verified: 'other_pages',
      },
    ],
  },
  FR: {
    country: 'FR',
    name: 'France',
    emergency: { number: '17 (police) or 112', note: 'If you cannot speak, you can send a text message to 114.', checkedAgainst: 'stored copies of public pages (parolesdefemmes81.fr, gendinfo.fr, hautsdeseinehabitat.fr)', verified: 'other_pages' },
    resources: [
      {
        name: '3919 — Violences Femmes Info',
        about: 'Free and anonymous, 24 hours a day, for women experiencing violence and those around them.',
        phone: { display: '3919', tel: '3919' },
        web: 'https://arretonslesviolences.gouv.fr',
        source: 'https://solidaritefemmes.org',
        checkedOn: CHECKED_ON,
        checkedAgainst: "stored copy of the organisation's own page (solidaritefemmes.org, which runs the line)",
        verified: 'own_page',
      },
    ],
  },
};

/** The resources for a country. */
export function resourcesFor(country: SafetyCountry): CountryResources {
  return SAFETY_RESOURCES[country];
}

/** Whether a string is one of the countries Mend has resources for. */
export function isSafetyCountry(c: unknown): c is SafetyCountry {
  return typeof c === 'string' && (SAFETY_COUNTRIES as readonly string[]).includes(c);
}
