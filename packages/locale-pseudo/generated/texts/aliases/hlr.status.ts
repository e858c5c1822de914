// GENERATED — do not edit. Built by tools/i18n from locales/en, pseudo-localized as en-XA: the other names of the codes of hlr.status.
// Edit the texts in locales/ and rebuild the package (pnpm build).

/** Other names of codes, normalised, to the code the texts are keyed by. */
export const aliases: Readonly<Record<string, string | number>> = /* @__PURE__ */ Object.freeze({
  "PENDING_WAITING_DELIVERY": 3,
  "PENDING_ENROUTE": 7,
  "PENDING_ACCEPTED": 26,
  "UNDELIVERABLE_REJECTED_OPERATOR": 4,
  "UNDELIVERABLE_NOT_DELIVERED": 9,
  "DELIVERED_TO_OPERATOR": 2,
  "DELIVERED_TO_HANDSET": 5,
  "EXPIRED_EXPIRED": 15,
  "EXPIRED_DLR_UNKNOWN": 29,
  "REJECTED_NETWORK": 6,
  "REJECTED_PREFIX_MISSING": 8,
  "REJECTED_DND": 10,
  "REJECTED_SOURCE": 11,
  "REJECTED_SYSTEM_ERROR": 21,
  "REJECTED_DESTINATION": 52,
});
