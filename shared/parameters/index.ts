/**
 * The complete set of legal and policy figures the rules use. Rules take a `Parameters` argument that
 * defaults to `basisParameters`; a scenario is the same set with some series replaced.
 */
import Decimal from 'decimal.js';
import { Reeks } from './reeks';
import type { Datum } from '../time/datum';
import { wml, jeugdloon } from './wml';
import { vakantiebijslag, loonkostensubsidie } from './loonkostensubsidie';
import { bijstandsnormen } from './bijstandsnormen';
import { bijverdienregels, vrijlating } from './vrijlating';
import { pensioengerechtigdeLeeftijd } from './pensioenleeftijd';
import { vangnet } from './vangnet';
import { dwangsom } from './dwangsom';
import { gelijkgesteldeFeestdagen } from './feestdagen';
import { beleidInwerkingtreding, beschutWerk } from './beschut-werk';
import { awbBeslistermijnWeken } from './awb';
import type {
  BeschutWerkFiguren,
  BijverdienFiguren,
  DwangsomFiguren,
  GelijkgesteldeDag,
  Leefvorm,
  LksFiguren,
  Minimumloon,
  Pensioenleeftijd,
  VangnetFiguren,
  VrijlatingFiguren,
} from './figuren';

export * from './figuren';

export interface Parameters {
  wml: Reeks<Minimumloon>;
  /** Fraction of the 21+ minimum wage by age (15…20). */
  jeugdloon: Reeks<Readonly<Record<number, Decimal>>>;
  vakantiebijslag: Reeks<Decimal>;
  loonkostensubsidie: Reeks<LksFiguren>;
  bijstandsnormen: Reeks<Readonly<Record<Leefvorm, Decimal>>>;
  vrijlating: Reeks<VrijlatingFiguren>;
  /** Pw art. 34a from 2027-01-01: its first value's date is the day the vrijlating regime changes. */
  bijverdienregels: Reeks<BijverdienFiguren>;
  pensioengerechtigdeLeeftijd: Reeks<Pensioenleeftijd>;
  vangnet: Reeks<VangnetFiguren>;
  dwangsom: Reeks<DwangsomFiguren>;
  gelijkgesteldeFeestdagen: readonly GelijkgesteldeDag[];
  beschutWerk: Reeks<BeschutWerkFiguren>;
  /** The day the Beleidsregels beschut werk took effect (the newest value counts); earlier dates get the 2025 terms. */
  beleidInwerkingtreding: Reeks<Datum>;
  /** 8: weeks after receipt of the aanvraag (Awb art. 4:13 lid 2). */
  awbBeslistermijnWeken: Reeks<number>;
}

export const basisParameters: Parameters = {
  wml,
  jeugdloon,
  vakantiebijslag,
  loonkostensubsidie,
  bijstandsnormen,
  vrijlating,
  bijverdienregels,
  pensioengerechtigdeLeeftijd,
  vangnet,
  dwangsom,
  gelijkgesteldeFeestdagen,
  beschutWerk,
  beleidInwerkingtreding,
  awbBeslistermijnWeken,
};
