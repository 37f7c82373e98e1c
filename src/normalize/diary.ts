/**
 * A diary number ("KS-2026-0412", "STK-2025-01432", "Ju2026/01234", "FRN 2026/77", "A098.412/2026", or
 * labelled with no letters of its own: "Bolagets dnr 2026/118"): a matter's number, which a
 * letter's head, a running header and a heading may carry. Read by furniture (a running header
 * with one names no body) and by segmenting (a letter's date and diary lines).
 */
export const DIARY_NUMBER = /(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}.]{0,7}[- ]?|[Dd](?:nr|iarienummer)[.:]?\s*)\d{3,4}[-/.]\d{2,6}(?![\p{N}])/u;
