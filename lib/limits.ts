// Plain limits shared by the zod schemas (server) and client code. No imports here: the POS
// bundle reads MAX_QUANTITY, and taking it from lib/validation pulled all of zod (108 KB) in.
export const MAX_QUANTITY = 10_000;
