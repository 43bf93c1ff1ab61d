import { readFileSync } from 'node:fs';
import { README, readmeMetTabel } from '../../scripts/readme-functies';

describe('the README function table', () => {
  it('is the table generated from the catalogue (run `npm run readme` after changing a function)', () => {
    const readme = readFileSync(README, 'utf8');
    expect(readme).toBe(readmeMetTabel(readme));
  });
});
