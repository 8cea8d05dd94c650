import { expect } from 'chai';
import { z } from 'zod';
import { shapeRows } from '../src/server/reports/report-rows.js';
import { defineReport } from '../src/server/reports/define-report.js';

const report = defineReport({
  id: 'core.shape-test', labelNl: 'Test', labelEn: 'Test', descriptionNl: '', descriptionEn: '',
  permission: 'people.read', parameters: z.strictObject({}),
  columns: [
    { key: 'name', labelNl: 'Naam', labelEn: 'Name', type: 'text' },
    { key: 'day', labelNl: 'Dag', labelEn: 'Day', type: 'date' },
    { key: 'count', labelNl: 'Aantal', labelEn: 'Count', type: 'number' },
  ],
  run: async () => [],
});

describe('shapeRows', () => {
  it('should keep the column keys only, so nothing else the SQL selected leaves', () => {
    const rows = shapeRows(report, [{ name: 'Atelier', day: '2025-01-31', count: 3,
      tenant_id: 'other', id: 'x' }]);

    expect(rows).to.deep.equal([{ name: 'Atelier', day: '2025-01-31', count: 3 }]);
  });

  it('should make numbers of counts that the driver answers as text or bigint', () => {
    const rows = shapeRows(report, [{ count: '12' }, { count: 7n }, { count: '-2.5' }]);

    expect(rows.map((row) => row.count)).to.deep.equal([12, 7, -2.5]);
  });

  it('should answer null for a missing value and text for a text column', () => {
    expect(shapeRows(report, [{ name: 42 }])).to.deep.equal([
      { name: '42', day: null, count: null },
    ]);
  });

  it('should refuse a date that is not YYYY-MM-DD text, or a count that is no number', () => {
    expect(() => shapeRows(report, [{ day: new Date() }])).to.throw(/^\[DOTS_R1001\].*'day'/);
    expect(() => shapeRows(report, [{ day: '2025-02-30' }])).to.throw(/DOTS_R1001/);
    expect(() => shapeRows(report, [{ count: 'many' }])).to.throw(/^\[DOTS_R1001\].*'count'/);
  });
});
