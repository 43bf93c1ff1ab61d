/**
 * Silences the processing log for the tests of one file (its JSON lines would drown jest's report) and restores it
 * afterwards.
 */
import { zetLoguitvoer } from '../../functions/registry/logboek';

export function zonderLoguitvoer(): void {
  let herstel: ReturnType<typeof zetLoguitvoer>;
  beforeAll(() => {
    herstel = zetLoguitvoer(() => undefined);
  });
  afterAll(() => zetLoguitvoer(herstel));
}
