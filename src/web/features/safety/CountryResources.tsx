import { useId, useState } from 'react';
import { formatDate } from '../../lib/format.js';
import { countryFor, resourcesFor, SAFETY_COUNTRIES, SAFETY_RESOURCES, type SafetyCountry } from '../../../core/safety/index.js';

interface CountryResourcesProps {
  /** The person's time zone, for a first guess at the country. */
  timeZone: string | undefined;
  /** A country chosen before, which wins over the guess. */
  chosen?: SafetyCountry | undefined;
  /** Told when the person picks a different country. */
  onChoose?(country: SafetyCountry): void;
  /** Heading level of the section title. */
  level?: 2 | 3;
  /** Whether the emergency number leads (after a check that signalled danger). */
  emergencyFirst?: boolean;
}

/**
 * Helplines for the person's country — guessed from their time zone, changeable — with the
 * emergency number and where each entry comes from. Everything is static: choosing a country
 * sends nothing anywhere.
 */
export function CountryResources({ timeZone, chosen, onChoose, level = 2, emergencyFirst }: CountryResourcesProps) {
  const uid = useId();
  const guess = countryFor(timeZone, chosen);
  const [country, setCountry] = useState<SafetyCountry | ''>(guess ?? '');
  const H = level === 2 ? 'h2' : 'h3';
  const r = country ? resourcesFor(country) : null;
  return (
    <section className="stack safety-resources" aria-labelledby={`${uid}-h`} data-testid="safety-resources">
      <H id={`${uid}-h`}>Where to get help</H>
      <div className="field">
        <label className="field-label" htmlFor={`${uid}-c`}>
          Country
        </label>
        <select
          id={`${uid}-c`}
          className="select"
          value={country}
          aria-describedby={`${uid}-hint`}
          onChange={(e) => {
            const c = e.target.value as SafetyCountry | '';
            setCountry(c);
            if (c) onChoose?.(c);
          }}
        >
          {country ? null : <option value="">Choose your country</option>}
          {SAFETY_COUNTRIES.map((c) => (
            <option key={c} value={c}>
              {SAFETY_RESOURCES[c].name}
            </option>
          ))}
        </select>
        <p className="field-hint" id={`${uid}-hint`}>
          {guess && !chosen ? 'Picked from your time zone. Change it if it isn\u2019t where you are.' : 'Choose where you are now.'}
        </p>
      </div>
      {r ? (
        <>
          <p className={emergencyFirst ? 'safety-emergency' : undefined} data-testid="safety-emergency">
            If you are in danger now, call <strong>{r.emergency.number}</strong>.{r.emergency.note ? ` ${r.emergency.note}` : ''}
          </p>
          <ul className="plain-list stack safety-resource-list">
            {r.resources.map((x) => (
              <li key={x.name} className="safety-resource">
                <p className="safety-resource-name">{x.name}</p>
                <p>{x.about}</p>
                {x.phone ? (
                  <p>
                    Call <a href={`tel:${x.phone.tel}`}>{x.phone.display}</a>
                  </p>
                ) : null}
                {x.text ? <p>{x.text}</p> : null}
                <p>
                  <a href={x.web} rel="noreferrer">
                    {x.web.replace(/^https:\/\/(www\.)?/, '')}
                  </a>
                </p>
              </li>
            ))}
          </ul>
          <p className="muted small">
            Checked on {formatDate(r.resources[0]!.checkedOn)} against public copies of each organisation&rsquo;s pages. Numbers can change &mdash; their own website has the latest.
          </p>
        </>
      ) : (
        <p>Anywhere else: your local emergency number, or a local domestic abuse service.</p>
      )}
    </section>
  );
}
