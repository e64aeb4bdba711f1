import { describe, expect, it } from 'vitest';
import { parseEcbDailyXml, parsePppCsv } from './snapshot-files';

// The opening lines of the ECB daily file of 2026-05-08, as published.
const ecbDaily = `<?xml version="1.0" encoding="UTF-8"?>
<gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
	<gesmes:subject>Reference rates</gesmes:subject>
	<Cube>
		<Cube time='2026-05-08'>
			<Cube currency='USD' rate='1.1761'/>
			<Cube currency='JPY' rate='184.37'/>
			<Cube currency='GBP' rate='0.86410'/>
		</Cube>
	</Cube>
</gesmes:Envelope>`;

describe('parseEcbDailyXml', () => {
  it('reads the date and every rate per euro', () => {
    expect(parseEcbDailyXml(ecbDaily)).toEqual({
      asOf: '2026-05-08',
      perEuro: { USD: 1.1761, JPY: 184.37, GBP: 0.8641 },
    });
  });

  it('refuses a page that is not a rate file, so a bad download changes nothing', () => {
    expect(parseEcbDailyXml('<html>Maintenance</html>')).toBeNull();
    expect(parseEcbDailyXml("<Cube time='2026-05-08'></Cube>")).toBeNull();
  });
});

describe('parsePppCsv', () => {
  it("keeps each mapped country's latest year and skips countries without a shipped currency", () => {
    const csv = [
      'Country,Country ID,Year,PPP',
      '"Germany",DE,2023,0.71',
      '"Germany",DE,2024,0.700862',
      '"South Africa",ZA,2024,7.1',
      '"United Kingdom",GB,2024,0.664153',
    ].join('\n');
    expect(parsePppCsv(csv)).toEqual([
      { country: 'DE', currency: 'EUR', ppp: 0.700862, year: 2024 },
      { country: 'GB', currency: 'GBP', ppp: 0.664153, year: 2024 },
    ]);
  });
});
