import { expect } from 'chai';
import {
  competenceRefOf, gapBetween, isTopicGap,
} from '../src/common/competence-gaps.js';

describe('Competence gaps (rules)', () => {
  it('should give self minus coach, unrounded, only when both have a score', () => {
    expect(gapBetween(4, 5 / 3)).to.equal(4 - 5 / 3);
    expect(gapBetween(null, 3)).to.equal(null);
    expect(gapBetween(3, null)).to.equal(null);
  });

  it('should flag two levels or more either way, means of thirds included', () => {
    expect(isTopicGap(10 / 3 - 4 / 3)).to.equal(true);
    expect(isTopicGap(-2)).to.equal(true);
    expect(isTopicGap(1.99)).to.equal(false);
    expect(isTopicGap(0)).to.equal(false);
    expect(isTopicGap(null)).to.equal(false);
  });

  it("should name a competence by its concept URI, else by the framework's URN", () => {
    const esco = 'http://data.europa.eu/esco/skill/abc';
    expect(competenceRefOf('f1', { key: 'abc', name: 'Samenwerken', uri: esco }))
      .to.deep.equal({ uri: esco, label: 'Samenwerken' });
    expect(competenceRefOf('f1', { key: 'k.1', name: 'Stiptheid', uri: null }, 'Komt op tijd'))
      .to.deep.equal({ uri: 'urn:dots:competence:f1:k.1', label: 'Stiptheid: Komt op tijd' });
  });

  it('should keep a label to the 200 characters a POP goal takes', () => {
    const ref = competenceRefOf('f1', { key: 'k', name: 'Ś'.repeat(150) }, '𝒜'.repeat(100));
    expect(ref.label.length).to.be.at.most(200).and.at.least(199);
    expect(ref.label).to.not.match(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(ref.label.endsWith('…')).to.equal(true);
  });
});
