import { tokens } from "@fluentui/react-components";

// Tier colours come from Fluent palette tokens so they follow the light and dark themes. Colour only
// tells tiers apart at a glance: every bar also carries the tier's name and count as text.
export const TIER_BACKGROUNDS = [
  tokens.colorPaletteBerryBackground2,
  tokens.colorPaletteMarigoldBackground2,
  tokens.colorPaletteTealBackground2,
  tokens.colorPaletteBlueBackground2,
  tokens.colorPaletteLavenderBackground2,
  tokens.colorPaletteForestBackground2,
  tokens.colorPaletteCranberryBackground2,
  tokens.colorPalettePeachBackground2,
];

export const NON_BUYER_BACKGROUND = tokens.colorNeutralBackground5;

export function tierBackground(index: number): string {
  return TIER_BACKGROUNDS[index % TIER_BACKGROUNDS.length];
}
