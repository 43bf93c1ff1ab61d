/**
 * The complete set of legal and policy figures the rules use. Rules take a `Parameters` argument that
 * defaults to `basisParameters`; a scenario is the same set with some series replaced.
 */
import Decimal from 'decimal.js';
import { Reeks } from './reeks';
import { wml, jeugdloon } from './wml';
import { vakantiebijslag, loonkostensubsidie } from './loonkostensubsidie';
import { bijstandsnormen } from './bijstandsnormen';
import { vrijlating } from './vrijlating';
import { vangnet } from './vangnet';
import { dwangsom } from './dwangsom';
import { gelijkgesteldeFeestdagen } from './feestdagen';
import { beschutWerk } from './beschut-werk';
import { awbBeslistermijnWeken } from './awb';
import type {
  BeschutWerkFiguren,
  DwangsomFiguren,
  GelijkgesteldeDag,
  Leefvorm,
  LksFiguren,
  Minimumloon,
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
  vangnet: Reeks<VangnetFiguren>;
  dwangsom: Reeks<DwangsomFiguren>;
  gelijkgesteldeFeestdagen: readonly GelijkgesteldeDag[];
  beschutWerk: Reeks<BeschutWerkFiguren>;
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
  vangnet,
  dwangsom,
  gelijkgesteldeFeestdagen,
  beschutWerk,
  awbBeslistermijnWeken,
};
