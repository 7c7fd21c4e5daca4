// The choices a nota's forms offer, with their Dutch labels. No zod here: client components read
// this module, and the schemas (nota-schemas.ts) would bring the whole of zod into the browser.

export const NOTA_SOORTEN = ["ter_beslissing", "ter_informatie"] as const;
export const notaSoortLabels = { ter_beslissing: "Ter beslissing", ter_informatie: "Ter informatie" } as const;

export const BIJLAGE_INFORMATIE = ["openbaar", "deels_openbaar", "niet_openbaar", "reeds_openbaar"] as const;
export type BijlageInformatie = (typeof BIJLAGE_INFORMATIE)[number];
export const bijlageInformatieLabels: Record<BijlageInformatie, string> = {
  openbaar: "Openbaar",
  deels_openbaar: "Deels openbaar",
  niet_openbaar: "Niet openbaar",
  reeds_openbaar: "Reeds openbaar",
};

export const BESLISPUNT_OORDELEN = ["akkoord", "niet_akkoord", "gewijzigd_akkoord"] as const;
export const beslispuntOordeelLabels = { akkoord: "Akkoord", niet_akkoord: "Niet akkoord", gewijzigd_akkoord: "Gewijzigd akkoord" } as const;
