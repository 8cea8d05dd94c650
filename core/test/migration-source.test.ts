import { expect } from 'chai';
import { statementSource } from '../src/scripts/migration-source.js';

/** The source text back as the value it declares, as the compiled migration would hold it. */
function valueOf(source: string): string {
  return new Function(`return [\n${source}\n][0];`)() as string;
}

describe('statementSource (how migration:create writes a statement)', () => {
  const long = 'create table `competence_cycle` (`id` text not null, '.repeat(12) +
    'note text default \'it\'\'s "quoted"\\here\')';

  it('should keep every line within 100 columns', () => {
    const lines = statementSource(long).split('\n');

    expect(lines.length).to.be.greaterThan(1);
    for (const line of lines) expect(line.length).to.be.at.most(100);
  });

  it('should declare exactly the statement it was given, quotes and backslashes included', () => {
    expect(valueOf(statementSource(long))).to.equal(long);
  });

  it('should write a short statement on one line', () => {
    expect(statementSource('drop table `x`')).to.equal('    "drop table `x`",');
  });

  it('should cut a word longer than a line rather than overflow', () => {
    const word = 'x'.repeat(250);

    expect(valueOf(statementSource(word))).to.equal(word);
    for (const line of statementSource(word).split('\n')) expect(line.length).to.be.at.most(100);
  });
});
