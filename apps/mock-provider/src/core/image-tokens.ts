// What one image costs in prompt tokens. The mock never decodes or fetches images (no network,
// no image library), so each vendor's figure for a typical ~1024 px image stands in:
// OpenAI 85 base + 170 per 512 px tile (4 tiles) at high/auto detail, 85 at low detail;
// Anthropic (width × height) / 750 for 1092 × 1092; Gemini a flat 258 per image.
export const IMAGE_TOKENS = {
  openaiLow: 85,
  openaiHigh: 765,
  anthropic: 1590,
  gemini: 258,
} as const;
