import { expect } from 'chai';
import type { FrameworkContent } from '../src/common/framework-content.js';
import {
  frameworkProblemPlace, splitPlacedMessage,
} from '../web/app/utils/framework-problem-place.js';

/**
 * The places of a refused framework (web/app/utils/framework-problem-place.ts), without a
 * browser: the tester found `content.groups.1.competences.4.indicators.0.levels.3` on screen.
 */
const indicator = (text: string) => ({ key: '', text, levels: ['', '', '', ''] });
const competence = (name: string) => ({ key: '', name, indicators: [indicator('Komt op tijd')] });

const content: FrameworkContent = {
  scale: ['Nog niet', 'Soms', 'Meestal', 'Altijd'],
  groups: [
    { key: 'g1', name: 'Werkhouding', competences: [competence('Stiptheid')] },
    { key: 'g2', name: 'Samenwerken', competences: ['A', 'B', 'C', 'D', ' '].map(competence) },
  ],
};

describe('The place of a framework problem', () => {
  it('should count from 1 and name what the content names', () => {
    expect(frameworkProblemPlace('content.groups.1.competences.4.indicators.0.levels.3', content))
      .to.deep.equal([
        { kind: 'group', number: 2, name: 'Samenwerken' },
        // Its name is blank: that may be the very problem, so only its number is shown.
        { kind: 'competence', number: 5 },
        { kind: 'indicator', number: 1 },
        { kind: 'level', number: 4, name: 'Altijd' },
      ]);
    expect(frameworkProblemPlace('content.groups.0.competences.0.name', content))
      .to.deep.equal([
        { kind: 'group', number: 1, name: 'Werkhouding' },
        { kind: 'competence', number: 1, name: 'Stiptheid' },
        { kind: 'name' },
      ]);
  });

  it('should give numbers alone when the content is not known or has no such item', () => {
    expect(frameworkProblemPlace('content.groups.0.competences.0.indicators'))
      .to.deep.equal([
        { kind: 'group', number: 1 }, { kind: 'competence', number: 1 }, { kind: 'indicators' },
      ]);
    expect(frameworkProblemPlace('content.groups.7.key', content))
      .to.deep.equal([{ kind: 'group', number: 8 }, { kind: 'key' }]);
    expect(frameworkProblemPlace('content.scale.2', content))
      .to.deep.equal([{ kind: 'scale' }, { kind: 'level', number: 3, name: 'Meestal' }]);
  });

  it("should word the framework's own fields and leave other paths alone", () => {
    expect(frameworkProblemPlace('name')).to.deep.equal([{ kind: 'frameworkName' }]);
    for (const path of ['format', 'constructor', 'content.groups.x', 'content.toString',
      'content.groups.0.competences.0.indicators.0.levels.3.extra', 'Indicatoren, cel D7']) {
      expect(frameworkProblemPlace(path, content), path).to.equal(null);
    }
  });

  it("should split the path off an imported file's problem, not a sheet's cell", () => {
    expect(splitPlacedMessage('content.groups.0.competences.0.indicators: must hold at least 2'))
      .to.deep.equal({
        path: 'content.groups.0.competences.0.indicators', message: 'must hold at least 2',
      });
    expect(splitPlacedMessage('Indicatoren, cel D7: must not be empty')).to.equal(null);
    expect(splitPlacedMessage('format: must be dots-competence-framework')).to.equal(null);
    expect(splitPlacedMessage('is not valid JSON')).to.equal(null);
  });
});
