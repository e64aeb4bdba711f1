import { describe, expect, it } from 'vitest';
import { readLetter } from './read-letter';
import { locationIn, resolvePlace } from './work-location';

// Sentences written for these tests (never taken from eval/letters).
const now = new Date('2026-11-05T10:00:00Z');

describe('locationIn', () => {
  it('reads a labelled work location with its state', () => {
    const sentence = 'Work location: Austin, Texas';
    const found = locationIn(sentence);
    expect(found?.reading).toEqual({
      city: 'Austin',
      country: 'US',
      region: 'US-TX',
      written: 'Austin, Texas',
    });
    expect(sentence.slice(found?.index, (found?.index ?? 0) + (found?.length ?? 0))).toBe(
      'Austin, Texas',
    );
  });

  it('reads "based at our offices in" a city it knows, and a German Arbeitsort', () => {
    expect(
      locationIn('You will be based at our offices in Manchester and report to the CTO.')?.reading,
    ).toEqual({ city: 'Manchester', country: 'GB', written: 'Manchester' });
    expect(locationIn('Ihr Arbeitsort ist Frankfurt am Main.')?.reading).toEqual({
      city: 'Frankfurt am Main',
      country: 'DE',
      written: 'Frankfurt am Main',
    });
  });

  it('reads a principal place of employment with a country', () => {
    expect(
      locationIn(
        "Your principal place of employment will be the Company's headquarters in Eindhoven, the Netherlands.",
      ),
    ).toMatchObject({ reading: { city: 'Eindhoven', country: 'NL' } });
    expect(
      locationIn(
        "Your principal place of employment will be the Company's headquarters in Eindhoven, Netherlands.",
      )?.reading,
    ).toMatchObject({ city: 'Eindhoven', country: 'NL' });
  });

  it("reads a company's own headquarters and a position based there", () => {
    expect(
      locationIn("Your principal place of employment will be Acme's headquarters in Denver, CO.")
        ?.reading,
    ).toMatchObject({ city: 'Denver', country: 'US', region: 'US-CO' });
    expect(
      locationIn("You'll be based out of Acme's headquarters in Portland, Oregon, from May.")
        ?.reading,
    ).toMatchObject({ city: 'Portland', country: 'US', region: 'US-OR' });
    expect(
      locationIn('This is an exempt position initially based in our offices in Leeds.')?.reading,
    ).toMatchObject({ city: 'Leeds', country: 'GB' });
    expect(
      locationIn('We will pay for your commute to our office in Austin, Texas.')?.reading,
    ).toMatchObject({ city: 'Austin', region: 'US-TX' });
  });

  it('reads a state alone as a region with no city, and ignores where the company is', () => {
    expect(locationIn('You will be based in California.')?.reading).toEqual({
      country: 'US',
      region: 'US-CA',
      written: 'California',
    });
    expect(locationIn('The Company is located in Delaware.')).toBeUndefined();
  });

  it('never takes a possessive for a city', () => {
    expect(locationIn("Your place of work will be Acme's site.")).toBeUndefined();
    expect(locationIn("You'll be based out of Acme's Boise, Idaho office.")?.reading).toEqual({
      city: 'Boise',
      country: 'US',
      region: 'US-ID',
      written: 'Boise, Idaho',
    });
  });

  it('keeps a city it cannot place, without guessing the country', () => {
    expect(resolvePlace('Tromsø')).toEqual({ city: 'Tromsø', written: 'Tromsø' });
  });

  it('reads nothing from a letterhead address or an office mentioned in passing', () => {
    expect(locationIn('1 Market Street, San Francisco, CA 94105')).toBeUndefined();
    expect(locationIn('Our London office will send you a laptop.')).toBeUndefined();
  });
});

describe('readLetter: location', () => {
  it('proposes the location with its sentence, and lists two different places as a conflict', () => {
    const one = readLetter(
      'We are pleased to offer you the role. Your place of work will be Hamburg, Germany.',
      { now },
    );
    const field = one.fields.find((f) => f.value.key === 'location');
    expect(field?.value).toEqual({
      key: 'location',
      city: 'Hamburg',
      country: 'DE',
      written: 'Hamburg, Germany',
    });
    expect(field?.evidence.quote).toBe('Your place of work will be Hamburg, Germany.');
    const two = readLetter(
      'Your place of work will be Hamburg, Germany. You will be based in Vienna, Austria.',
      { now },
    );
    expect(two.fields.some((f) => f.value.key === 'location')).toBe(false);
    expect(two.conflicts.map((c) => c.key)).toContain('location');
  });
});
